// The browser journeys: `npm run test:e2e` (which builds the web app first). Separate from
// `npm test` because they need Chromium and a built web app, and take longer. They share the test
// database set-up (test/global-setup.ts: the migrated demo database, copied per file).
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    name: 'e2e',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts', 'test/global-setup.ts'],
    // One journey at a time: each has its own server and Chromium, and two cores are not enough to
    // run them side by side without timing out.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 180_000,
    passWithNoTests: false,
  },
})
