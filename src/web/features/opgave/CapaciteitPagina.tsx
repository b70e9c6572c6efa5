// Capaciteit: the heatmap eenheid × kwartaal as a table (each cell asked / granted / available in
// words, a colour scale that is never the only cue, overload and conflict written out), the period
// in the URL (?van=&tot=), the conflicts with their claims by the opgaven's priority, and for who
// may prioritise (opgave.prioriteren, concernmanager) the ranking of the opgaven.
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { Button, Heading, Paragraph, Select, SelectOption, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react'
import { apiSend, apiUrl } from '../../api/client.ts'
import type { Conflicten, Heatmap, OpgaveSamenvatting } from '../../api/types.ts'
import { useApi } from '../../api/use-api.ts'
import { useApp, useHref, usePaginaTitel } from '../../app/app-context.ts'
import { AppLink } from '../../app/AppLink.tsx'
import { navigeer, useLocatie } from '../../app/navigation.ts'
import { metQuery } from '../../app/routes.ts'
import { heeftRecht, useSessie } from '../../app/sessie.ts'
import { FoutSamenvatting, Gelukt, useVersturen, Veld } from '../../components/Formulier.tsx'
import { ApiInhoud } from '../../components/Status.tsx'
import { getal, vandaag } from '../../lib/format.ts'
import { isKwartaal, kwartaalKort, kwartaalLabel, kwartaalPlus, kwartaalVan, kwartalenTussen } from '../../lib/kwartaal.ts'
import { BELASTING_WOORDEN, belasting, CLAIM_STATUSSEN, OPGAVE_STATUSSEN, verplaats, woord } from './woorden.ts'

export function CapaciteitPagina() {
  const { organisatieId } = useApp()
  const locatie = useLocatie()
  const stand = useSessie()
  usePaginaTitel('Capaciteit')
  const query = new URLSearchParams(locatie.search)
  const nu = kwartaalVan(vandaag())
  const van = isKwartaal(query.get('van')) ? query.get('van')! : nu
  const totQ = query.get('tot')
  const tot = isKwartaal(totQ) && kwartalenTussen(van, totQ).length > 0 ? totQ : kwartaalPlus(van, 3)
  const basis = `/organisaties/${organisatieId}`
  const heatmap = useApi<Heatmap>(apiUrl(`${basis}/capaciteit`, { van, tot }))
  const conflicten = useApi<Conflicten>(apiUrl(`${basis}/capaciteitsconflicten`, { van, tot }))
  const magPrioriteren = stand.status === 'ingelogd' && heeftRecht(stand.sessie, organisatieId, 'opgave.prioriteren')

  return (
    <>
      <div className="koers-paginakop">
        <div>
          <Heading level={1}>Capaciteit</Heading>
          <Paragraph className="koers-ondertitel">Wat opgaven per kwartaal aan eenheden vragen, wat de teammanagers toekennen en wat er nog beschikbaar is.</Paragraph>
        </div>
      </div>
      <Periode van={van} tot={tot} onToon={(v, t) => navigeer(metQuery(locatie.pathname + locatie.search, { van: v, tot: t }))} />
      <section className="koers-paneel" aria-labelledby="heatmap-kop">
        <Heading level={2} id="heatmap-kop">Vraag en aanbod per eenheid</Heading>
        <Legenda />
        <ApiInhoud stand={heatmap} wat="De capaciteit" niveau={3}>
          {(data) => data.eenheden.length === 0 ? <Paragraph className="koers-leeg">Geen claims op eenheden van {kwartaalLabel(van)} tot en met {kwartaalLabel(tot)}.</Paragraph> : <HeatmapTabel data={data} />}
        </ApiInhoud>
      </section>
      <section className="koers-paneel" aria-labelledby="conflicten-kop">
        <Heading level={2} id="conflicten-kop">Conflicten</Heading>
        <Paragraph>Waar opgaven samen meer vragen dan een eenheid heeft. De claims staan op prioriteit van de opgave, hoogste eerst.</Paragraph>
        <ApiInhoud stand={conflicten} wat="De conflicten" niveau={3}>
          {(data) => data.resultaten.length === 0 ? <Paragraph className="koers-leeg">Geen conflicten in deze periode.</Paragraph> : <ConflictenLijst data={data} />}
        </ApiInhoud>
      </section>
      {magPrioriteren && <Rangschikking onOpgeslagen={() => conflicten.opnieuw()} />}
    </>
  )
}

function Periode({ van, tot, onToon }: { van: string; tot: string; onToon: (van: string, tot: string) => void }) {
  const [v, setV] = useState(van)
  const [t, setT] = useState(tot)
  const [fout, setFout] = useState<string | null>(null)
  useEffect(() => { setV(van); setT(tot) }, [van, tot])
  const nu = kwartaalVan(vandaag())
  const keuzes = kwartalenTussen(kwartaalPlus(nu, -4), kwartaalPlus(nu, 12))
  const toon = (e: FormEvent) => {
    e.preventDefault()
    if (kwartalenTussen(v, t).length === 0) return setFout('Het laatste kwartaal moet op of na het eerste liggen.')
    setFout(null)
    onToon(v, t)
  }
  return (
    <form className="koers-formulier koers-periode" aria-label="Periode" onSubmit={toon} noValidate>
      <Veld naam="van" prefix="periode-" label="Van kwartaal">
        {(p) => <Select {...p} value={v} onChange={(e) => setV(e.target.value)}>{keuzes.map((k) => <SelectOption key={k} value={k}>{kwartaalLabel(k)}</SelectOption>)}</Select>}
      </Veld>
      <Veld naam="tot" prefix="periode-" label="Tot en met kwartaal" fouten={fout ? [fout] : undefined}>
        {(p) => <Select {...p} value={t} onChange={(e) => setT(e.target.value)}>{keuzes.map((k) => <SelectOption key={k} value={k}>{kwartaalLabel(k)}</SelectOption>)}</Select>}
      </Veld>
      <div className="koers-formulier__knoppen"><Button type="submit" appearance="secondary-action-button">Toon periode</Button></div>
    </form>
  )
}

function Legenda() {
  return (
    <ul className="koers-legenda" aria-label="Legenda van de kleuren">
      {(Object.keys(BELASTING_WOORDEN) as Array<keyof typeof BELASTING_WOORDEN>).map((k) => (
        <li key={k}><span className={`koers-legenda__vak koers-belasting--${k}`} aria-hidden="true" /> {BELASTING_WOORDEN[k]}</li>
      ))}
    </ul>
  )
}

function HeatmapTabel({ data }: { data: Heatmap }) {
  const { organisatieId } = useApp()
  const maakHref = useHref()
  return (
    <div className="koers-tabel-wrapper">
      <Table className="koers-heatmap">
        <TableCaption className="koers-visueel-verborgen">Capaciteit per eenheid en kwartaal: gevraagd, toegekend en beschikbaar in fte</TableCaption>
        <TableHeader><TableRow>
          <TableHeaderCell scope="col">Eenheid</TableHeaderCell>
          {data.kwartalen.map((k) => <TableHeaderCell key={k} scope="col"><abbr title={kwartaalLabel(k)}>{kwartaalKort(k)}</abbr></TableHeaderCell>)}
        </TableRow></TableHeader>
        <TableBody>
          {data.eenheden.map((e) => (
            <TableRow key={e.eenheidId}>
              <TableHeaderCell scope="row"><AppLink href={maakHref({ pagina: 'eenheid', organisatieId, eenheidId: e.eenheidId })}>{e.naam}</AppLink></TableHeaderCell>
              {e.cellen.map((c) => {
                const niveau = belasting(c)
                return (
                  <TableCell key={c.kwartaal} className={`koers-heatmap__cel koers-belasting--${niveau}`}>
                    <span className="koers-heatmap__regel">Gevraagd {getal(c.gevraagdFte)}</span>
                    <span className="koers-heatmap__regel">Toegekend {getal(c.toegekendFte)}</span>
                    <span className="koers-heatmap__regel">Beschikbaar {getal(c.beschikbaarFte)} van {getal(c.bezettingFte)}</span>
                    {c.overbelast && <span className="koers-vlag koers-vlag--fout">Overbelast</span>}
                    {c.conflict && !c.overbelast && <span className="koers-vlag koers-vlag--fout">Conflict</span>}
                  </TableCell>
                )
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  )
}

function ConflictenLijst({ data }: { data: Conflicten }) {
  const { organisatieId } = useApp()
  const maakHref = useHref()
  return (
    <ul className="koers-lijst-plat koers-conflicten">
      {data.resultaten.map((c) => (
        <li key={`${c.eenheidId}-${c.kwartaal}`}>
          <Heading level={3}>{c.eenheidNaam}, {kwartaalLabel(c.kwartaal)}</Heading>
          <Paragraph>Bezetting {getal(c.bezettingFte)} fte, gevraagd {getal(c.gevraagdFte)} fte: <strong>{getal(c.tekortFte)} fte tekort</strong>.</Paragraph>
          <ol aria-label={`Claims op ${c.eenheidNaam} in ${kwartaalLabel(c.kwartaal)}, op prioriteit`}>
            {c.claims.map((x) => (
              <li key={x.claimId}>
                <AppLink href={maakHref({ pagina: 'opgave', organisatieId, opgaveId: x.opgaveId })}>{x.opgaveNaam}</AppLink>
                {' '}<span className="koers-klein">prioriteit {x.prioriteit ?? 'geen'} · {getal(x.fte)} fte · {woord(CLAIM_STATUSSEN, x.status)}</span>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ul>
  )
}

/** The opgaven in order of priority, moved with "Omhoog"/"Omlaag" buttons and saved with PUT opgave-prioriteiten. */
function Rangschikking({ onOpgeslagen }: { onOpgeslagen: () => void }) {
  const { organisatieId } = useApp()
  const lijst = useApi<{ resultaten: OpgaveSamenvatting[] }>(apiUrl(`/organisaties/${organisatieId}/opgaven`))
  const [volgorde, setVolgorde] = useState<OpgaveSamenvatting[] | null>(null)
  const [melding, setMelding] = useState('')
  const [gelukt, setGelukt] = useState<string | null>(null)
  const focus = useRef<string | null>(null)
  const formulier = useVersturen(['volgorde'])
  useEffect(() => {
    if (lijst.data) setVolgorde(lijst.data.resultaten.filter((o) => o.status === 'actief' || o.status === 'verkenning' || o.prioriteit !== null)
      .sort((a, b) => (a.prioriteit ?? 1e9) - (b.prioriteit ?? 1e9) || a.naam.localeCompare(b.naam, 'nl')))
  }, [lijst.data])
  useEffect(() => {
    if (focus.current) document.getElementById(focus.current)?.focus()
    focus.current = null
  }, [volgorde])

  const beweeg = (index: number, richting: -1 | 1) => {
    if (!volgorde) return
    const nieuw = verplaats(volgorde, index, richting)
    const plaats = index + richting
    const item = nieuw[plaats]!
    const kanNogEens = richting === -1 ? plaats > 0 : plaats < nieuw.length - 1
    focus.current = `rang-${item.id}-${kanNogEens === (richting === -1) ? 'op' : 'neer'}`
    setGelukt(null)
    setVolgorde(nieuw)
    setMelding(`${item.naam} staat nu op plaats ${plaats + 1} van ${nieuw.length}.`)
  }
  const opslaan = async (e: FormEvent) => {
    e.preventDefault()
    if (!volgorde) return
    const ok = await formulier.verstuur(null, () => apiSend('PUT', apiUrl(`/organisaties/${organisatieId}/opgave-prioriteiten`), { volgorde: volgorde.map((o) => o.id) }))
    if (ok) {
      setGelukt(`De prioriteit is opgeslagen. Eerste: ${volgorde[0]?.naam ?? ''}.`)
      lijst.opnieuw()
      onOpgeslagen()
    }
  }
  return (
    <section className="koers-paneel" aria-labelledby="prioriteit-kop">
      <Heading level={2} id="prioriteit-kop">Prioriteit van de opgaven</Heading>
      <Paragraph>Zet de opgaven in volgorde van prioriteit (organisatiebesluit, concernmanager 4b). Bij een conflict gaat de claim van de hoogste prioriteit voor.</Paragraph>
      <FoutSamenvatting titel="De prioriteit is niet opgeslagen" fouten={formulier.fouten} labels={{ volgorde: 'Volgorde' }} prefix="rang-" houder={formulier.samenvatting} />
      <Gelukt>{gelukt}</Gelukt>
      <p className="koers-visueel-verborgen" aria-live="polite">{melding}</p>
      {volgorde === null ? <ApiInhoud stand={lijst} wat="De opgaven" niveau={3}>{() => null}</ApiInhoud> : volgorde.length === 0 ? <Paragraph className="koers-leeg">Geen lopende opgaven.</Paragraph> : (
        <form onSubmit={(e) => void opslaan(e)} aria-labelledby="prioriteit-kop">
          <ol className="koers-rangschikking" aria-label="Opgaven op prioriteit, hoogste eerst">
            {volgorde.map((o, i) => (
              <li key={o.id}>
                <span className="koers-rangschikking__naam">{o.naam} <span className="koers-klein">{woord(OPGAVE_STATUSSEN, o.status)}</span></span>
                <span className="koers-knopgroep">
                  <Button type="button" id={`rang-${o.id}-op`} appearance="secondary-action-button" disabled={i === 0} aria-label={`Omhoog: ${o.naam}`} onClick={() => beweeg(i, -1)}>Omhoog</Button>
                  <Button type="button" id={`rang-${o.id}-neer`} appearance="secondary-action-button" disabled={i === volgorde.length - 1} aria-label={`Omlaag: ${o.naam}`} onClick={() => beweeg(i, 1)}>Omlaag</Button>
                </span>
              </li>
            ))}
          </ol>
          <div className="koers-formulier__knoppen">
            <Button type="submit" appearance="primary-action-button" busy={formulier.bezig} disabled={formulier.bezig}>Prioriteit opslaan</Button>
          </div>
        </form>
      )}
    </section>
  )
}
