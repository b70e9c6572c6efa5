// Pieces of markup shared by the organisation page and the eenheid page: the Dutch name of a soort,
// the contact details, and the office holders of an eenheid.
import type { EenheidSoort } from '../../db/schema.ts'
import { html, type SafeHtml } from './html.ts'
import type { Ambt, PubliekeEenheid } from './load-publieke-organisatie.ts'

const SOORTEN: Record<EenheidSoort, string> = {
  concerndirectie: 'Concerndirectie', concernstaf: 'Concernstaf', directie: 'Directie', domein: 'Domein', afdeling: 'Afdeling',
  team: 'Team', uitvoeringsorganisatie: 'Uitvoeringsorganisatie', programmabureau: 'Programmabureau',
  bestuursorgaan: 'Bestuursorgaan', fractie: 'Fractie', griffie: 'Griffie', overig: 'Overige eenheid',
}

export const soortNaam = (soort: EenheidSoort) => SOORTEN[soort] ?? soort

export function eenheidHref(id: string, peildatumQuery: string): string {
  return `/organisatie/eenheden/${encodeURIComponent(id)}${peildatumQuery}`
}

/** Only http(s) links become links; anything else in the data is shown as text. */
function veiligeUrl(url: string): string | null {
  try {
    const u = new URL(url)
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.toString() : null
  } catch {
    return null
  }
}

type ContactVelden = PubliekeEenheid['contact']

function rij(label: string, waarde: SafeHtml | string): SafeHtml {
  return html`<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${label}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${waarde}</dd></div>`
}

export function contactLijst(c: ContactVelden, label: string): SafeHtml {
  const rijen: SafeHtml[] = []
  if (c.email) rijen.push(rij('E-mail', html`<a class="utrecht-link utrecht-link--html-a" href="mailto:${c.email}">${c.email}</a>`))
  if (c.telefoon) rijen.push(rij('Telefoon', html`<a class="utrecht-link utrecht-link--html-a utrecht-link--telephone" href="tel:${c.telefoon.replace(/[^0-9+]/g, '')}">${c.telefoon}</a>`))
  if (c.bezoekadres) rijen.push(rij('Bezoekadres', c.bezoekadres))
  if (c.postadres) rijen.push(rij('Postadres', c.postadres))
  if (c.website) {
    const url = veiligeUrl(c.website)
    rijen.push(rij('Website', url ? html`<a class="utrecht-link utrecht-link--html-a" href="${url}">${c.website}</a>` : c.website))
  }
  if (rijen.length === 0) return html`<p class="utrecht-paragraph">Deze eenheid heeft geen eigen contactgegevens; neem contact op via de algemene gegevens van de organisatie.</p>`
  return html`<dl class="utrecht-data-list utrecht-data-list--rows" aria-label="${label}">${rijen}</dl>`
}

function houderTekst(h: Ambt['houders'][number]): string {
  if (h.vervanging === 'loco') return `${h.naam} (loco)`
  if (h.vervanging === 'waarnemer') return `${h.naam} (waarnemend)`
  return h.naam
}

/**
 * One line per office: the functie, its holders by name where the office is public
 * (publieke-ambten.ts), and the portefeuilles of a college member. A leading functie of an
 * ordinary eenheid shows only its name.
 */
export function ambtenLijst(ambten: Ambt[]): SafeHtml | null {
  if (ambten.length === 0) return null
  // Seats of the same kind (the raadsleden of a fractie) read better as one line than as 8.
  const samengevoegd: Ambt[] = []
  for (const a of ambten) {
    const vorige = samengevoegd.at(-1)
    const zetel = (x: Ambt) => x.publiek && !x.leidinggevend && x.portefeuilles.length === 0
    if (vorige && zetel(vorige) && zetel(a) && vorige.functie === a.functie) vorige.houders = [...vorige.houders, ...a.houders]
    else samengevoegd.push({ ...a })
  }
  const items = samengevoegd.map((a) => {
    const houders = a.publiek
      ? a.houders.length > 0 ? html`: ${a.houders.map(houderTekst).join(', ')}` : html`: niet bezet`
      : ''
    const portefeuilles = a.portefeuilles.length > 0 ? html`<br><span class="koers-soort">Portefeuille: ${a.portefeuilles.join(', ')}</span>` : ''
    return html`<li class="utrecht-unordered-list__item">${a.functie}${houders}${portefeuilles}</li>`
  })
  return html`<ul class="utrecht-unordered-list">${items}</ul>`
}
