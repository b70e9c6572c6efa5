// GET /organisatie/eenheden/:eenheidId: one eenheid's public page, where the organogram's nodes
// link to. What it does, where it hangs, who leads it (by functie; by name only for public office
// holders), what kinds of posts it has (names and numbers, never who holds them) and its contact
// details (Regeling actieve openbaarmaking 2.2.2 lid 3).
import { html, raw, type SafeHtml } from './html.ts'
import { ambtenLijst, contactLijst, eenheidHref, soortNaam } from './eenheid-weergave.ts'
import type { PubliekeEenheidPagina } from './load-publieke-organisatie.ts'
import type { OrganogramWeergave } from './organisatie-pagina.ts'
import { datumTekst } from './publiek-pagina.ts'

export interface EenheidPaginaOpties {
  data: PubliekeEenheidPagina
  organisatieNaam: string
  /** '' for today, or '?peildatum=…' when the reader chose a date. */
  peildatumQuery: string
  organogram: OrganogramWeergave | null
}

export function eenheidPagina(o: EenheidPaginaOpties): SafeHtml {
  const { eenheid: e, ambten, functieSoorten } = o.data
  const pq = o.peildatumQuery
  const link = (id: string, naam: string) => html`<a class="utrecht-link utrecht-link--html-a" href="${eenheidHref(id, pq)}">${naam}</a>`
  const ambtenHtml = ambtenLijst(ambten)
  const { uitgaand, inkomend } = e.functioneleLijnen
  return html`<p class="koers-kruimel"><a class="utrecht-link utrecht-link--html-a" href="/organisatie${pq}#e-${e.id}">Terug naar de organisatie van ${o.organisatieNaam}</a></p>
<h1 class="utrecht-heading-1">${e.naam}${e.afkorting ? html` (${e.afkorting})` : ''}</h1>
<p class="utrecht-paragraph utrecht-paragraph--lead">${soortNaam(e.soort)} van ${o.organisatieNaam}${e.bovenEenheid ? html`, onderdeel van ${link(e.bovenEenheid.id, e.bovenEenheid.naam)}` : ''}. Stand op ${datumTekst(e.peildatum)}.</p>
${e.omschrijving ? html`<h2 class="utrecht-heading-2">Wat doet ${e.naam}?</h2><p class="utrecht-paragraph">${e.omschrijving}</p>` : ''}
<h2 class="utrecht-heading-2">Contact</h2>
${contactLijst(e.contact, `Contactgegevens ${e.naam}`)}
${ambtenHtml ? html`<h2 class="utrecht-heading-2">${e.soort === 'bestuursorgaan' || e.soort === 'fractie' ? 'Samenstelling' : 'Leiding'}</h2>${ambtenHtml}` : ''}
${functieSoorten.length > 0
    ? html`<h2 class="utrecht-heading-2">Functies</h2>
<p class="utrecht-paragraph">Welke functies deze eenheid heeft, met hun aantal. Namen van medewerkers publiceren wij niet.</p>
<ul class="utrecht-unordered-list">${functieSoorten.map((f) => html`<li class="utrecht-unordered-list__item">${f.naam}${f.aantal > 1 ? ` (${f.aantal})` : ''}</li>`)}</ul>`
    : ''}
<h2 class="utrecht-heading-2">Plaats in de organisatie</h2>
<p class="utrecht-paragraph">${e.bovenEenheid ? html`Valt hiërarchisch onder ${link(e.bovenEenheid.id, e.bovenEenheid.naam)}.` : 'Staat bovenaan in de organisatie.'}</p>
${e.onderliggendeEenheden.length > 0
    ? html`<h3 class="utrecht-heading-3">Onderdelen van ${e.naam}</h3><ul class="utrecht-unordered-list">${e.onderliggendeEenheden.map((k) => html`<li class="utrecht-unordered-list__item">${link(k.id, k.naam)} <span class="koers-soort">(${soortNaam(k.soort).toLowerCase()})</span></li>`)}</ul>`
    : ''}
${uitgaand.length > 0
    ? html`<h3 class="utrecht-heading-3">Functioneel aangestuurd door</h3><ul class="utrecht-unordered-list">${uitgaand.map((l) => html`<li class="utrecht-unordered-list__item">${link(l.eenheidId, l.naam)}${l.omschrijving ? html`: ${l.omschrijving}` : ''}</li>`)}</ul>`
    : ''}
${inkomend.length > 0
    ? html`<h3 class="utrecht-heading-3">Stuurt functioneel aan</h3><ul class="utrecht-unordered-list">${inkomend.map((l) => html`<li class="utrecht-unordered-list__item">${link(l.eenheidId, l.naam)}${l.omschrijving ? html`: ${l.omschrijving}` : ''}</li>`)}</ul>`
    : ''}
${o.organogram
    ? html`<h3 class="utrecht-heading-3">Organogram van ${e.naam}</h3>
<figure class="koers-organogram" aria-labelledby="organogram-bijschrift"><div class="koers-organogram__vlak">${raw(o.organogram.svg)}</div>
<figcaption id="organogram-bijschrift">${e.naam} en de onderdelen eronder. De lijsten hierboven geven dezelfde opbouw in tekst.</figcaption></figure>`
    : ''}
`
}
