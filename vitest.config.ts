import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Two cores here: two workers, each with its own copy of the migrated demo database.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Every test file says what it tests; a file without tests is a mistake, not a pass.
    passWithNoTests: false,
  },
})
