// The person's path through the window, one named step at a time. Every
// step starts where the previous one left the window and library.

const id = (testid) => `[data-testid="${testid}"]`

/** until polls check until it returns true, or fails with what it saw. */
async function until(what, check, ms = 8000) {
  const deadline = Date.now() + ms
  let last
  while (Date.now() < deadline) {
    try {
      const r = await check()
      if (r === true) return
      last = r
    } catch (err) {
      last = err.message
    }
    await new Promise((ok) => setTimeout(ok, 50))
  }
  throw new Error(`${what} (last seen: ${JSON.stringify(last)})`)
}

async function rowUrls(page) {
  return page.locator(id('link-row')).evaluateAll((rows) => rows.map((r) => r.dataset.url))
}

async function expectRows(page, urls) {
  const want = [...urls].sort()
  await until(`rows should be ${want.join(', ')}`, async () => {
    const got = (await rowUrls(page)).sort()
    return JSON.stringify(got) === JSON.stringify(want) ? true : got
  })
}

async function expectText(locator, want, what) {
  await until(`${what} should read ${JSON.stringify(want)}`, async () => {
    const got = (await locator.first().innerText()).trim()
    return got === want ? true : got
  })
}

async function rowStatus(page, url) {
  return row(page, url).locator(id('row-status')).getAttribute('data-status', { timeout: 1000 })
}

/** viewerTab opens one tab of the snapshot viewer. */
async function viewerTab(page, name) {
  await page.locator(`${id('viewer-tabs')} .n-tabs-tab[data-name="${name}"]`).click()
}

const row = (page, url) => page.locator(`${id('link-row')}[data-url="${url}"]`)
const tagItem = (page, name) => page.locator(`${id('tag-item')}[data-name="${name}"]`)

async function tagCount(page, name) {
  return (await tagItem(page, name).locator('.count').innerText()).trim()
}

async function addUrl(page, text) {
  const input = page.locator(id('url-input'))
  await input.fill(text)
  await input.press('Enter')
}

/** paste sends a real paste event, as Ctrl+V with text on the clipboard would. */
async function paste(page, selector, text) {
  await page.locator(selector).focus()
  await page.evaluate(
    ([sel, data]) => {
      const dt = new DataTransfer()
      dt.setData('text/plain', data)
      const ev = new ClipboardEvent('paste', {
        clipboardData: dt,
        bubbles: true,
        cancelable: true,
      })
      document.querySelector(sel).dispatchEvent(ev)
    },
    [selector, text],
  )
}

/** addTagsIn types tag names into a Naive UI tag select and confirms each. */
async function addTagsIn(page, selectTestid, names) {
  await page.locator(id(selectTestid)).click()
  for (const name of names) {
    await page.keyboard.type(name)
    await page.keyboard.press('Enter')
  }
  await page.keyboard.press('Escape')
}

async function openLink(page, url) {
  await row(page, url).locator(id('row-title')).click()
  await until('the detail panel should show the link', async () => {
    const got = await page.locator(id('detail-url')).innerText()
    return got.trim() === url ? true : got
  })
}

async function tagAction(page, name, action) {
  await tagItem(page, name).click({ button: 'right' })
  await page.locator(id(`tag-action-${action}`)).click()
}

const GO = 'https://go.dev/doc/'
const VUE = 'https://vuejs.org/guide/'
const NAIVE = 'https://www.naiveui.com/en-US/os-theme'
const FIRST = 'https://example.com/first'
const ZH = 'https://example.org/snapshot-tool'

