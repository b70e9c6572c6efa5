// One overleg (issue 6): who sits in it, its coming meetings, for who may manage its meetings
// (vergadering.beheren or the chair) "Vergaderingen plannen" and "Nieuwe vergadering", and for
// everyone "Agenda in mijn kalender": a secret feed URL, shown once.
import { useState, type FormEvent } from 'react'
import { Alert, Button, DataList, DataListItem, DataListKey, DataListValue, Heading, Paragraph } from '@utrecht/component-library-react'
import { apiSend, apiUrl } from '../../api/client.ts'
import type { NieuweAgendaFeed, Overleg, Vergadering, VergaderingKort } from '../../api/types.ts'
import { useApi } from '../../api/use-api.ts'
import { useApp, useHref, usePaginaTitel } from '../../app/app-context.ts'
import { AppLink } from '../../app/AppLink.tsx'
import { navigeer } from '../../app/navigation.ts'
import { heeftRecht, useSessie } from '../../app/sessie.ts'
import { Kruimelpad } from '../../components/Kruimelpad.tsx'
import { controleer, FoutSamenvatting, Gelukt, metType, useVersturen, Veld } from '../../components/Formulier.tsx'
import { ApiInhoud } from '../../components/Status.tsx'
import { Textbox } from '@utrecht/component-library-react'
import { cadansInWoorden, MODI, moment, OVERLEG_SOORTEN, ROLLEN, VERGADERING_STATUSSEN, woord } from './woorden.ts'

export function OverlegPagina({ overlegId }: { overlegId: string }) {
  const { organisatieId } = useApp()
  const maakHref = useHref()
  const stand = useSessie()
  const basis = `/organisaties/${organisatieId}`
  const overleg = useApi<Overleg>(apiUrl(`${basis}/overleggen/${overlegId}`))
  const tot = new Date(Date.now() + 92 * 86_400_000).toISOString().slice(0, 10)
  const van = new Date().toISOString().slice(0, 10)
  const vergaderingen = useApi<{ resultaten: VergaderingKort[] }>(apiUrl(`${basis}/vergaderingen`, { overlegId, van, tot }))
  usePaginaTitel(overleg.data?.naam ?? (overleg.status === 'fout' ? 'Overleg niet gevonden' : 'Overleg'))
  const o = overleg.data
  if (overleg.status === 'fout' || o === null) {
    return <><Heading level={1}>Overleg</Heading><ApiInhoud stand={overleg} wat="Het overleg">{() => null}</ApiInhoud></>
  }
  const sessie = stand.status === 'ingelogd' ? stand.sessie : null
  const magBeheren = sessie !== null && (heeftRecht(sessie, organisatieId, 'vergadering.beheren') || o.deelnemers.some((d) => d.rol === 'voorzitter' && d.persoonId === sessie.account.persoonId))

  return (
    <>
      <Kruimelpad stappen={[{ label: 'Overleggen', href: maakHref({ pagina: 'overleggen', organisatieId }) }, { label: o.naam, href: maakHref({ pagina: 'overleg', organisatieId, overlegId }) }]} />
      <div className="koers-paginakop">
        <div>
          <span className="koers-bovenschrift">{woord(OVERLEG_SOORTEN, o.soort)} · {woord(MODI, o.modus).toLowerCase()}</span>
          <Heading level={1}>{o.naam}</Heading>
          <Paragraph className="koers-ondertitel">{cadansInWoorden(o.rrule)}{o.locatie ? ` · ${o.locatie}` : ''}{o.quorum ? ` · quorum ${o.quorum}` : ''}{o.besluitregel === 'meerderheid_voorzitter_beslist' ? ' · bij staken van stemmen beslist de voorzitter' : ''}</Paragraph>
        </div>
      </div>
      <div className="koers-kolommen">
        <div>
          <section className="koers-paneel" aria-labelledby="vergaderingen-kop">
            <Heading level={2} id="vergaderingen-kop">Komende vergaderingen</Heading>
            <ApiInhoud stand={vergaderingen} wat="De vergaderingen" niveau={3}>
              {(data) => data.resultaten.length === 0 ? <Paragraph className="koers-leeg">Geen vergaderingen in de komende drie maanden.</Paragraph> : (
                <ul className="koers-lijst-plat" aria-label="Komende vergaderingen">
                  {data.resultaten.map((x) => (
                    <li key={x.id}><AppLink href={maakHref({ pagina: 'vergadering', organisatieId, vergaderingId: x.id })}>{moment(x.begin)}</AppLink> <span className="koers-klein">{woord(VERGADERING_STATUSSEN, x.status)}</span></li>
                  ))}
                </ul>
              )}
            </ApiInhoud>
            {magBeheren && <PlanFormulieren overleg={o} onGepland={vergaderingen.opnieuw} />}
          </section>
        </div>
        <div>
          <section className="koers-paneel" aria-labelledby="deelnemers-kop">
            <Heading level={2} id="deelnemers-kop">Deelnemers ({o.deelnemers.length})</Heading>
            <DataList>
              {(['voorzitter', 'lid', 'adviseur'] as const).map((rol) => {
                const wie = o.deelnemers.filter((d) => d.rol === rol)
                return wie.length === 0 ? null : (
                  <DataListItem key={rol}><DataListKey>{woord(ROLLEN, rol)}</DataListKey><DataListValue>{wie.map((d) => `${d.naam}${d.vervanging ? ` (${d.vervanging})` : ''}`).join(', ')}</DataListValue></DataListItem>
                )
              })}
            </DataList>
          </section>
          <AgendaFeed overlegId={overlegId} />
        </div>
      </div>
    </>
  )
}

