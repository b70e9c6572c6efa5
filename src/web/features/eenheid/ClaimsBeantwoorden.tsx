// For the eenheid's teammanager (capaciteit.toezeggen on this eenheid, organisatiebesluit 4f): the
// capaciteitsclaims on the eenheid, and the answer to an open one: toegekend, deels (with the FTE)
// or afgewezen (with a reason), and the people of the eenheid committed, each with their FTE.
import { useState, type FormEvent } from 'react'
import { Button, Fieldset, FieldsetLegend, Heading, Paragraph, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react'
import { apiSend, apiUrl } from '../../api/client.ts'
import type { Claim, FunctieKort } from '../../api/types.ts'
import { useApi } from '../../api/use-api.ts'
import { useApp } from '../../app/app-context.ts'
import { controleer, FoutSamenvatting, Gelukt, metType, useVersturen, Veld } from '../../components/Formulier.tsx'
import { ApiInhoud } from '../../components/Status.tsx'
import { getal } from '../../lib/format.ts'
import { kwartaalLabel } from '../../lib/kwartaal.ts'
import { ClaimsTabel } from '../opgave/OpgavePagina.tsx'
import { CLAIM_STATUSSEN } from '../opgave/woorden.ts'

type Besluit = 'toegekend' | 'deels' | 'afgewezen'
const BESLUITEN: Record<Besluit, string> = { toegekend: 'Toekennen', deels: 'Deels toekennen', afgewezen: 'Afwijzen' }
const LABELS: Record<string, string> = { claim: 'Claim', besluit: 'Besluit', toegekendFte: 'Toegekende FTE', reden: 'Reden van de afwijzing', toezeggingen: 'Medewerkers toezeggen' }
const getalUit = (t: string) => (t.trim() === '' ? NaN : Number(t.replace(',', '.')))

export function ClaimsBeantwoorden({ eenheidId, eenheidNaam, functies }: { eenheidId: string; eenheidNaam: string; functies: FunctieKort[] }) {
  const { organisatieId } = useApp()
  const claims = useApi<{ resultaten: Claim[] }>(apiUrl(`/organisaties/${organisatieId}/capaciteitsclaims`, { eenheidId }))
  return (
    <section className="koers-paneel" aria-labelledby="claims-kop">
      <Heading level={2} id="claims-kop">Capaciteitsclaims</Heading>
      <Paragraph>Opgaven vragen capaciteit van {eenheidNaam}. U beslist als teammanager wat u toekent en wie u inzet.</Paragraph>
      <ApiInhoud stand={claims} wat="De claims" niveau={3}>
        {(data) => (
          <>
            <ClaimsTabel claims={data.resultaten} bijschrift={`Capaciteitsclaims op ${eenheidNaam}`} metOpgave />
            <Beantwoorden claims={data.resultaten.filter((c) => c.status === 'aangevraagd')} functies={functies} onBeantwoord={claims.opnieuw} />
          </>
        )}
      </ApiInhoud>
    </section>
  )
}

function Beantwoorden({ claims, functies, onBeantwoord }: { claims: Claim[]; functies: FunctieKort[]; onBeantwoord: () => void }) {
  const { organisatieId } = useApp()
  const mensen = [...new Map(functies.flatMap((f) => f.houders.map((h) => [h.persoonId, { id: h.persoonId, naam: h.naam, functie: f.naam }]))).values()].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'))
  const [claimId, setClaimId] = useState('')
  const [besluit, setBesluit] = useState<Besluit | ''>('')
  const [toegekend, setToegekend] = useState('')
  const [reden, setReden] = useState('')
  const [inzet, setInzet] = useState<Record<string, string>>({})
  const [gelukt, setGelukt] = useState<string | null>(null)
  const formulier = useVersturen(Object.keys(LABELS))
  const v = formulier.fouten.velden
  const claim = claims.find((c) => c.id === claimId) ?? null

  const verstuur = async (event: FormEvent) => {
    event.preventDefault()
    setGelukt(null)
    const fte = getalUit(toegekend)
    const toezeggingen = mensen.filter((m) => (inzet[m.id] ?? '').trim() !== '').map((m) => ({ persoonId: m.id, naam: m.naam, fte: getalUit(inzet[m.id]!) }))
    const toegekendFte = besluit === 'toegekend' ? claim?.fte ?? 0 : besluit === 'deels' ? fte : 0
    const som = toezeggingen.reduce((s, t) => s + t.fte, 0)
    const fouten = controleer({
      claim: !claim && 'Kies de claim die u beantwoordt.',
      besluit: besluit === '' && 'Kies of u toekent, deels toekent of afwijst.',
      toegekendFte: besluit === 'deels' && (!Number.isFinite(fte) || fte <= 0 || (claim !== null && fte >= claim.fte)) && `Vul de toegekende FTE in: meer dan 0 en minder dan de gevraagde ${claim ? getal(claim.fte) : ''} fte.`,
      reden: besluit === 'afgewezen' && reden.trim() === '' && 'Geef de reden van de afwijzing.',
      toezeggingen: besluit !== 'afgewezen' && (toezeggingen.some((t) => !Number.isFinite(t.fte) || t.fte <= 0) ? 'Vul per medewerker de FTE in als getal groter dan 0.'
        : som > toegekendFte + 1e-9 ? `Samen ${getal(som)} fte: meer dan de toegekende ${getal(toegekendFte)} fte.` : false),
    })
    if (Object.keys(fouten).length > 0 || !claim || besluit === '') return formulier.toonFouten({ velden: fouten, algemeen: [] })
    const body = {
      besluit,
      ...(besluit === 'deels' ? { toegekendFte: fte } : {}),
      ...(besluit === 'afgewezen' ? { reden: reden.trim() } : { toezeggingen: toezeggingen.map((t) => ({ persoonId: t.persoonId, fte: t.fte })) }),
    }
    const ok = await formulier.verstuur(null, () => apiSend('POST', apiUrl(`/organisaties/${organisatieId}/capaciteitsclaims/${claim.id}/beantwoording`), body))
    if (ok) {
      setGelukt(`De claim van ${claim.opgaveNaam} (${kwartaalLabel(claim.kwartaal)}) is beantwoord: ${CLAIM_STATUSSEN[besluit]!.toLowerCase()}${toezeggingen.length && besluit !== 'afgewezen' ? `, met ${toezeggingen.map((t) => `${t.naam} (${getal(t.fte)} fte)`).join(', ')}` : ''}.`)
      setClaimId('')
      setBesluit('')
      setToegekend('')
      setReden('')
      setInzet({})
      onBeantwoord()
    }
  }

  return (
    <>
      <Heading level={3} id="beantwoorden-kop" className="koers-formulier-kop">Claim beantwoorden</Heading>
      <FoutSamenvatting titel="De claim is niet beantwoord" fouten={formulier.fouten} labels={LABELS} prefix="antw-" houder={formulier.samenvatting} />
      <Gelukt>{gelukt}</Gelukt>
      {claims.length === 0 ? <Paragraph className="koers-leeg">Er staan geen claims open.</Paragraph> : (
        <form className="koers-formulier" aria-labelledby="beantwoorden-kop" onSubmit={(e) => void verstuur(e)} noValidate>
          <Veld naam="claim" prefix="antw-" label={LABELS.claim!} fouten={v.claim}>
            {(p) => <Select {...p} value={claimId} onChange={(e) => setClaimId(e.target.value)}>
              <SelectOption value="">Kies een openstaande claim</SelectOption>
              {claims.map((c) => <SelectOption key={c.id} value={c.id}>{c.opgaveNaam} — {kwartaalLabel(c.kwartaal)}, {getal(c.fte)} fte{c.bovenCapaciteit ? ' (boven capaciteit)' : ''}</SelectOption>)}
            </Select>}
          </Veld>
          {claim && <Paragraph className="koers-klein">In {kwartaalLabel(claim.kwartaal)}: bezetting {getal(claim.capaciteit.bezettingFte)} fte, al toegekend {getal(claim.capaciteit.toegekendFte)} fte, nog gevraagd {getal(claim.capaciteit.gevraagdOpenFte)} fte, beschikbaar {getal(claim.capaciteit.beschikbaarFte)} fte.</Paragraph>}
          <Fieldset id="veld-antw-besluit" tabIndex={-1} invalid={Boolean(v.besluit)}>
            <FieldsetLegend>{LABELS.besluit}</FieldsetLegend>
            {v.besluit && <p className="utrecht-form-field-error-message">{v.besluit.join(' ')}</p>}
            <ul className="koers-keuzelijst">
              {(Object.keys(BESLUITEN) as Besluit[]).map((b) => (
                <li key={b} className="utrecht-form-field utrecht-form-field--radio">
                  <input type="radio" ref={metType('radio', 'antw-besluit')} className="koers-keuze" id={`antw-besluit-${b}`} name="antw-besluit" value={b} checked={besluit === b} onChange={() => setBesluit(b)} />
                  {' '}<label htmlFor={`antw-besluit-${b}`} className="utrecht-form-label utrecht-form-label--radio">{BESLUITEN[b]}</label>
                </li>
              ))}
            </ul>
          </Fieldset>
          {besluit === 'deels' && (
            <Veld naam="toegekendFte" prefix="antw-" label={LABELS.toegekendFte!} {...(claim ? { omschrijving: `Minder dan de gevraagde ${getal(claim.fte)} fte.` } : {})} fouten={v.toegekendFte}>
              {(p) => <Textbox {...p} inputMode="decimal" value={toegekend} onChange={(e) => setToegekend(e.target.value)} />}
            </Veld>
          )}
          {besluit === 'afgewezen' && (
            <Veld naam="reden" prefix="antw-" label={LABELS.reden!} fouten={v.reden}>
              {(p) => <Textarea {...p} rows={2} value={reden} onChange={(e) => setReden(e.target.value)} />}
            </Veld>
          )}
          {besluit !== 'afgewezen' && besluit !== '' && (
            <Fieldset id="veld-antw-toezeggingen" tabIndex={-1} invalid={Boolean(v.toezeggingen)}>
              <FieldsetLegend>{LABELS.toezeggingen}</FieldsetLegend>
              <p className="utrecht-form-field-description">Vul de FTE in bij wie u inzet; laat leeg wie u niet inzet. Samen hoogstens de toegekende FTE.</p>
              {v.toezeggingen && <p className="utrecht-form-field-error-message">{v.toezeggingen.join(' ')}</p>}
              {mensen.map((m) => (
                <Veld key={m.id} naam={`inzet-${m.id}`} prefix="antw-" label={`FTE voor ${m.naam}`} omschrijving={m.functie}>
                  {(p) => <Textbox {...p} inputMode="decimal" className="koers-smal" value={inzet[m.id] ?? ''} onChange={(e) => setInzet((oud) => ({ ...oud, [m.id]: e.target.value }))} />}
                </Veld>
              ))}
            </Fieldset>
          )}
          <div className="koers-formulier__knoppen">
            <Button type="submit" appearance="primary-action-button" busy={formulier.bezig} disabled={formulier.bezig}>Claim beantwoorden</Button>
          </div>
        </form>
      )}
    </>
  )
}
