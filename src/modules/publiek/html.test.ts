// The html`` helper escapes by default: data can never become markup.
import { describe, expect, it } from 'vitest'
import { escapeHtml, html, raw } from './html.ts'
import { markdownNaarHtml } from './toegankelijkheidsverklaring-pagina.ts'

describe('html tagged template', () => {
  it('escapes interpolated text in element content and in quoted attributes', () => {
    const naam = '<script>alert("x")</script>'
    const attr = `" onmouseover="alert('x')`
    expect(html`<p title="${attr}">${naam}</p>`.value).toBe(
      '<p title="&quot; onmouseover=&quot;alert(&#39;x&#39;)">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>',
    )
    expect(escapeHtml('a & b')).toBe('a &amp; b')
  })

  it('does not escape nested html`` or raw(), joins arrays, and renders null, undefined and false as nothing', () => {
    const items = ['<a>', 'b'].map((x) => html`<li>${x}</li>`)
    expect(html`<ul>${items}</ul>`.value).toBe('<ul><li>&lt;a&gt;</li><li>b</li></ul>')
    expect(html`${raw('<svg></svg>')}`.value).toBe('<svg></svg>')
    expect(html`[${null}${undefined}${false}${0}]`.value).toBe('[0]')
  })
})

describe('the Markdown subset of the accessibility statement', () => {
  const contact = raw('<p>CONTACT</p>')

  it('renders headings, paragraphs, lists, bold, code and https links, and replaces the contact marker', () => {
    const out = markdownNaarHtml('# Titel\n\nTekst met **vet**, `code` en [een link](https://example.org/a).\n\n- een\n- twee\n\n<!-- contactgegevens -->\n\n## Kop 2', contact).value
    expect(out).toContain('<h1 class="utrecht-heading-1">Titel</h1>')
    expect(out).toContain('<strong>vet</strong>, <code>code</code> en <a class="utrecht-link utrecht-link--html-a" href="https://example.org/a">een link</a>.')
    expect(out).toContain('<li class="utrecht-unordered-list__item">een</li><li class="utrecht-unordered-list__item">twee</li>')
    expect(out).toContain('<p>CONTACT</p>')
    expect(out).toContain('<h2 class="utrecht-heading-2">Kop 2</h2>')
  })

  it('escapes markup in the source and makes no link of a non-https URL', () => {
    const out = markdownNaarHtml('Een <img src=x onerror=alert(1)> en [klik](javascript:alert(1)).', contact).value
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(out).not.toContain('<img')
    expect(out).not.toContain('href="javascript')
  })
})
