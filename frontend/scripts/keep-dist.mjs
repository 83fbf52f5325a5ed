// The Go build embeds frontend/dist, and git tracks dist/.gitkeep so that
// a fresh clone compiles before any frontend build. Vite empties dist, so
// put the placeholder back after every build.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

writeFileSync(fileURLToPath(new URL('../dist/.gitkeep', import.meta.url)), '')
