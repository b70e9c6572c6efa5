// A Dutch HTML page for errors on the public pages: a reader who follows an old link or types a
// wrong date gets a page that says what is wrong and where to go, not a JSON problem document.
import { html, type SafeHtml } from './html.ts'

const TITELS: Record<number, string> = {
  400: 'Dit verzoek klopt niet',
  404: 'Pagina niet gevonden',
  500: 'Er ging iets mis',
}

export function foutTitel(status: number): string {
  return TITELS[status] ?? 'Er ging iets mis'
}

export function foutpagina(status: number, uitleg: string): SafeHtml {
  return html`<h1 class="utrecht-heading-1">${foutTitel(status)}</h1>
<p class="utrecht-paragraph utrecht-paragraph--lead">${uitleg}</p>
<p class="utrecht-paragraph">Ga naar <a class="utrecht-link utrecht-link--html-a" href="/organisatie">de organisatie en haar contactgegevens</a>.</p>
<p class="utrecht-paragraph koers-soort">Foutcode ${status}.</p>`
}
