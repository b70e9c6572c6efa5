// A journey: one browser context and page, a screenshot and an axe-core audit of every page the
// journey visits, and at the end proof that no visited page went unaudited (issue 3: "axe-core
// runs on every page visited"). Navigations are recorded from the browser itself, including the
// web app's client-side ones (history.pushState fires framenavigated), so a forgotten check() fails.
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { expectNoAxeViolations } from './axe.ts'

export const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url))

/** A page's identity for "visited": the URL without its fragment (a skip link does not load a page). */
const zonderFragment = (url: string) => url.split('#')[0]!

export class Journey {
  private readonly visited = new Set<string>()
  private readonly checked = new Set<string>()
  private readonly errors: string[] = []
  private stap = 0
  private twin: BrowserContext | null = null

  private constructor(
    private readonly browser: Browser,
    readonly name: string,
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly javaScript: boolean,
  ) {
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && frame.url() !== 'about:blank') this.visited.add(zonderFragment(frame.url()))
    })
    page.on('pageerror', (error) => this.errors.push(`Uncaught: ${error.message}`))
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content.Security.Policy/i.test(m.text())) this.errors.push(`CSP: ${m.text()}`)
    })
  }

  static async open(browser: Browser, name: string, options: BrowserContextOptions = {}): Promise<Journey> {
    mkdirSync(SCREENSHOTS, { recursive: true })
    const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 900 }, ...options })
    return new Journey(browser, name, context, await context.newPage(), options.javaScriptEnabled !== false)
  }

  /** Screenshot of the page as it is now, then axe-core; throws on any WCAG 2.1 A/AA violation. */
  async check(label: string): Promise<void> {
    this.stap++
    const url = this.page.url()
    const html = this.javaScript ? '' : await this.page.content()
    const bestand = `${this.name}-${String(this.stap).padStart(2, '0')}-${label.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`
    await this.page.screenshot({ path: `${SCREENSHOTS}${bestand}`, fullPage: true })
    if (this.javaScript) {
      await expectNoAxeViolations(this.page, `${this.name}: ${label}`)
    } else {
      await this.checkWithoutJavaScript(url, html, label)
    }
    this.checked.add(zonderFragment(url))
  }

  /**
   * axe-core needs timers, which do not run in a page with JavaScript disabled (its audit never
   * finishes there). So the same URL is opened in a twin context with JavaScript on, and audited
   * there only if the two documents are byte for byte the same: a page without script renders the
   * same DOM either way, and the comparison proves it did.
   */
  private async checkWithoutJavaScript(url: string, zonder: string, label: string) {
    const scripts = await this.page.locator('script').count()
    if (scripts > 0) throw new Error(`${label}: de pagina zonder JavaScript bevat ${scripts} <script>-element(en).`)
    this.twin ??= await this.browser.newContext({ locale: 'nl-NL', viewport: this.page.viewportSize() ?? undefined })
    const twin = await this.twin.newPage()
    try {
      await twin.goto(url)
      // Playwright's screenshots hide the caret through a style attribute and leave style="" behind.
      const zonderSporen = (h: string) => h.replaceAll(' style=""', '')
      const met = zonderSporen(await twin.content())
      zonder = zonderSporen(zonder)
      if (zonder !== met) {
        let i = 0
        while (i < zonder.length && zonder[i] === met[i]) i++
        throw new Error(
          `${label}: de pagina is met JavaScript anders dan zonder; axe-core kan haar dan niet namens de pagina zonder JavaScript toetsen.\n` +
            `zonder: …${zonder.slice(Math.max(0, i - 80), i + 80)}…\nmet:    …${met.slice(Math.max(0, i - 80), i + 80)}…`,
        )
      }
      await expectNoAxeViolations(twin, `${this.name}: ${label} (zonder JavaScript)`)
    } finally {
      await twin.close()
    }
  }

  /**
   * A URL the app only passed through (the web app's /app replaces itself with the first
   * organisatie's page): no page to audit, as long as the browser has really moved on from it.
   */
  doorverwezen(van: string): void {
    if (zonderFragment(this.page.url()) === zonderFragment(van)) throw new Error(`${this.name}: ${van} is geen doorverwijzing; de pagina staat er nog.`)
    this.checked.add(zonderFragment(van))
  }

  /**
   * Logs the journey's browser in through the API (POST /sessies): the session cookie lands in the
   * browser context, as after the login page. Journeys about something else start logged in this
   * way; the login page itself has its own journey (toegang.e2e.ts).
   */
  async inloggen(baseUrl: string, email: string, wachtwoord: string): Promise<void> {
    const antwoord = await this.context.request.post(`${baseUrl}/api/v1/sessies`, { data: { email, wachtwoord } })
    if (antwoord.status() !== 201) throw new Error(`${this.name}: inloggen als ${email} gaf ${antwoord.status()}: ${await antwoord.text()}`)
  }

  /** Every visited page was checked, and nothing threw in the page or broke its CSP. */
  async finish(): Promise<void> {
    const unchecked = [...this.visited].filter((u) => !this.checked.has(u))
    await this.context.close()
    await this.twin?.close()
    if (this.errors.length > 0) throw new Error(`${this.name}: fouten in de pagina:\n${this.errors.join('\n')}`)
    if (unchecked.length > 0) throw new Error(`${this.name}: bezocht maar niet met axe-core getoetst:\n${unchecked.join('\n')}`)
  }
}
