// The CSS of the public pages: NL Design System components (the Utrecht component library's CSS,
// read once from node_modules, EUPL-1.2) themed with Koers's own neutral tokens, plus a few layout
// rules. It is inlined in every page: one request, no render-blocking stylesheet, nothing from a
// CDN, and system fonts (no web font to download). The Utrecht design tokens are Gemeente
// Utrecht's own house style, so Koers does not use them (ENGINEERING.md, NL Design System).
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { AA_TEKST, contrast } from '../organogram/huisstijl.ts'

// Resolved from the component library itself, which depends on each component package, so this
// works whether npm hoisted them or not.
const fromLibrary = createRequire(createRequire(import.meta.url).resolve('@utrecht/component-library-css/package.json'))

const COMPONENTEN = [
  'document', 'page', 'page-header', 'page-footer', 'page-content', 'skip-link', 'link',
  'heading-1', 'heading-2', 'heading-3', 'heading-4', 'heading-5', 'heading-6',
  'paragraph', 'unordered-list', 'data-list', 'separator',
]

const componentCss = COMPONENTEN.map((c) => readFileSync(fromLibrary.resolve(`@utrecht/${c}-css/dist/index.min.css`), 'utf8'))
  // Drop the licence banners; the licence is named above and in package.json's dependencies.
  .map((css) => css.replace(/\/\*[\s\S]*?\*\//g, '').trim())
  .join('\n')

/** Colours an organisatie may set (its huisstijl); every value must give AA contrast on white or with white text. */
export interface Kleuren {
  /** Header background and headings accent; white text on it. */
  primair: string
  /** Links on a white background. */
  link: string
  /** Body text. */
  tekst: string
}

/** Koers's neutral theme (the organogram's primair, see organogram/huisstijl.ts); all above 7:1 on white, WCAG 2.1 SC 1.4.3 asks 4.5:1. */
export const KOERS_KLEUREN: Kleuren = { primair: '#1d3b5c', link: '#0a4f8f', tekst: '#1b1b1b' }

const HEX = /^#[0-9a-f]{6}$/i

/**
 * The page colours from an organisatie's huisstijl tokens. A colour is used only if it is a plain
 * #rrggbb value (so nothing can break out of the style block) and reaches 4.5:1 against white,
 * as text on white or as the background of white header text; otherwise Koers's own colour.
 */
export function kleurenUitHuisstijl(tokens: { kleuren: { primair: string; tekst: string } } | null): Kleuren {
  const bruikbaar = (c: string | undefined): c is string => typeof c === 'string' && HEX.test(c) && contrast(c, '#ffffff') >= AA_TEKST
  const primair = tokens && bruikbaar(tokens.kleuren.primair) ? tokens.kleuren.primair.toLowerCase() : KOERS_KLEUREN.primair
  const tekst = tokens && bruikbaar(tokens.kleuren.tekst) ? tokens.kleuren.tekst.toLowerCase() : KOERS_KLEUREN.tekst
  return { primair, link: primair === KOERS_KLEUREN.primair ? KOERS_KLEUREN.link : primair, tekst }
}

/** The family names the huisstijl API accepts (letters, digits, spaces, hyphens), so it is safe inside CSS quotes. */
const LETTERTYPE = /^[A-Za-z0-9][A-Za-z0-9 -]{0,59}$/
const SYSTEEMLETTERS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif'

/**
 * The organisatie's own font first, if it has one: a font it hosts itself and that is installed
 * where its staff and residents read. Koers loads no web font (no download, no CDN), so the
 * system fonts follow.
 */
function lettertypen(lettertype: string | null): string {
  return lettertype && LETTERTYPE.test(lettertype) ? `"${lettertype}", ${SYSTEEMLETTERS}` : SYSTEEMLETTERS
}

function tokens(k: Kleuren, lettertype: string | null): string {
  const font = lettertypen(lettertype)
  return `:root{
--koers-primair:${k.primair};--koers-link:${k.link};--koers-tekst:${k.tekst};--koers-rand:#767676;--koers-vlak:#f3f5f7;
--utrecht-document-font-family:${font};--utrecht-document-font-size:1.0625rem;--utrecht-document-line-height:1.5;--utrecht-document-color:var(--koers-tekst);--utrecht-document-background-color:#fff;
--utrecht-heading-font-family:${font};--utrecht-heading-font-weight:700;--utrecht-heading-color:var(--koers-primair);
--utrecht-heading-1-font-size:2rem;--utrecht-heading-1-line-height:1.2;--utrecht-heading-1-margin-block-start:0;--utrecht-heading-1-margin-block-end:.5em;
--utrecht-heading-2-font-size:1.5rem;--utrecht-heading-2-line-height:1.25;--utrecht-heading-2-margin-block-start:1.5em;--utrecht-heading-2-margin-block-end:.5em;
--utrecht-heading-3-font-size:1.25rem;--utrecht-heading-3-line-height:1.3;--utrecht-heading-3-margin-block-start:1.25em;--utrecht-heading-3-margin-block-end:.25em;
--utrecht-heading-4-font-size:1.125rem;--utrecht-heading-4-margin-block-start:1em;--utrecht-heading-4-margin-block-end:.25em;
--utrecht-heading-5-font-size:1.0625rem;--utrecht-heading-5-margin-block-start:1em;--utrecht-heading-5-margin-block-end:.25em;
--utrecht-heading-6-font-size:1rem;--utrecht-heading-6-margin-block-start:1em;--utrecht-heading-6-margin-block-end:.25em;
--utrecht-paragraph-margin-block-start:0;--utrecht-paragraph-margin-block-end:.75em;--utrecht-paragraph-lead-font-size:1.1875rem;
--utrecht-link-color:var(--koers-link);--utrecht-link-visited-color:#5a2a82;--utrecht-link-hover-color:var(--koers-primair);--utrecht-link-text-decoration:underline;--utrecht-link-text-underline-offset:.15em;--utrecht-link-hover-text-decoration-thickness:2px;
--utrecht-link-focus-color:#0b0c0c;--utrecht-link-focus-background-color:#ffdd00;
--utrecht-focus-outline-color:#0b0c0c;--utrecht-focus-outline-style:solid;--utrecht-focus-outline-width:3px;--utrecht-focus-outline-offset:0px;--utrecht-focus-inverse-outline-color:#fff;
--utrecht-skip-link-background-color:#ffdd00;--utrecht-skip-link-color:#0b0c0c;--utrecht-skip-link-padding-block-start:.5rem;--utrecht-skip-link-padding-block-end:.5rem;--utrecht-skip-link-padding-inline-start:1rem;--utrecht-skip-link-padding-inline-end:1rem;--utrecht-skip-link-z-index:10;
--utrecht-page-max-inline-size:72rem;--utrecht-page-margin-inline-start:auto;--utrecht-page-margin-inline-end:auto;--utrecht-page-padding-inline-start:1rem;--utrecht-page-padding-inline-end:1rem;
--utrecht-page-header-content-max-inline-size:72rem;--utrecht-page-footer-content-max-inline-size:72rem;--utrecht-page-footer-padding-inline-start:1rem;--utrecht-page-footer-padding-inline-end:1rem;
--utrecht-page-header-background-color:var(--koers-primair);--utrecht-page-header-color:#fff;--utrecht-page-header-padding-block-start:1rem;--utrecht-page-header-padding-block-end:1rem;
--utrecht-page-content-padding-block-start:1.5rem;--utrecht-page-content-padding-block-end:3rem;
--utrecht-page-footer-background-color:var(--koers-primair);--utrecht-page-footer-color:#fff;--utrecht-page-footer-padding-block-start:2rem;--utrecht-page-footer-padding-block-end:2rem;
--utrecht-unordered-list-marker-color:var(--koers-primair);--utrecht-unordered-list-list-style-type:disc;--utrecht-unordered-list-margin-block-start:0;--utrecht-unordered-list-margin-block-end:.75em;--utrecht-unordered-list-padding-inline-start:1.5em;--utrecht-unordered-list-nested-padding-inline-start:1.5em;
--utrecht-data-list-item-key-font-weight:700;--utrecht-data-list-rows-column-min-inline-size:11rem;--utrecht-data-list-rows-gap:1rem;--utrecht-data-list-rows-item-padding-block-start:.25rem;--utrecht-data-list-rows-item-padding-block-end:.25rem;
--utrecht-separator-color:#d0d5db;--utrecht-separator-block-size:1px;--utrecht-separator-margin-block-start:1.5rem;--utrecht-separator-margin-block-end:1.5rem}`
}

// Layout and the few elements the component library has no class for (form, figure, the tree).
const LAYOUT = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0}
/* The Utrecht components only keep their margins when 'distanced'; in running text they should. */
main,.utrecht-page-footer{--utrecht-space-around:1}
.koers-breedte{display:block;max-inline-size:72rem;margin-inline:auto}
.koers-kop{display:flex;flex-wrap:wrap;gap:.5rem 2rem;align-items:baseline;justify-content:space-between}
.koers-kop__naam{font-size:1.375rem;font-weight:700;color:#fff;text-decoration:none}
.koers-kop__naam{display:flex;gap:1rem;align-items:center}
.koers-kop__naam span span{display:block;font-size:.9375rem;font-weight:400}
.koers-kop__logo{display:block;background:#fff;padding:.25rem;block-size:auto;max-inline-size:10rem}
.utrecht-page-header .utrecht-link:any-link,.utrecht-page-footer .utrecht-link:any-link{color:#fff}
.koers-nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;list-style:none;margin:0;padding:0}
a:focus-visible,.utrecht-page-header .utrecht-link:focus-visible,.utrecht-page-footer .utrecht-link:focus-visible{outline:3px solid #ffdd00;outline-offset:0;background:#ffdd00;color:#0b0c0c;box-shadow:0 4px #0b0c0c;text-decoration:none}
:focus-visible{outline:3px solid #0b0c0c;outline-offset:2px}
input:focus-visible,button:focus-visible{outline:3px solid #ffdd00;box-shadow:0 0 0 6px #0b0c0c}
main:focus{outline:none}
/* Long Dutch compounds and e-mail addresses wrap rather than push the page sideways at 320 px (WCAG 2.1 SC 1.4.10). */
main{overflow-wrap:anywhere}
.koers-kruimel{font-size:.9375rem;margin-block-end:1rem}
.koers-peildatum{background:var(--koers-vlak);border-inline-start:4px solid var(--koers-primair);padding:1rem;margin-block:1rem 1.5rem}
.koers-peildatum label{display:block;font-weight:700;margin-block-end:.25rem}
.koers-rij{display:flex;flex-wrap:wrap;gap:.5rem;margin-block-end:.5rem}
.koers-peildatum p{margin:0}
.koers-peildatum input{font:inherit;padding:.375rem .5rem;border:2px solid #4b4b4b;border-radius:0;min-block-size:44px;background:#fff;color:var(--koers-tekst)}
.koers-knop{font:inherit;font-weight:700;min-block-size:44px;padding:.375rem 1.25rem;border:2px solid var(--koers-primair);background:var(--koers-primair);color:#fff;cursor:pointer}
.koers-knop:hover{background:#fff;color:var(--koers-primair)}
/* The drawing keeps its own size (12px labels) and scrolls inside its frame; shrunk to the page width its labels would be unreadable. */
.koers-organogram{margin:0 0 1rem;border:1px solid #d0d5db;background:#fff}
.koers-organogram__vlak{overflow:auto;max-block-size:70vh}
.koers-organogram svg{display:block}
.koers-organogram figcaption{padding:.5rem 1rem;background:var(--koers-vlak);font-size:.9375rem}
.koers-boom,.koers-boom ul{list-style:disc}
.koers-boom li{margin-block:.125rem}
.koers-soort{color:#4b4b4b;font-size:.9375rem}
.koers-eenheid{border-block-start:1px solid #d0d5db;padding-block:.25rem .75rem}
.koers-eenheid .utrecht-data-list{margin:.5rem 0}
.utrecht-data-list__item{display:grid;grid-template-columns:minmax(9rem,12rem) 1fr;gap:1rem}
.koers-eenheid dd{margin:0;overflow-wrap:anywhere}
.koers-inspring-1{margin-inline-start:1rem}.koers-inspring-2{margin-inline-start:2rem}.koers-inspring-3{margin-inline-start:3rem}
@media (max-width:40rem){.utrecht-data-list__item{grid-template-columns:1fr;gap:0}.koers-boom ul{padding-inline-start:1em}[class*=koers-inspring-]{margin-inline-start:0}.utrecht-heading-1{font-size:1.625rem}}
@media print{.koers-peildatum,.utrecht-skip-link,.koers-nav{display:none}}
`

export interface Stijl {
  css: string
  /** For the Content-Security-Policy: the one inline style block is allowed by its hash, nothing else. */
  hash: string
}

const cache = new Map<string, Stijl>()

export function stijlVoor(kleuren: Kleuren = KOERS_KLEUREN, lettertype: string | null = null): Stijl {
  if (![kleuren.primair, kleuren.link, kleuren.tekst].every((c) => HEX.test(c))) kleuren = KOERS_KLEUREN
  const key = JSON.stringify([kleuren, lettertype])
  let stijl = cache.get(key)
  if (!stijl) {
    const css = `${componentCss}\n${tokens(kleuren, lettertype)}\n${LAYOUT}`
    stijl = { css, hash: `'sha256-${createHash('sha256').update(css).digest('base64')}'` }
    cache.set(key, stijl)
  }
  return stijl
}
