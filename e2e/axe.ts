// axe-core on a page, with the WCAG 2.0 and 2.1 level A and AA rules (the level the Besluit
// digitale toegankelijkheid overheid requires through EN 301 549). Zero violations is the bar;
// a failure lists each rule with the elements it found, so the fix can start from the message.
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number]

export function formatViolations(label: string, url: string, violations: Violation[]): string {
  const regels = [`axe-core: ${violations.length} overtreding(en) op "${label}" (${url}):`]
  for (const v of violations) {
    regels.push(``, `- ${v.id} [${v.impact ?? 'onbekend'}]: ${v.help}`, `  ${v.helpUrl}`)
    for (const node of v.nodes.slice(0, 5)) {
      regels.push(`  * ${node.target.join(' ')}`)
      regels.push(`    ${node.html.length > 200 ? `${node.html.slice(0, 200)}…` : node.html}`)
      for (const r of (node.failureSummary ?? '').split('\n').filter(Boolean)) regels.push(`    ${r.trim()}`)
    }
    if (v.nodes.length > 5) regels.push(`  … en nog ${v.nodes.length - 5} element(en)`)
  }
  return regels.join('\n')
}

/** Runs axe-core on the page as it is now and throws a readable error on any violation. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  if (result.violations.length > 0) throw new Error(formatViolations(label, page.url(), result.violations))
}
