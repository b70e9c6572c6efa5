// The frame of every public page: one document in Dutch with a skip link, a header, one main
// landmark with the page's only h1, and a footer with the accessibility statement. It carries no
// script at all; the one inline style block is allowed by its hash in the Content-Security-Policy.
// WCAG 2.1 SC 2.4.1 (bypass blocks: the skip link), 3.1.1 (lang="nl"), 1.3.1 (landmarks), 2.4.2
// (a title per page), 1.4.10 (reflow: the layout works at 320 CSS px).
import { html, raw, type SafeHtml } from './html.ts'
import { KOERS_KLEUREN, stijlVoor, type Kleuren } from './publiek-stijl.ts'

export interface PaginaOpties {
  /** The page's own title; the document title adds the organisation and Koers. */
  titel: string
  organisatieNaam?: string | undefined
  /** Query string that keeps the chosen organisatie in the navigation links, e.g. '?organisatie=gm0153'. */
  organisatieQuery?: string | undefined
  kleuren?: Kleuren | undefined
  /** The organisatie's own font family (huisstijl), put first in the font stack. */
  lettertype?: string | null | undefined
  /** The organisatie's logo, served by GET /organisatie/logo/:organisatieId, with its size for the layout. */
  logo?: { src: string; breedte: number; hoogte: number } | null | undefined
  inhoud: SafeHtml
  /** Which navigation link is the current page. */
  huidig?: 'organisatie' | 'toegankelijkheid' | undefined
}

export interface GerenderdePagina {
  body: string
  /** The hash of the inline style block, for the Content-Security-Policy. */
  styleHash: string
}

export function pagina(o: PaginaOpties): GerenderdePagina {
  const stijl = stijlVoor(o.kleuren ?? KOERS_KLEUREN, o.lettertype ?? null)
  const q = o.organisatieQuery ?? ''
  const titel = o.organisatieNaam ? `${o.titel} - ${o.organisatieNaam}` : o.titel
  const navLink = (href: string, tekst: string, key: PaginaOpties['huidig']) =>
    html`<li><a class="utrecht-link utrecht-link--html-a" href="${href}"${o.huidig === key ? html` aria-current="page"` : ''}>${tekst}</a></li>`
  const body = html`<!doctype html>
<html lang="nl" class="utrecht-document">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${titel} | Koers</title>
<meta name="description" content="${o.organisatieNaam ? `Organisatie, organogram en contactgegevens van ${o.organisatieNaam}.` : 'Openbare informatie uit Koers.'}">
<link rel="icon" href="data:,">
<style>${raw(stijl.css)}</style>
</head>
<body class="utrecht-page-body">
<a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">Naar de inhoud</a>
<header class="utrecht-page-header">
<div class="utrecht-page-header__content koers-kop">
<a class="koers-kop__naam" href="/organisatie${q}">${o.logo ? html`<img class="koers-kop__logo" src="${o.logo.src}" alt="" width="${o.logo.breedte}" height="${o.logo.hoogte}">` : ''}<span>${o.organisatieNaam ?? 'Koers'}<span>Organisatie en contact</span></span></a>
<nav class="koers-nav" aria-label="Hoofdmenu"><ul>
${navLink(`/organisatie${q}`, 'Organisatie', 'organisatie')}
${navLink('/toegankelijkheidsverklaring', 'Toegankelijkheid', 'toegankelijkheid')}
</ul></nav>
</div>
</header>
<div class="utrecht-page-content">
<main class="utrecht-page-content__main koers-breedte" id="inhoud" tabindex="-1">
${o.inhoud}
</main>
</div>
<footer class="utrecht-page-footer">
<div class="utrecht-page-footer__content">
<p class="utrecht-paragraph">Deze pagina's worden gemaakt met Koers, uit dezelfde gegevens waarmee de organisatie zelf werkt. Ze werken zonder JavaScript.</p>
<nav aria-label="Voettekst"><ul class="koers-nav-voet utrecht-unordered-list">
<li><a class="utrecht-link utrecht-link--html-a" href="/toegankelijkheidsverklaring">Toegankelijkheidsverklaring</a></li>
<li><a class="utrecht-link utrecht-link--html-a" href="/api/v1/openapi.json">Open data: de API van Koers (OpenAPI)</a></li>
</ul></nav>
</div>
</footer>
</body>
</html>
`
  return { body: body.value, styleHash: stijl.hash }
}

/** Formats 'YYYY-MM-DD' as '1 januari 2026' (Dutch long date). */
export function datumTekst(datum: string): string {
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number]
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(j, m - 1, d))
}