function PlanFormulieren({ overleg, onGepland }: { overleg: Overleg; onGepland: () => void }) {
  const { organisatieId } = useApp()
  const maakHref = useHref()
  const [tot, setTot] = useState(new Date(Date.now() + 92 * 86_400_000).toISOString().slice(0, 10))
  const [begin, setBegin] = useState('')
  const [melding, setMelding] = useState<string | null>(null)
  const plan = useVersturen(['tot'])
  const nieuw = useVersturen(['begin'])
  const pad = `/organisaties/${organisatieId}/overleggen/${overleg.id}`

  const planVerstuur = async (e: FormEvent) => {
    e.preventDefault()
    await plan.verstuur(null, async () => {
      const r = await apiSend<{ aangemaakt: number }>('POST', apiUrl(`${pad}/vergaderplanning`), { tot })
      setMelding(`${r.aangemaakt} ${r.aangemaakt === 1 ? 'vergadering' : 'vergaderingen'} gepland.`)
      onGepland()
    })
  }
  const nieuwVerstuur = async (e: FormEvent) => {
    e.preventDefault()
    const fouten = controleer({ begin: begin === '' && 'Vul datum en tijd van de vergadering in.' })
    if (Object.keys(fouten).length > 0) return nieuw.toonFouten({ velden: fouten, algemeen: [] })
    let v: Vergadering | null = null
    const ok = await nieuw.verstuur(null, async () => { v = await apiSend<Vergadering>('POST', apiUrl(`${pad}/vergaderingen`), { begin: new Date(begin).toISOString() }) })
    if (ok && v) navigeer(maakHref({ pagina: 'vergadering', organisatieId, vergaderingId: (v as Vergadering).id }))
  }

  return (
    <>
      <Gelukt>{melding}</Gelukt>
      {overleg.rrule && <>
        <Heading level={3} id="plan-kop" className="koers-formulier-kop">Vergaderingen plannen</Heading>
        <FoutSamenvatting titel="Er is niets gepland" fouten={plan.fouten} labels={{ tot: 'Tot en met' }} prefix="plan-" houder={plan.samenvatting} />
        <form className="koers-formulier" aria-labelledby="plan-kop" onSubmit={(e) => void planVerstuur(e)} noValidate>
          <Veld naam="tot" prefix="plan-" label="Tot en met" omschrijving={`Volgens de cadans: ${cadansInWoorden(overleg.rrule).toLowerCase()}. Bestaande vergaderingen blijven staan.`} fouten={plan.fouten.velden.tot}>
            {(p) => <Textbox {...p} type="date" ref={metType('date')} value={tot} onChange={(e) => setTot(e.target.value)} />}
          </Veld>
          <div className="koers-formulier__knoppen"><Button type="submit" appearance="secondary-action-button" busy={plan.bezig} disabled={plan.bezig}>Vergaderingen plannen</Button></div>
        </form>
      </>}
      <Heading level={3} id="nieuw-kop" className="koers-formulier-kop">Nieuwe vergadering</Heading>
      <FoutSamenvatting titel="De vergadering is niet aangemaakt" fouten={nieuw.fouten} labels={{ begin: 'Begin' }} prefix="nieuw-" houder={nieuw.samenvatting} />
      <form className="koers-formulier" aria-labelledby="nieuw-kop" onSubmit={(e) => void nieuwVerstuur(e)} noValidate>
        <Veld naam="begin" prefix="nieuw-" label="Begin" fouten={nieuw.fouten.velden.begin}>
          {(p) => <Textbox {...p} type="datetime-local" ref={metType('datetime-local')} value={begin} onChange={(e) => setBegin(e.target.value)} />}
        </Veld>
        <div className="koers-formulier__knoppen"><Button type="submit" appearance="secondary-action-button" busy={nieuw.bezig} disabled={nieuw.bezig}>Vergadering aanmaken</Button></div>
      </form>
    </>
  )
}

/** "Agenda in mijn kalender": creates a secret feed for this overleg and shows its URL once. */
function AgendaFeed({ overlegId }: { overlegId: string }) {
  const { organisatieId } = useApp()
  const [feed, setFeed] = useState<NieuweAgendaFeed | null>(null)
  const formulier = useVersturen([])
  const maak = () => void formulier.verstuur(null, async () => {
    setFeed(await apiSend<NieuweAgendaFeed>('POST', apiUrl(`/organisaties/${organisatieId}/agenda-feeds`), { overlegId }))
  })
  return (
    <section className="koers-paneel" aria-labelledby="kalender-kop">
      <Heading level={2} id="kalender-kop">In uw kalender</Heading>
      <Paragraph>Abonneer uw agenda (Outlook, Google, Apple) op de vergaderingen van dit overleg. Het adres is geheim: deel het niet.</Paragraph>
      <FoutSamenvatting titel="Er is geen kalenderadres gemaakt" fouten={formulier.fouten} labels={{}} houder={formulier.samenvatting} />
      {feed ? (
        <div role="status">
          <Alert type="ok" role="none">
            <Paragraph>Uw kalenderadres (alleen nu zichtbaar; Koers bewaart het niet):</Paragraph>
            <Paragraph><code className="koers-code koers-feed-url">{feed.url}</code></Paragraph>
          </Alert>
        </div>
      ) : <Button type="button" appearance="secondary-action-button" busy={formulier.bezig} disabled={formulier.bezig} onClick={maak}>Agenda in mijn kalender</Button>}
    </section>
  )
}
