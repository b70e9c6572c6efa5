// The dossier of a voorstel (issue 6): the text with all its versions (and a form for a new one when
// the server allows it), the route as a timeline (every step with who took it, when, the outcome, the
// comment and who was at turn next), the meetings it is on the agenda of, and the steps this user may
// take now (the server says which): each its own small form (StapFormulier.tsx).
import { useState } from 'react'
import { DataList, DataListItem, DataListKey, DataListValue, Heading, Paragraph } from '@utrecht/component-library-react'
import { apiUrl } from '../../api/client.ts'
import type { Voorstel } from '../../api/types.ts'
import { useApi } from '../../api/use-api.ts'
import { useApp, useHref, usePaginaTitel } from '../../app/app-context.ts'
import { AppLink } from '../../app/AppLink.tsx'
import { Kruimelpad } from '../../components/Kruimelpad.tsx'
import { Gelukt } from '../../components/Formulier.tsx'
import { ApiInhoud } from '../../components/Status.tsx'
import { tijdstip } from '../../lib/format.ts'
import { StapFormulier } from './StapFormulier.tsx'
import { TekstFormulier } from './TekstFormulier.tsx'
import { moment, STAP_NAMEN, UITKOMSTEN, VOORSTEL_SOORTEN, VOORSTEL_STATUSSEN, woord } from './woorden.ts'

