// Debian's Chromium and the flags it runs with (ENGINEERING.md: no browser downloads). Apart from
// harness.ts so the global set-up can check the browser without loading the server (and its
// dependencies, which the set-up's module runner does not resolve as the test files do).
import { existsSync } from 'node:fs'

export const CHROMIUM = '/usr/bin/chromium'

/** The flags measured to work on this machine (ENGINEERING.md, browser). */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
]

/** Thrown, never skipped: a browser test that cannot run must fail the run. */
export function assertChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium ontbreekt: ${CHROMIUM} bestaat niet. De browsertests draaien in Debians Chromium ` +
        `(installeer het met "apt-get install chromium"; .ci/run doet dat zelf). Ze worden niet overgeslagen.`,
    )
  }
}

