// GET /toegankelijkheidsverklaring: the accessibility statement the Besluit digitale
// toegankelijkheid overheid requires (Bdto), in the format of the Dutch model statement. Its one
// source is docs/toegankelijkheidsverklaring.md, so the published page and the document in the
// repository cannot drift apart. The file uses a small subset of Markdown (headings, paragraphs,
// bullet lists, **bold**, `code`, [links](https://…)), rendered here with everything escaped; the
// comment line `<!-- contactgegevens -->` is replaced by the publishing organisation's contact details.
import { readFileSync } from 'node:fs'
import { html, raw, type SafeHtml } from './html.ts'
import { projectPad } from '../../projectmap.ts'

const BRON = projectPad('docs', 'toegankelijkheidsverklaring.md')
const CONTACT_MARKER = '<!-- contactgegevens -->'

function inline(tekst: string): SafeHtml {
  // Split on the inline constructs; every other piece goes through html`` and is escaped.
  const delen = tekst.split(/(\*\*[^*]+\*\*|`[^`]+`|\[[^\]]+\]\(https:\/\/[^)\s]+\))/g)
  return html`${delen.map((d) => {
    if (d.startsWith('**') && d.endsWith('**') && d.length > 4) return html`<strong>${d.slice(2, -2)}</strong>`
    if (d.startsWith('`') && d.endsWith('`') && d.length > 2) return html`<code>${d.slice(1, -1)}</code>`
    const link = /^\[([^\]]+)\]\((https:\/\/[^)\s]+)\)$/.exec(d)
    if (link) return html`<a class="utrecht-link utrecht-link--html-a" href="${link[2]!}">${link[1]!}</a>`
    return d
  })}`
}

/** Renders the Markdown subset; the document's own `# ` title becomes the page's only h1. */
export function markdownNaarHtml(markdown: string, contact: SafeHtml): SafeHtml {
  const blokken = markdown.replace(/\r\n/g, '\n').split(/\n{2,}/).map((b) => b.trim()).filter(Boolean)
  return html`${blokken.map((blok) => {
    if (blok === CONTACT_MARKER) return contact
    const kop = /^(#{1,3}) (.+)$/.exec(blok)
    if (kop) {
      const n = kop[1]!.length
      return raw(`<h${n} class="utrecht-heading-${n}">${inline(kop[2]!).value}</h${n}>\n`)
    }
    const regels = blok.split('\n')
    if (regels.every((r) => r.startsWith('- '))) {
      return html`<ul class="utrecht-unordered-list">${regels.map((r) => html`<li class="utrecht-unordered-list__item">${inline(r.slice(2))}</li>`)}</ul>\n`
    }
    return html`<p class="utrecht-paragraph">${inline(regels.join(' '))}</p>\n`
  })}`
}

let bron: string | null = null

export function toegankelijkheidsverklaringPagina(contact: SafeHtml): SafeHtml {
  bron ??= readFileSync(BRON, 'utf8')
  return markdownNaarHtml(bron, contact)
}
