// The forms on an opgave page for who may manage it: a voortgangsrapportage (kept next to the
// earlier ones), a meting of a doel's indicator, and a capaciteitsclaim on an eenheid (found by
// searching) with one row per quarter and FTE.
import { useState, type FormEvent } from 'react'
import { Button, Fieldset, FieldsetLegend, Heading, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react'
import { apiSend, apiUrl } from '../../api/client.ts'
import type { Claim, Oordeel, Opgave } from '../../api/types.ts'
import { useApp } from '../../app/app-context.ts'
import { controleer, FoutSamenvatting, Gelukt, metType, useVersturen, Veld } from '../../components/Formulier.tsx'
import { EenheidZoeker, type Keuze } from '../../components/Zoeker.tsx'
import { getal, vandaag } from '../../lib/format.ts'
import { kwartaalLabel, kwartaalPlus, kwartaalVan } from '../../lib/kwartaal.ts'
import { OORDELEN } from './woorden.ts'

const getalUit = (t: string) => (t.trim() === '' ? NaN : Number(t.replace(',', '.')))

const RAPPORTAGE_LABELS = { periode: 'Periode', oordeel: 'Oordeel', toelichting: 'Toelichting' }

export function RapportageFormulier({ opgave, onGewijzigd }: { opgave: Opgave; onGewijzigd: (o: Opgave) => void }) {
  const { organisatieId } = useApp()
  const [periode, setPeriode] = useState(kwartaalLabel(kwartaalVan(vandaag())))
  const [oordeel, setOordeel] = useState<Oordeel | ''>('')
  const [toelichting, setToelichting] = useState('')
  const [gelukt, setGelukt] = useState<string | null>(null)
  const formulier = useVersturen(Object.keys(RAPPORTAGE_LABELS))
  const v = formulier.fouten.velden
  const verstuur = async (event: FormEvent) => {
    event.preventDefault()
    setGelukt(null)
    const fouten = controleer({
      periode: periode.trim() === '' && 'Vul de periode in, bijvoorbeeld 1e kwartaal 2027.',
      oordeel: oordeel === '' && 'Kies een oordeel.',
      toelichting: toelichting.trim() === '' && 'Licht het oordeel toe.',
    })
    if (Object.keys(fouten).length > 0) return formulier.toonFouten({ velden: fouten, algemeen: [] })
    let nieuw: Opgave | null = null
    const ok = await formulier.verstuur(null, async () => { nieuw = await apiSend<Opgave>('POST', apiUrl(`/organisaties/${organisatieId}/opgaven/${opgave.id}/voortgangsrapportages`), { periode: periode.trim(), oordeel, toelichting: toelichting.trim() }) })
    if (ok && nieuw) {
      setGelukt(`De voortgangsrapportage over ${periode.trim()} is vastgelegd.`)
      setOordeel('')
      setToelichting('')
      onGewijzigd(nieuw)
    }
  }
  return (
    <>
      <Heading level={3} id="rapportage-kop" className="koers-formulier-kop">Voortgangsrapportage uitbrengen</Heading>
      <FoutSamenvatting titel="De rapportage is niet vastgelegd" fouten={formulier.fouten} labels={RAPPORTAGE_LABELS} prefix="rap-" houder={formulier.samenvatting} />
      <Gelukt>{gelukt}</Gelukt>
      <form className="koers-formulier" aria-labelledby="rapportage-kop" onSubmit={(e) => void verstuur(e)} noValidate>
        <Veld naam="periode" prefix="rap-" label={RAPPORTAGE_LABELS.periode} fouten={v.periode}>
          {(p) => <Textbox {...p} value={periode} onChange={(e) => setPeriode(e.target.value)} />}
        </Veld>
        <Fieldset id="veld-rap-oordeel" tabIndex={-1} invalid={Boolean(v.oordeel)}>
          <FieldsetLegend>{RAPPORTAGE_LABELS.oordeel}</FieldsetLegend>
          {v.oordeel && <p className="utrecht-form-field-error-message">{v.oordeel.join(' ')}</p>}
          <ul className="koers-keuzelijst">
            {(Object.keys(OORDELEN) as Oordeel[]).map((k) => (
              <li key={k} className="utrecht-form-field utrecht-form-field--radio">
                <input type="radio" ref={metType('radio', 'rap-oordeel')} className="koers-keuze" id={`rap-oordeel-${k}`} name="rap-oordeel" value={k} checked={oordeel === k} onChange={() => setOordeel(k)} />
                {' '}<label htmlFor={`rap-oordeel-${k}`} className="utrecht-form-label utrecht-form-label--radio">{OORDELEN[k]}</label>
              </li>
            ))}
          </ul>
        </Fieldset>
        <Veld naam="toelichting" prefix="rap-" label={RAPPORTAGE_LABELS.toelichting} fouten={v.toelichting}>
          {(p) => <Textarea {...p} rows={3} value={toelichting} onChange={(e) => setToelichting(e.target.value)} />}
        </Veld>
        <div className="koers-formulier__knoppen">
          <Button type="submit" appearance="primary-action-button" busy={formulier.bezig} disabled={formulier.bezig}>Rapportage vastleggen</Button>
        </div>
      </form>
    </>
  )
}

const METING_LABELS = { doelId: 'Doel', peildatum: 'Peildatum', waarde: 'Gemeten waarde', toelichting: 'Toelichting (niet verplicht)' }

export function MetingFormulier({ opgave, onGewijzigd }: { opgave: Opgave; onGewijzigd: (o: Opgave) => void }) {
  const { organisatieId } = useApp()
  const [doelId, setDoelId] = useState(opgave.doelen.length === 1 ? opgave.doelen[0]!.id : '')
  const [peildatum, setPeildatum] = useState(vandaag())
  const [waarde, setWaarde] = useState('')
  const [toelichting, setToelichting] = useState('')
  const [gelukt, setGelukt] = useState<string | null>(null)
  const formulier = useVersturen(Object.keys(METING_LABELS))
  const v = formulier.fouten.velden
  const verstuur = async (event: FormEvent) => {
    event.preventDefault()
    setGelukt(null)
    const getalWaarde = getalUit(waarde)
    const fouten = controleer({
      doelId: doelId === '' && 'Kies het doel.',
      peildatum: peildatum === '' && 'Vul de peildatum in.',
      waarde: !Number.isFinite(getalWaarde) && 'Vul de gemeten waarde in als getal.',
    })
    if (Object.keys(fouten).length > 0) return formulier.toonFouten({ velden: fouten, algemeen: [] })
    let nieuw: Opgave | null = null
    const body = { doelId, peildatum, waarde: getalWaarde, ...(toelichting.trim() ? { toelichting: toelichting.trim() } : {}) }
    const ok = await formulier.verstuur(null, async () => { nieuw = await apiSend<Opgave>('POST', apiUrl(`/organisaties/${organisatieId}/opgaven/${opgave.id}/metingen`), body) })
    if (ok && nieuw) {
      setGelukt(`De meting (${getal(getalWaarde)}) is vastgelegd.`)
      setWaarde('')
      setToelichting('')
      onGewijzigd(nieuw)
    }
  }
  return (
    <>
      <Heading level={3} id="meting-kop" className="koers-formulier-kop">Meting vastleggen</Heading>
      <FoutSamenvatting titel="De meting is niet vastgelegd" fouten={formulier.fouten} labels={METING_LABELS} prefix="met-" houder={formulier.samenvatting} />
      <Gelukt>{gelukt}</Gelukt>
      <form className="koers-formulier" aria-labelledby="meting-kop" onSubmit={(e) => void verstuur(e)} noValidate>
        <Veld naam="doelId" prefix="met-" label={METING_LABELS.doelId} fouten={v.doelId}>
          {(p) => <Select {...p} value={doelId} onChange={(e) => setDoelId(e.target.value)}>
            <SelectOption value="">Kies een doel</SelectOption>
            {opgave.doelen.map((d) => <SelectOption key={d.id} value={d.id}>{d.omschrijving} ({d.indicator}, in {d.meeteenheid})</SelectOption>)}
          </Select>}
        </Veld>
        <Veld naam="peildatum" prefix="met-" label={METING_LABELS.peildatum} fouten={v.peildatum}>
          {(p) => <Textbox {...p} type="date" ref={metType('date')} value={peildatum} onChange={(e) => setPeildatum(e.target.value)} />}
        </Veld>
        <Veld naam="waarde" prefix="met-" label={METING_LABELS.waarde} fouten={v.waarde}>
          {(p) => <Textbox {...p} inputMode="decimal" value={waarde} onChange={(e) => setWaarde(e.target.value)} />}
        </Veld>
        <Veld naam="toelichting" prefix="met-" label={METING_LABELS.toelichting} fouten={v.toelichting}>
          {(p) => <Textbox {...p} value={toelichting} onChange={(e) => setToelichting(e.target.value)} />}
        </Veld>
        <div className="koers-formulier__knoppen">
          <Button type="submit" appearance="primary-action-button" busy={formulier.bezig} disabled={formulier.bezig}>Meting vastleggen</Button>
        </div>
      </form>
    </>
  )
}

const CLAIM_LABELS: Record<string, string> = { eenheidId: 'Eenheid', 'eenheidId-zoek': 'Eenheid zoeken', kwartalen: 'Kwartalen', profiel: 'Gevraagd profiel (niet verplicht)', toelichting: 'Toelichting (niet verplicht)' }

export function ClaimFormulier({ opgave, onGeclaimd }: { opgave: Opgave; onGeclaimd: () => void }) {
  const { organisatieId } = useApp()
  const eerste = kwartaalPlus(kwartaalVan(vandaag()), 1)
  const keuzes = Array.from({ length: 12 }, (_, i) => kwartaalPlus(kwartaalVan(vandaag()), i))
  const [eenheid, setEenheid] = useState<Keuze | null>(null)
  const [sleutel, setSleutel] = useState(0)
  const [rijen, setRijen] = useState([{ kwartaal: eerste, fte: '' }])
  const [profiel, setProfiel] = useState('')
  const [toelichting, setToelichting] = useState('')
  const [gelukt, setGelukt] = useState<string | null>(null)
  const formulier = useVersturen([...Object.keys(CLAIM_LABELS), ...rijen.flatMap((_, i) => [`kwartalen.${i}.kwartaal`, `kwartalen.${i}.fte`])])
  const v = formulier.fouten.velden
  const labels = { ...CLAIM_LABELS, ...Object.fromEntries(rijen.flatMap((_, i) => [[`kwartalen.${i}.kwartaal`, `Kwartaal ${i + 1}`], [`kwartalen.${i}.fte`, `FTE in kwartaal ${i + 1}`]])) }
  const zetRij = (i: number, deel: Partial<{ kwartaal: string; fte: string }>) => setRijen((oud) => oud.map((r, j) => (j === i ? { ...r, ...deel } : r)))

  const verstuur = async (event: FormEvent) => {
    event.preventDefault()
    setGelukt(null)
    const fouten = controleer({
      eenheidId: !eenheid && 'Zoek de eenheid en kies haar.',
      ...Object.fromEntries(rijen.map((r, i) => {
        const n = getalUit(r.fte)
        return [`kwartalen.${i}.fte`, (!Number.isFinite(n) || n <= 0) && 'Vul de FTE in als getal groter dan 0, bijvoorbeeld 1,5.']
      })),
    })
    if (Object.keys(fouten).length > 0 || !eenheid) return formulier.toonFouten({ velden: fouten, algemeen: [] })
    const body = {
      eenheidId: eenheid.id, kwartalen: rijen.map((r) => ({ kwartaal: r.kwartaal, fte: getalUit(r.fte) })),
      ...(profiel.trim() ? { profiel: profiel.trim() } : {}), ...(toelichting.trim() ? { toelichting: toelichting.trim() } : {}),
    }
    let nieuw: Claim[] = []
    const ok = await formulier.verstuur(null, async () => { nieuw = (await apiSend<{ resultaten: Claim[] }>('POST', apiUrl(`/organisaties/${organisatieId}/opgaven/${opgave.id}/capaciteitsclaims`), body)).resultaten })
    if (ok) {
      const boven = nieuw.filter((c) => c.bovenCapaciteit).length
      setGelukt(`De claim op ${eenheid.naam} is ingediend (${nieuw.length} ${nieuw.length === 1 ? 'kwartaal' : 'kwartalen'}).${boven > 0 ? ` Let op: ${boven === 1 ? 'het kwartaal komt' : `${boven} kwartalen komen`} boven de capaciteit van de eenheid.` : ''}`)
      setEenheid(null)
      setSleutel((n) => n + 1)
      setRijen([{ kwartaal: eerste, fte: '' }])
      setProfiel('')
      setToelichting('')
      onGeclaimd()
    }
  }
  return (
    <>
      <Heading level={3} id="claim-kop" className="koers-formulier-kop">Capaciteit vragen</Heading>
      <FoutSamenvatting titel="De claim is niet ingediend" fouten={formulier.fouten} labels={labels} prefix="claim-" houder={formulier.samenvatting} />
      <Gelukt>{gelukt}</Gelukt>
      <form className="koers-formulier" aria-labelledby="claim-kop" onSubmit={(e) => void verstuur(e)} noValidate>
        <EenheidZoeker key={sleutel} organisatieId={organisatieId} prefix="claim-" naam="eenheidId" label="Eenheid" gekozen={eenheid} onKies={setEenheid}
          fout={v.eenheidId} onFout={(bericht) => formulier.toonFouten({ velden: { 'eenheidId-zoek': [bericht] }, algemeen: [] })} />
        <Fieldset>
          <FieldsetLegend>FTE per kwartaal</FieldsetLegend>
          {v.kwartalen && <p className="utrecht-form-field-error-message">{v.kwartalen.join(' ')}</p>}
          {rijen.map((r, i) => (
            <div key={i} className="koers-rij">
              <Veld naam={`kwartalen.${i}.kwartaal`} prefix="claim-" label={`Kwartaal ${i + 1}`} fouten={v[`kwartalen.${i}.kwartaal`]}>
                {(p) => <Select {...p} value={r.kwartaal} onChange={(e) => zetRij(i, { kwartaal: e.target.value })}>
                  {keuzes.map((k) => <SelectOption key={k} value={k}>{kwartaalLabel(k)}</SelectOption>)}
                </Select>}
              </Veld>
              <Veld naam={`kwartalen.${i}.fte`} prefix="claim-" label={`FTE in kwartaal ${i + 1}`} fouten={v[`kwartalen.${i}.fte`]}>
                {(p) => <Textbox {...p} inputMode="decimal" value={r.fte} onChange={(e) => zetRij(i, { fte: e.target.value })} />}
              </Veld>
              {rijen.length > 1 && <Button type="button" appearance="secondary-action-button" onClick={() => setRijen((oud) => oud.filter((_, j) => j !== i))}>Kwartaal {i + 1} verwijderen</Button>}
            </div>
          ))}
          <Button type="button" appearance="secondary-action-button" onClick={() => setRijen((oud) => [...oud, { kwartaal: kwartaalPlus(oud[oud.length - 1]?.kwartaal ?? eerste, 1), fte: oud[oud.length - 1]?.fte ?? '' }])}>Kwartaal toevoegen</Button>
        </Fieldset>
        <Veld naam="profiel" prefix="claim-" label={CLAIM_LABELS.profiel!} omschrijving="Bijvoorbeeld: beleidsadviseur ruimte." fouten={v.profiel}>
          {(p) => <Textbox {...p} value={profiel} onChange={(e) => setProfiel(e.target.value)} />}
        </Veld>
        <Veld naam="toelichting" prefix="claim-" label={CLAIM_LABELS.toelichting!} fouten={v.toelichting}>
          {(p) => <Textarea {...p} rows={2} value={toelichting} onChange={(e) => setToelichting(e.target.value)} />}
        </Veld>
        <div className="koers-formulier__knoppen">
          <Button type="submit" appearance="primary-action-button" busy={formulier.bezig} disabled={formulier.bezig}>Claim indienen</Button>
        </div>
      </form>
    </>
  )
}