export const steps = [
  [
    'first run teaches how to add a link',
    async (page, { shot }) => {
      await page.locator(id('empty-state')).waitFor()
      await expectText(page.locator(id('nav-all')).locator('.label'), 'All links', 'nav')
      await shot('01-empty.png')
    },
  ],
  [
    'Enter adds a link at the top',
    async (page) => {
      await addUrl(page, FIRST)
      await expectRows(page, [FIRST])
      await expectText(page.locator(id('nav-all-count')), '1', 'all-links count')
      const value = await page.locator(id('url-input')).inputValue()
      if (value !== '') throw new Error(`the URL box kept ${JSON.stringify(value)}`)
    },
  ],
  [
    'a javascript: URL is refused with a translated message',
    async (page, { shot }) => {
      await addUrl(page, 'javascript:alert(1)')
      await expectText(
        page.locator(id('url-error')),
        'Only http and https links can be saved',
        'URL error',
      )
      await shot('02-bad-url.png')
      await page.locator(id('url-input')).fill('')
    },
  ],
  [
    'a multi-line paste adds every link and sums up',
    async (page, { shot }) => {
      const text = [GO, VUE, 'this is not a link', FIRST, NAIVE].join('\n')
      await paste(page, id('url-input'), text)
      await page.locator(id('add-summary')).waitFor()
      await expectText(page.locator(id('summary-added')), '3', 'added count')
      await expectText(page.locator(id('summary-duplicates')), '1', 'duplicate count')
      await expectText(page.locator(id('summary-invalid')), '1', 'invalid count')
      const line = page.locator(id('summary-invalid-line'))
      await until('the invalid line should be line 3 with its reason', async () => {
        const got = await line.innerText()
        return (got.includes('Line 3') && got.includes('There is no link in this line')) || got
      })
      await shot('03-paste-summary.png')
      await page.locator(id('summary-close')).click()
      await page.locator(id('add-summary')).waitFor({ state: 'detached' })
      await expectRows(page, [GO, VUE, FIRST, NAIVE])
    },
  ],
  [
    'adding a duplicate shows the link already there',
    async (page) => {
      await addUrl(page, 'https://EXAMPLE.com/first#section')
      await page.getByText('Already in your library').first().waitFor()
      await expectText(page.locator(id('detail-url')), FIRST, 'detail panel')
      await until('the existing row should be the open one', async () =>
        (await row(page, FIRST).getAttribute('class')).includes('active'),
      )
      await expectRows(page, [GO, VUE, FIRST, NAIVE])
    },
  ],
  [
    'tag one link from its detail panel',
    async (page) => {
      await openLink(page, GO)
      await addTagsIn(page, 'detail-tags', ['docs', 'golang'])
      await until('the go.dev row should carry docs and golang', async () => {
        const chips = await row(page, GO).locator(id('row-tag')).allInnerTexts()
        return (chips.includes('docs') && chips.includes('golang')) || chips
      })
      await expectText(tagItem(page, 'docs').locator('.count'), '1', 'docs count')
      await openLink(page, VUE)
      await addTagsIn(page, 'detail-tags', ['docs'])
      await expectText(tagItem(page, 'docs').locator('.count'), '2', 'docs count')
    },
  ],
  [
    'tag a multi-selection',
    async (page, { shot }) => {
      await page.locator(id('detail-close')).click()
      await row(page, VUE).locator(id('row-check')).click()
      await row(page, NAIVE).locator(id('row-check')).click()
      await expectText(page.locator(id('bulk-count')), '2 selected', 'bulk bar')
      await page.locator(id('bulk-add-tags')).click()
      await addTagsIn(page, 'bulk-tag-picker', ['frontend'])
      await page.locator(id('bulk-tag-apply')).click()
      await until('both rows should carry frontend', async () => {
        const a = await row(page, VUE).locator(id('row-tag')).allInnerTexts()
        const b = await row(page, NAIVE).locator(id('row-tag')).allInnerTexts()
        return (a.includes('frontend') && b.includes('frontend')) || [a, b]
      })
      await expectText(tagItem(page, 'frontend').locator('.count'), '2', 'frontend count')
      await shot('04-tagged.png')
      await page.locator(id('list-count')).click()
      await page.keyboard.press('Escape')
      await page.locator(id('bulk-bar')).waitFor({ state: 'detached' })
    },
  ],
  [
    'filter by two tags: all of them, then any',
    async (page, { shot }) => {
      await tagItem(page, 'docs').click()
      await tagItem(page, 'frontend').click()
      await page.locator(id('chip-tag')).nth(1).waitFor()
      await expectRows(page, [VUE])
      await page.locator(id('tag-mode-any')).click()
      await expectRows(page, [GO, VUE, NAIVE])
      await expectText(page.locator(id('list-count')), '3 links', 'list count')
      await until('"any" should be the checked mode', async () => {
        const cls = await page.locator(id('tag-mode-any')).getAttribute('class')
        return cls.includes('checked') || cls
      })
      await shot('05-filter-any.png')
      await page.locator(id('tag-mode-all')).click()
      await expectRows(page, [VUE])
      await page.locator(id('clear-filters')).click()
      await expectRows(page, [GO, VUE, FIRST, NAIVE])
    },
  ],
  [
    'rename a tag',
    async (page) => {
      await tagAction(page, 'golang', 'rename')
      await page.locator(id('tag-rename-input')).fill('go')
      await page.locator(id('tag-dialog-ok')).click()
      await tagItem(page, 'go').waitFor()
      await tagItem(page, 'golang').waitFor({ state: 'detached' })
      await until('the go.dev row should carry go', async () => {
        const chips = await row(page, GO).locator(id('row-tag')).allInnerTexts()
        return chips.includes('go') || chips
      })
    },
  ],
  [
    'renaming onto an existing tag offers a merge',
    async (page, { shot }) => {
      await tagAction(page, 'go', 'rename')
      await page.locator(id('tag-rename-input')).fill('Frontend')
      await page.locator(id('tag-dialog-ok')).click()
      await page.locator(id('confirm-merge')).waitFor()
      await shot('06-merge-offer.png')
      await page.locator(id('confirm-merge')).click()
      await tagItem(page, 'go').waitFor({ state: 'detached' })
      await expectText(tagItem(page, 'frontend').locator('.count'), '3', 'frontend count')
    },
  ],
  [
    'colour a tag, delete another, filter by a site',
    async (page) => {
      await tagAction(page, 'docs', 'color')
      await page.locator(id('swatch-ef4444')).click()
      await until('the docs dot should be red', async () => {
        const bg = await tagItem(page, 'docs')
          .locator('.dot')
          .evaluate((el) => getComputedStyle(el).backgroundColor)
        return bg === 'rgb(239, 68, 68)' || bg
      })
      await tagAction(page, 'frontend', 'delete')
      await page.locator(id('confirm-tag-delete')).click()
      await tagItem(page, 'frontend').waitFor({ state: 'detached' })
      await expectRows(page, [GO, VUE, FIRST, NAIVE])
      await row(page, GO).locator(id('row-domain')).click()
      await expectRows(page, [GO])
      await page.locator(id('chip-domain')).locator('.n-base-close').click()
      await expectRows(page, [GO, VUE, FIRST, NAIVE])
    },
  ],
  [
    'search in Chinese finds and highlights',
    async (page, { shot }) => {
      await addUrl(page, ZH)
      await expectRows(page, [GO, VUE, FIRST, NAIVE, ZH])
      await openLink(page, ZH)
      await page.locator(id('detail-title')).fill('网页快照工具介绍')
      await page.locator(id('detail-save')).click()
      await expectText(row(page, ZH).locator(id('row-title')), '网页快照工具介绍', 'row title')
      const search = page.locator(id('search-input'))
      for (const term of ['快照', '快照工具']) {
        await search.fill(term)
        await expectRows(page, [ZH])
        await expectText(row(page, ZH).locator(`${id('row-title')} mark`), term, 'highlight')
      }
      await shot('07-search-zh.png')
      await search.fill('')
      await expectRows(page, [GO, VUE, FIRST, NAIVE, ZH])
    },
  ],
  [
    'delete a link, then undo',
    async (page, { shot }) => {
      await row(page, FIRST).locator(id('row-title')).click()
      await page.keyboard.press('Delete')
      await page.locator(id('confirm-delete')).click()
      await expectRows(page, [GO, VUE, NAIVE, ZH])
      await page.locator(id('undo-toast')).waitFor()
      await shot('08-undo.png')
      await page.locator(id('undo-button')).click()
      await expectRows(page, [GO, VUE, FIRST, NAIVE, ZH])
      await expectText(page.locator(id('nav-all-count')), '5', 'all-links count')
    },
  ],
  [
    'switch the language to Chinese, and it is remembered',
    async (page, { shot, url }) => {
      await page.locator(id('settings-button')).click()
      await page.locator(id('language-zh-CN')).click()
      await expectText(page.locator(id('nav-all')).locator('.label'), '全部链接', 'nav')
      await until('the Chinese option should be the checked one', async () =>
        (await page.locator(id('language-zh-CN')).getAttribute('class')).includes('checked'),
      )
      await page.locator(id('theme-dark')).click()
      await until('the window should turn dark', async () => {
        const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
        const [r, g, b] = bg.match(/\d+/g).map(Number)
        return r + g + b < 150 || bg
      })
      await shot('09-settings-zh-dark.png')
      await page.locator(id('theme-light')).click()
      await page.keyboard.press('Escape')
      await page.goto(url)
      await expectText(
        page.locator(id('nav-all')).locator('.label'),
        '全部链接',
        'nav after reload',
      )
      const placeholder = await page.locator(id('url-input')).getAttribute('placeholder')
      if (!placeholder.includes('粘贴')) throw new Error(`placeholder is ${placeholder}`)
      await expectRows(page, [GO, VUE, FIRST, NAIVE, ZH])
      await shot('10-zh.png')
    },
  ],
  [
    'paste anywhere and drop a link from a browser',
    async (page) => {
      const PASTED = 'https://example.net/pasted'
      const DROPPED = 'https://example.net/dropped'
      await page.locator(id('list-count')).click()
      await paste(page, 'body', PASTED)
      await expectRows(page, [GO, VUE, FIRST, NAIVE, ZH, PASTED])
      await page.evaluate((uri) => {
        const dt = new DataTransfer()
        dt.setData('text/uri-list', `# a comment\n${uri}`)
        const target = document.querySelector('[data-testid="link-list"]')
        const opts = { dataTransfer: dt, bubbles: true, cancelable: true }
        target.dispatchEvent(new DragEvent('dragover', opts))
        target.dispatchEvent(new DragEvent('drop', opts))
      }, DROPPED)
      await expectRows(page, [GO, VUE, FIRST, NAIVE, ZH, PASTED, DROPPED])
    },
  ],
  [
    'keyboard: Ctrl+L, Ctrl+F and the arrow keys',
    async (page) => {
      const focused = () => page.evaluate(() => document.activeElement?.dataset?.testid ?? '')
      await page.locator(id('list-count')).click()
      await page.keyboard.press('Control+l')
      await until('Ctrl+L should focus the URL box', async () => (await focused()) === 'url-input')
      await page.keyboard.press('Control+f')
      await until(
        'Ctrl+F should focus the search',
        async () => (await focused()) === 'search-input',
      )
      await page.locator(id('list-count')).click()
      await page
        .locator(id('detail-close'))
        .click()
        .catch(() => {})
      await page.keyboard.press('ArrowDown')
      const first = await page.locator(id('link-row')).first().getAttribute('data-url')
      await expectText(page.locator(id('detail-url')), first, 'detail after ArrowDown')
      await page.keyboard.press('ArrowDown')
      const second = await page.locator(id('link-row')).nth(1).getAttribute('data-url')
      await expectText(page.locator(id('detail-url')), second, 'detail after ArrowDown twice')
    },
  ],
  [
    'select all, then Delete removes everything',
    async (page, { shot }) => {
      await page.locator(id('list-count')).click()
      await page.keyboard.press('Control+a')
      await expectText(page.locator(id('bulk-count')), '已选 7 个', 'bulk bar')
      await page.keyboard.press('Delete')
      await page.locator(id('confirm-delete')).click()
      await page.locator(id('empty-state')).waitFor()
      await expectText(page.locator(id('nav-all-count')), '0', 'all-links count')
      await shot('11-emptied.png')
    },
  ],
  [
    'capture a local page and open its snapshot in the viewer',
    async (page, { siteUrl, shot }) => {
      const ARTICLE = `${siteUrl}/article`
      await page.locator(id('settings-button')).click()
      await page.locator(id('language-en')).click()
      await page.keyboard.press('Escape')
      await addUrl(page, ARTICLE)
      await until(
        'the new row should end in done',
        async () => (await rowStatus(page, ARTICLE)) === 'done' || (await rowStatus(page, ARTICLE)),
        60_000,
      )
      await expectText(
        row(page, ARTICLE).locator(id('row-title')),
        'Linksnap test article',
        'title',
      )
      await row(page, ARTICLE).click()
      await page.keyboard.press('Enter')
      const frame = page.locator(id('viewer-page'))
      await frame.waitFor()
      const sandbox = await frame.getAttribute('sandbox')
      if (sandbox !== '') throw new Error(`the page frame has sandbox=${JSON.stringify(sandbox)}`)
      const src = await frame.getAttribute('src')
      if (!/^\/snapshot\/[1-9][0-9]*\/page\.html$/.test(src)) throw new Error(`frame src ${src}`)
      await until('the archived page should show its heading', async () => {
        const text = await frame.contentFrame().locator('h1').innerText()
        return text === 'Linksnap test article' || text
      })
      await shot('12-viewer-page.png')

      await viewerTab(page, 'screenshot')
      await until('the screenshot should load', () =>
        page.locator(id('viewer-screenshot')).evaluate((img) => img.naturalWidth > 0),
      )
      await viewerTab(page, 'text')
      await until('the reader view should show the text', async () =>
        (await page.locator(id('viewer-text')).innerText()).includes('quick brown fox'),
      )
      await viewerTab(page, 'info')
      await expectText(page.locator(id('info-title')), 'Linksnap test article', 'Info title')
      await viewerTab(page, 'log')
      await page.locator(id('viewer-log')).waitFor()
      await shot('13-viewer-log.png')
    },
  ],
  [
    'a re-capture makes a second version, and Compare shows both',
    async (page, { shot }) => {
      await page.locator(id('viewer-recapture')).click()
      await until(
        'the viewer should hold two finished versions',
        async () => {
          const v = page.locator(id('viewer'))
          const [n, state] = [
            await v.getAttribute('data-versions'),
            await v.getAttribute('data-state'),
          ]
          return (n === '2' && state === 'done') || `${n} ${state}`
        },
        60_000,
      )
      await page.locator(id('viewer-compare')).click()
      await until('both screenshots should load', () =>
        page
          .locator(id('compare-shot'))
          .evaluateAll((imgs) => imgs.length === 2 && imgs.every((i) => i.naturalWidth > 0)),
      )
      await until('the diff should show the changed line', async () => {
        const added = await page.locator('.line.added').allInnerTexts()
        const removed = await page.locator('.line.removed').allInnerTexts()
        return (
          (added.some((t) => t.includes('visit number 2')) &&
            removed.some((t) => t.includes('visit number 1'))) || { added, removed }
        )
      })
      await shot('14-compare.png')
      await page.locator(id('viewer-close')).click()
    },
  ],
  [
    'a failed capture shows the translated reason and a retry',
    async (page, { siteUrl, shot }) => {
      const GONE = `${siteUrl}/gone`
      await addUrl(page, GONE)
      await until(
        'the row should end in failed',
        async () => (await rowStatus(page, GONE)) === 'failed' || (await rowStatus(page, GONE)),
        60_000,
      )
      await expectText(
        row(page, GONE).locator(id('row-status-text')),
        'Capture failed: The site answered with an error (4xx): the page may be gone or private',
        'row status',
      )
      await row(page, GONE).dblclick()
      await expectText(
        page.locator(id('viewer-reason')),
        'The site answered with an error (4xx): the page may be gone or private',
        'viewer reason',
      )
      await page.locator(id('viewer-retry')).click()
      await until(
        'the retry should fail again, as a second version',
        async () => {
          const v = page.locator(id('viewer'))
          const [n, state] = [
            await v.getAttribute('data-versions'),
            await v.getAttribute('data-state'),
          ]
          return (n === '2' && state === 'failed') || `${n} ${state}`
        },
        60_000,
      )
      await shot('15-failed.png')
    },
  ],
  [
    'the Failed view lists the failed link and retries them all',
    async (page, { siteUrl }) => {
      const GONE = `${siteUrl}/gone`
      await page.locator(id('viewer-close')).click()
      await expectText(page.locator(id('nav-failed-count')), '1', 'failed count')
      await page.locator(id('nav-failed')).click()
      await expectRows(page, [GONE])
      await page.locator(id('queue-failed')).waitFor()
      await page.locator(id('nav-retry-all')).click()
      await page.getByText('Queued 1 capture again').waitFor()
      await until(
        'the retried link should fail again',
        async () => (await rowStatus(page, GONE)) === 'failed' || (await rowStatus(page, GONE)),
        60_000,
      )
      await page.locator(id('nav-all')).click()
    },
  ],
  [
    'a refused link fails after its retries, and Retry queues it again',
    async (page, { closedPort, shot }) => {
      const REFUSED = `http://127.0.0.1:${closedPort}/refused`
      await addUrl(page, REFUSED)
      await row(page, REFUSED).waitFor()
      await until(
        'the row should end in failed',
        async () =>
          (await rowStatus(page, REFUSED)) === 'failed' || (await rowStatus(page, REFUSED)),
        60_000,
      )
      await expectText(
        row(page, REFUSED).locator(id('row-status-text')),
        'Capture failed: The server refused the connection',
        'row status',
      )
      await row(page, REFUSED).dblclick()
      await page.locator(id('viewer-retry')).click()
      await until('the row should be queued or capturing again', async () => {
        const status = await rowStatus(page, REFUSED)
        return status === 'queued' || status === 'running' || status
      })
      await until(
        'the retried link should fail again',
        async () =>
          (await rowStatus(page, REFUSED)) === 'failed' || (await rowStatus(page, REFUSED)),
        60_000,
      )
      await expectText(
        page.locator(id('viewer-reason')),
        'The server refused the connection',
        'viewer reason',
      )
      await shot('15b-refused.png')
      await page.locator(id('viewer-close')).click()
    },
  ],
  [
    'the grid shows thumbnails',
    async (page, { siteUrl, shot }) => {
      const ARTICLE = `${siteUrl}/article`
      await page.locator(id('view-grid')).click()
      const card = page.locator(`${id('link-card')}[data-url="${ARTICLE}"]`)
      await until('the thumbnail should load', () =>
        card.locator(id('card-thumb')).evaluate((img) => img.complete && img.naturalWidth > 0),
      )
      await shot('16-grid.png')
      await page.locator(id('view-list')).click()
      await row(page, ARTICLE).waitFor()
    },
  ],
  [
    'a linksnap://open link opens the viewer on the archived page',
    async (page, { siteUrl }) => {
      const linkId = Number(await row(page, `${siteUrl}/article`).getAttribute('data-id'))
      await page.evaluate((n) => window.runtime.EventsEmit('viewer:open', n), linkId)
      await until('the viewer should show that link', async () => {
        const v = await page.locator(id('viewer')).getAttribute('data-link-id')
        return v === String(linkId) || v
      })
      const src = await page.locator(id('viewer-page')).getAttribute('src')
      if (!/^\/snapshot\/[1-9][0-9]*\/page\.html$/.test(src)) throw new Error(`frame src ${src}`)
      await page.locator(id('viewer-close')).click()
    },
  ],
  [
    'pause the queue, re-capture, cancel the waiting capture, resume',
    async (page, { siteUrl }) => {
      await page.locator(id('queue-toggle')).click()
      await page.getByText('Captures paused').waitFor()
      await row(page, `${siteUrl}/article`).dblclick()
      await page.locator(id('viewer-recapture')).click()
      await until('the viewer should say the capture waits', async () => {
        const state = await page.locator(id('viewer')).getAttribute('data-state')
        return state === 'queued' || state
      })
      await page.locator(id('viewer-cancel')).click()
      await until('the capture should end cancelled', async () => {
        const state = await page.locator(id('viewer')).getAttribute('data-state')
        return state === 'cancelled' || state
      })
      await expectText(page.locator(id('viewer-retry')), 'Retry', 'retry button')
      await page.locator(id('viewer-tabs')).waitFor() // the finished versions stay on show
      await page.locator(id('queue-toggle')).click()
      await page.locator(id('viewer-close')).click()
    },
  ],
  [
    'a dropped bookmark file opens the import preview, then imports',
    async (page, { bookmarkFile, shot }) => {
      await page.evaluate((f) => window.runtime.EventsEmit('import:file', f), bookmarkFile)
      await expectText(page.locator(id('import-format')), 'Bookmark HTML', 'format')
      await expectText(page.locator(id('import-new')), '2', 'new links')
      await page.locator(id('import-capture')).click()
      await shot('17-import-preview.png')
      await page.locator(id('import-run')).click()
      await expectText(
        page.locator(id('import-result')),
        'Added 2; 1 already there; 1 not links.',
        'import summary',
      )
      await page.locator(id('import-close')).click()
      await row(page, 'https://example.org/imported-one').waitFor()
      await row(page, 'https://example.org/imported-two').waitFor()
      const status = await rowStatus(page, 'https://example.org/imported-one')
      if (status !== 'none') throw new Error(`an import without capture queued one (${status})`)
    },
  ],
  [
    'settings show the disk snapshots use and the bookmarklet',
    async (page) => {
      await page.locator(id('settings-button')).click()
      await until('the disk usage should be measured', async () => {
        const text = await page.locator(id('settings-disk')).innerText()
        return /^[0-9.]+ (KB|MB)$/.test(text) || text
      })
      const href = await page.locator(id('bookmarklet')).getAttribute('href')
      const want =
        "javascript:location.href='linksnap://add?url='+encodeURIComponent(location.href)" +
        "+'&title='+encodeURIComponent(document.title)"
      if (href !== want) throw new Error(`bookmarklet is ${href}`)
      const remembered = () => page.evaluate(() => localStorage.getItem('linksnap.notifications'))
      await page.locator(id('settings-notifications')).click()
      await until('notifications should be off', async () => (await remembered()) === 'off')
      await page.locator(id('settings-notifications')).click()
      await until('notifications should be on', async () => (await remembered()) === 'on')
      await page.keyboard.press('Escape')
    },
  ],
]
