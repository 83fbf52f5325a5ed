// End-to-end test of the window: the real Go backend (a `-tags dev` build
// serving frontend/dist over HTTP) driven through the real UI by Chromium.
//
//   cd frontend && npm ci && npm run build && cd ..
//   go build -tags dev,webkit2_41,sqlite_fts5 -o /tmp/linksnap-dev .
//   Xvfb :99 -screen 0 1280x800x24 &
//   DISPLAY=:99 LINKSNAP_DEV_BIN=/tmp/linksnap-dev node tests/e2e/run.mjs
//
// Screenshots and the app's log go to artifacts/e2e/. Exits non-zero on
// the first failed step.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createServer as createHttpServer } from 'node:http'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { steps } from './steps.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const require = createRequire(join(root, 'frontend/package.json'))
const { chromium } = require('playwright-core')

const artifacts = join(root, 'artifacts/e2e')
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
]

let app = null
let browser = null
let dataDir = null
let site = null

// A 2x2 red PNG, so the captured page has an image of its own.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGP4z8AARAwQCgAf7gP9i18U1AAAAABJRU5ErkJggg==',
  'base64',
)

/** startSite serves the pages the capture steps save: /article changes a
 *  line on every visit, so two captures differ; /gone answers 404. */
function startSite() {
  let visits = 0
  const srv = createHttpServer((req, res) => {
    if (req.url === '/pixel.png') {
      res.writeHead(200, { 'Content-Type': 'image/png' })
      return res.end(PNG)
    }
    if (req.url === '/article') {
      visits++
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      return res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Linksnap test article</title><meta name="description" content="A page for the e2e test">
</head><body><h1>Linksnap test article</h1>
<p>The quick brown fox keeps every page it reads.</p>
<p>This is visit number ${visits}.</p>
<img src="/pixel.png" width="200" height="100" alt="pixel"></body></html>`)
    }
    res.writeHead(404, { 'Content-Type': 'text/html' })
    res.end('<!doctype html><title>Not here</title><p>Nothing here.</p>')
  })
  return new Promise((ok) =>
    srv.listen(0, '127.0.0.1', () => {
      site = srv
      ok(`http://127.0.0.1:${srv.address().port}`)
    }),
  )
}

function fail(message) {
  console.error(`e2e: ${message}`)
  process.exitCode = 1
}

function freePort() {
  return new Promise((ok, bad) => {
    const srv = createServer()
    srv.once('error', bad)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => ok(port))
    })
  })
}

/** writeBookmarks writes a browser's bookmark export: two new links in a
 *  folder, one already in the library, one that is not a link. */
function writeBookmarks(siteUrl) {
  const file = join(artifacts, 'bookmarks.html')
  writeFileSync(
    file,
    `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Bookmarks</TITLE><H1>Bookmarks</H1>
<DL><p>
  <DT><H3>Reading</H3>
  <DL><p>
    <DT><A HREF="https://example.org/imported-one" ADD_DATE="1700000000">Imported one</A>
    <DT><A HREF="https://example.org/imported-two">Imported two</A>
    <DT><A HREF="${siteUrl}/article">Already here</A>
    <DT><A HREF="javascript:alert(1)">Not a link</A>
  </DL><p>
</DL><p>
`,
  )
  return file
}

function startApp(bin, port) {
  dataDir = mkdtempSync(join(tmpdir(), 'linksnap-e2e-'))
  const log = openSync(join(artifacts, 'app.log'), 'w')
  const args = ['--', bin, '-assetdir', 'frontend/dist', '-devserver', `127.0.0.1:${port}`]
  app = spawn('dbus-run-session', args, {
    cwd: root,
    detached: true, // its own process group, so that stopApp ends it all
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      LINKSNAP_DATA_DIR: dataDir,
      LINKSNAP_RETRY_BACKOFF: '200ms', // retries of a refused link within a second
      LANG: 'en_US.UTF-8',
      LC_ALL: '',
    },
  })
  app.exited = new Promise((ok) => app.once('exit', (code, signal) => ok({ code, signal })))
}

async function stopApp() {
  if (!app || app.exitCode !== null || app.signalCode !== null) return
  const group = -app.pid
  try {
    process.kill(group, 'SIGTERM')
  } catch {
    return
  }
  const done = await Promise.race([app.exited, sleep(3000).then(() => null)])
  if (!done) {
    try {
      process.kill(group, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
}

async function waitForServer(url, ms) {
  const deadline = Date.now() + ms
  let exited = null
  app.exited.then((e) => (exited = e))
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the app exited early (${JSON.stringify(exited)}); see app.log`)
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      // Not listening yet.
    }
    await sleep(100)
  }
  throw new Error(`no answer from ${url} after ${ms} ms; see app.log`)
}

function sleep(ms) {
  return new Promise((ok) => setTimeout(ok, ms))
}

async function main() {
  const bin = process.env.LINKSNAP_DEV_BIN
  if (!bin || !existsSync(bin)) throw new Error('set LINKSNAP_DEV_BIN to a `-tags dev` build')
  if (!process.env.DISPLAY) throw new Error('set DISPLAY to a running X server (Xvfb)')
  if (!existsSync(join(root, 'frontend/dist/index.html'))) {
    throw new Error('frontend/dist/index.html is missing: run `npm run build` in frontend/')
  }
  if (!existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath}`)
  rmSync(artifacts, { recursive: true, force: true })
  mkdirSync(artifacts, { recursive: true })

  const siteUrl = await startSite()
  const bookmarkFile = writeBookmarks(siteUrl)
  const closedPort = await freePort()
  const port = await freePort()
  const url = `http://127.0.0.1:${port}/`
  const started = Date.now()
  startApp(bin, port)
  await waitForServer(url, 30_000)
  console.log(`e2e: app serving at ${url} after ${Date.now() - started} ms`)

  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  })
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
  })
  const pageErrors = []
  page.on('pageerror', (e) => pageErrors.push(e.message))
  page.setDefaultTimeout(10_000)
  await page.goto(url)

  let passed = 0
  for (const [name, step] of steps) {
    const t0 = Date.now()
    try {
      const ctx = { url, siteUrl, closedPort, bookmarkFile }
      await step(page, { ...ctx, shot: (file) => shot(page, file) })
      if (pageErrors.length) throw new Error(`page error: ${pageErrors.join('; ')}`)
    } catch (err) {
      await shot(page, `failed-${slug(name)}.png`).catch(() => {})
      throw new Error(`step "${name}" failed: ${err.message}`)
    }
    passed++
    console.log(`ok   ${name} (${Date.now() - t0} ms)`)
  }
  console.log(`e2e: ${passed} passed, 0 failed`)
}

function shot(page, file) {
  return page.screenshot({ path: join(artifacts, file) })
}

function slug(s) {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-')
}

async function cleanup() {
  await browser?.close().catch(() => {})
  await stopApp()
  site?.close()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, async () => {
    await cleanup()
    process.exit(130)
  })
}

try {
  await main()
} catch (err) {
  fail(err.message)
} finally {
  await cleanup()
}
