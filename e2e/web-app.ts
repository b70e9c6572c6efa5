// Waiting for the web app: it loads pages lazily and their data afterwards, showing
// "… worden geladen…" (role=status, class koers-laden) meanwhile. A page is ready when its h1 is
// there and nothing is loading any more; only then are a screenshot and an axe-core audit fair.
import { expect } from 'vitest'
import type { Page } from 'playwright-core'

export async function wachtOpPagina(page: Page, kop?: string | RegExp): Promise<void> {
  const h1 = page.getByRole('heading', { level: 1, ...(kop ? { name: kop } : {}) })
  await h1.first().waitFor({ state: 'visible', timeout: 15_000 })
  await expect.poll(() => page.locator('.koers-laden').count(), { timeout: 15_000, interval: 100 }).toBe(0)
}