export function VoorstelPagina({ voorstelId }: { voorstelId: string }) {
  const { organisatieId } = useApp()
  const maakHref = useHref()
  const dossier = useApi<Voorstel>(apiUrl(`/organisaties/${organisatieId}/voorstellen/${voorstelId}`))
  const [bijgewerkt, setBijgewerkt] = useState<Voorstel | null>(null)
  const [melding, setMelding] = useState<string | null>(null)
  usePaginaTitel(dossier.data?.titel ?? (dossier.status === 'fout' ? 'Voorstel niet gevonden' : 'Voorstel'))
  const v = bijgewerkt ?? dossier.data
  if (dossier.status === 'fout' || v === null) {
    return <><Heading level={1}>Voorstel</Heading><ApiInhoud stand={dossier} wat="Het voorstel">{() => null}</ApiInhoud></>
  }
  const laatste = v.versies[v.versies.length - 1]
  const functie = (f: Voorstel['eigenaar']) => f === null ? <span className="koers-leeg">niemand</span> : <>{f.naam}{f.houders.length > 0 ? ` (${f.houders.map((h) => h.naam).join(', ')})` : ''}</>

  return (
    <>
      <Kruimelpad stappen={[{ label: 'Voorstellen', href: maakHref({ pagina: 'voorstellen', organisatieId }) }, { label: v.titel, href: maakHref({ pagina: 'voorstel', organisatieId, voorstelId }) }]} />
      <div className="koers-paginakop">
        <div>
          <span className="koers-bovenschrift">{woord(VOORSTEL_SOORTEN, v.soort)}</span>
          <Heading level={1}>{v.titel}</Heading>
          <Paragraph className="koers-ondertitel">Status: <strong>{woord(VOORSTEL_STATUSSEN, v.status)}</strong>{v.uitkomst ? ` — ${woord(UITKOMSTEN, v.uitkomst).toLowerCase()}` : ''}</Paragraph>
        </div>
      </div>
      <div className="koers-gelukt"><Gelukt>{melding}</Gelukt></div>
      <div className="koers-kolommen">
        <div>
          <section className="koers-paneel" aria-labelledby="tekst-kop">
            <Heading level={2} id="tekst-kop">Tekst (versie {laatste?.versie ?? 1})</Heading>
            <div className="koers-voorsteltekst">{laatste?.tekst}</div>
            {v.versies.length > 1 && (
              <details>
                <summary>Eerdere versies ({v.versies.length - 1})</summary>
                {v.versies.slice(0, -1).reverse().map((x) => (
                  <div key={x.versie}>
                    <Heading level={3}>Versie {x.versie}, {tijdstip(x.aangemaaktOp)}{x.auteur.naam ? `, ${x.auteur.naam}` : ''}</Heading>
                    <div className="koers-voorsteltekst">{x.tekst}</div>
                  </div>
                ))}
              </details>
            )}
          </section>
          {v.tekstWijzigen && (
            <TekstFormulier key={v.versies.length} voorstel={v}
              onOpgeslagen={(nieuw) => { setBijgewerkt(nieuw); setMelding(`Versie ${nieuw.versies.length} van de tekst is opgeslagen.`) }} />
          )}
          <section className="koers-paneel" aria-labelledby="route-kop">
            <Heading level={2} id="route-kop">Route</Heading>
            <ol className="koers-tijdlijn" aria-label="De route van het voorstel, oudste stap eerst">
              {v.stappen.map((s) => (
                <li key={s.id}>
                  <Heading level={3}>{woord(STAP_NAMEN, s.handeling)}{s.uitkomst ? `: ${woord(UITKOMSTEN, s.uitkomst).toLowerCase()}` : ''}</Heading>
                  <Paragraph className="koers-klein">{tijdstip(s.tijdstip)} door {s.door.naam ?? s.door.actor} · daarna {woord(VOORSTEL_STATUSSEN, s.stap).toLowerCase()}, aan zet: {functie(s.eigenaar)}</Paragraph>
                  {s.opmerking && <Paragraph>“{s.opmerking}”</Paragraph>}
                </li>
              ))}
            </ol>
          </section>
        </div>
        <div>
          <section className="koers-paneel" aria-labelledby="gegevens-kop">
            <Heading level={2} id="gegevens-kop">Gegevens</Heading>
            <DataList>
              <DataListItem><DataListKey>Opsteller</DataListKey><DataListValue>{v.opsteller.naam}, {v.eenheid.naam}</DataListValue></DataListItem>
              <DataListItem><DataListKey>Aan zet</DataListKey><DataListValue>{functie(v.eigenaar)}</DataListValue></DataListItem>
              <DataListItem><DataListKey>Portefeuille</DataListKey><DataListValue>{v.portefeuille ? <>{v.portefeuille.naam}{v.portefeuille.portefeuillehouder ? <> — {functie(v.portefeuille.portefeuillehouder)}</> : null}</> : 'Geen'}</DataListValue></DataListItem>
            </DataList>
            <Heading level={3}>Op de agenda</Heading>
            {v.agendapunten.length === 0 ? <Paragraph className="koers-leeg">Nog op geen agenda.</Paragraph> : (
              <ul className="koers-lijst-plat">
                {[...v.agendapunten].sort((a, b) => a.begin.localeCompare(b.begin)).map((a) => (
                  <li key={a.id}>
                    <AppLink href={maakHref({ pagina: 'vergadering', organisatieId, vergaderingId: a.vergaderingId })}>{a.overleg}</AppLink>
                    <span className="koers-klein"><br />{moment(a.begin)} · {a.status === 'besloten' ? `besloten: ${woord(UITKOMSTEN, a.uitkomst).toLowerCase()}`
                      : a.vergaderingStatus === 'gesloten' || a.vergaderingStatus === 'geannuleerd' ? `vergadering ${a.vergaderingStatus}` : 'open'}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="koers-paneel" aria-labelledby="stappen-kop">
            <Heading level={2} id="stappen-kop">Volgende stap</Heading>
            {v.volgendeStappen.length === 0
              ? <Paragraph className="koers-leeg">{v.status === 'besloten' || v.status === 'teruggetrokken' ? 'De route is afgerond.' : 'U bent nu niet aan zet.'}</Paragraph>
              : v.volgendeStappen.map((s) => (
                <StapFormulier key={s.handeling} voorstel={v} handeling={s.handeling} omschrijving={s.omschrijving}
                  onGezet={(nieuw) => { setBijgewerkt(nieuw); setMelding(`${woord(STAP_NAMEN, s.handeling)}. Status nu: ${woord(VOORSTEL_STATUSSEN, nieuw.status).toLowerCase()}.`) }} />
              ))}
          </section>
        </div>
      </div>
    </>
  )
}
