// GET /organisatie: the organisation as the Woo asks it to be published (Woo art. 3.3 lid 1d and
// 1e; Regeling actieve openbaarmaking 2.2.2): an organogram (lid 1 and 2: if there is one, publish
// it), the same structure as a nested list (its text alternative, WCAG 2.1 SC 1.1.1), and every
// eenheid described separately with its own contact details (lid 3), grouped by the tree.
import { html, raw, type SafeHtml } from './html.ts'
import { ambtenLijst, contactLijst, eenheidHref, soortNaam } from './eenheid-weergave.ts'
import type { PubliekeEenheid, PubliekeOrganisatie } from './load-publieke-organisatie.ts'
import { datumTekst } from './publiek-pagina.ts'

export interface OrganogramWeergave {
  /** Inline SVG produced by the organogram module (Koers's own markup, not data). */
  svg: string
  downloads: { label: string; href: string }[]
}

export interface OrganisatiePaginaOpties {
  data: PubliekeOrganisatie
  /** The peildatum was chosen by the reader (not today's date): keep it in links. */
  peildatumGekozen: boolean
  /** The organisatie was chosen by the reader: keep it in the form and links. */
  organisatieRef: string | undefined
  organogram: OrganogramWeergave | null
}

/** The text alternative: the depth-first list as nested <ul>s, with the functional lines in words. */
function boomLijst(eenheden: PubliekeEenheid[], pq: string): SafeHtml {
  let out = '<ul class="utrecht-unordered-list koers-boom">'
  let diepte = 0
  eenheden.forEach((e, i) => {
    if (i > 0) {
      if (e.diepte > diepte) out += '<ul class="utrecht-unordered-list utrecht-unordered-list--nested">'
      else out += '</li>' + '</ul></li>'.repeat(diepte - e.diepte)
    }
    diepte = e.diepte
    const functioneel = e.functioneelAangestuurdDoor.length
      ? html`; functioneel aangestuurd door ${e.functioneelAangestuurdDoor.map((f) => f.naam).join(', ')}`
      : ''
    out += html`<li><a class="utrecht-link utrecht-link--html-a" href="${eenheidHref(e.id, pq)}">${e.naam}</a> <span class="koers-soort">(${soortNaam(e.soort).toLowerCase()}${functioneel})</span>`.value
  })
  if (eenheden.length > 0) out += '</li>' + '</ul></li>'.repeat(diepte)
  return raw(`${out}</ul>`)
}

/** h3 for the top of the tree, one level deeper per tree level, at most h6 (headings stay in order). */
function kop(diepte: number, id: string, inhoud: SafeHtml): SafeHtml {
  const n = Math.min(3 + diepte, 6)
  return raw(`<h${n} class="utrecht-heading-${n}" id="${id}">${inhoud.value}</h${n}>`)
}

function eenheidBeschrijving(e: PubliekeEenheid, pq: string): SafeHtml {
  const ambten = ambtenLijst(e.ambten)
  const plaats = e.boven
    ? html`Valt onder <a class="utrecht-link utrecht-link--html-a" href="#e-${e.boven.id}">${e.boven.naam}</a>.`
    : html`Staat bovenaan in de organisatie.`
  const functioneel = e.functioneelAangestuurdDoor.length
    ? html` Wordt functioneel aangestuurd door ${e.functioneelAangestuurdDoor.map((f, i) => html`${i > 0 ? ', ' : ''}<a class="utrecht-link utrecht-link--html-a" href="#e-${f.id}">${f.naam}</a>`)}.`
    : ''
  return html`<section class="koers-eenheid koers-inspring-${Math.min(e.diepte, 3)}">
${kop(e.diepte, `e-${e.id}`, html`${e.naam}${e.afkorting ? html` (${e.afkorting})` : ''}`)}
<p class="utrecht-paragraph koers-soort">${soortNaam(e.soort)}. ${plaats}${functioneel}</p>
${e.omschrijving ? html`<p class="utrecht-paragraph">${e.omschrijving}</p>` : ''}
${ambten ? html`<p class="utrecht-paragraph"><strong>${e.soort === 'bestuursorgaan' || e.soort === 'fractie' ? 'Samenstelling' : 'Leiding'}</strong></p>${ambten}` : ''}
${contactLijst(e.contact, `Contactgegevens ${e.naam}`)}
<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="${eenheidHref(e.id, pq)}">Meer over ${e.naam}</a></p>
</section>`
}

export function organisatiePagina(o: OrganisatiePaginaOpties): SafeHtml {
  const { organisatie, peildatum, eenheden } = o.data
  const pq = o.peildatumGekozen ? `?peildatum=${peildatum}` : ''
  const org = organisatie
  return html`<h1 class="utrecht-heading-1">Organisatie van ${org.naam}</h1>
<p class="utrecht-paragraph utrecht-paragraph--lead">Hoe ${org.naam} is georganiseerd, wat elk onderdeel doet en hoe u het bereikt. U ziet de organisatie op ${datumTekst(peildatum)}.</p>
<form class="koers-peildatum" method="get" action="/organisatie">
${o.organisatieRef ? html`<input type="hidden" name="organisatie" value="${o.organisatieRef}">` : ''}
<label for="peildatum">Organisatie op datum</label>
<div class="koers-rij"><input id="peildatum" name="peildatum" type="date" value="${peildatum}" min="1900-01-01" max="2999-12-31" aria-describedby="peildatum-uitleg">
<button class="koers-knop" type="submit">Toon</button></div>
<p class="utrecht-paragraph" id="peildatum-uitleg">Kies een datum in het verleden om te zien hoe de organisatie toen was, of in de toekomst voor vastgestelde wijzigingen.</p>
</form>
<h2 class="utrecht-heading-2" id="organogram">Organogram</h2>
${o.organogram
    ? html`<figure class="koers-organogram" aria-labelledby="organogram-bijschrift">
<div class="koers-organogram__vlak">${raw(o.organogram.svg)}</div>
<figcaption id="organogram-bijschrift">Organogram van ${org.naam} op ${datumTekst(peildatum)}. Doorgetrokken lijnen zijn hiërarchisch, gestippelde lijnen functioneel. Dezelfde opbouw staat hieronder als lijst.</figcaption>
</figure>
<ul class="utrecht-unordered-list">${o.organogram.downloads.map((d) => html`<li><a class="utrecht-link utrecht-link--html-a" href="${d.href}" download>${d.label}</a></li>`)}</ul>`
    : ''}
<h2 class="utrecht-heading-2" id="opbouw">Opbouw van de organisatie</h2>
<p class="utrecht-paragraph">${eenheden.length} onderdelen, in hun hiërarchie.${o.organogram ? ' Deze lijst is de tekstversie van het organogram.' : ''}</p>
${boomLijst(eenheden, pq)}
<h2 class="utrecht-heading-2" id="onderdelen">Onderdelen en contactgegevens</h2>
<p class="utrecht-paragraph">Wat elk onderdeel doet en hoe u het bereikt. Algemene vragen: ${org.telefoon ? html`telefoon <a class="utrecht-link utrecht-link--html-a utrecht-link--telephone" href="tel:${org.telefoon.replace(/[^0-9+]/g, '')}">${org.telefoon}</a>` : ''}${org.telefoon && org.email ? ', ' : ''}${org.email ? html`e-mail <a class="utrecht-link utrecht-link--html-a" href="mailto:${org.email}">${org.email}</a>` : ''}${org.bezoekadres ? html`, ${org.bezoekadres}` : ''}.</p>
${eenheden.map((e) => eenheidBeschrijving(e, pq))}
`
}
