// One step of a voorstel's route as a small form (issue 6): agenderen with a picker of the coming
// meetings the server will accept (agendering.ts), besluiten with its uitkomst, terugsturen with the
// comment the opsteller needs. The server says which steps this user may take (volgendeStappen).
import { useState, type FormEvent } from 'react'
import { Button, Heading, Select, SelectOption, Textarea } from '@utrecht/component-library-react'
import { apiSend, apiUrl } from '../../api/client.ts'
import type { Voorstel, VoorstelHandeling, VergaderingKort } from '../../api/types.ts'
import { useApi } from '../../api/use-api.ts'
import { useApp } from '../../app/app-context.ts'
import { controleer, FoutSamenvatting, useVersturen, Veld } from '../../components/Formulier.tsx'
import { vandaag } from '../../lib/format.ts'
import { kiesbareVergaderingen } from './agendering.ts'
import { AGENDA_SOORTEN, moment, OVERLEG_SOORTEN, UITKOMSTEN, VERGADERING_STATUSSEN, woord } from './woorden.ts'

const hoofdletter = (t: string) => t.charAt(0).toLocaleUpperCase('nl') + t.slice(1)

const LABELS: Record<string, string> = { vergaderingId: 'Vergadering', uitkomst: 'Uitkomst', opmerking: 'Opmerking' }

export function StapFormulier({ voorstel, handeling, omschrijving, onGezet }: { voorstel: Voorstel; handeling: VoorstelHandeling; omschrijving: string; onGezet: (v: Voorstel) => void }) {
  const { organisatieId } = useApp()
  const soorten = AGENDA_SOORTEN[handeling]
  const tot = new Date(Date.now() + 100 * 86_400_000).toISOString().slice(0, 10)
  const vergaderingen = useApi<{ resultaten: VergaderingKort[] }>(soorten ? apiUrl(`/organisaties/${organisatieId}/vergaderingen`, { van: vandaag(), tot }) : null)
  const [vergaderingId, setVergaderingId] = useState('')
  const [uitkomst, setUitkomst] = useState('aangenomen')
  const [opmerking, setOpmerking] = useState('')
  const P = `stap-${handeling}-`
  const formulier = useVersturen(Object.keys(LABELS))
  const f = formulier.fouten.velden
  const titel = hoofdletter(omschrijving)
  const kopId = `${P}kop`
  const portefeuille = voorstel.portefeuille
  const keuzes = kiesbareVergaderingen(vergaderingen.data?.resultaten ?? [], handeling, portefeuille?.id ?? null)
  const welke = soorten?.map((s) => woord(OVERLEG_SOORTEN, s).toLowerCase()).join(' of ')
  const uitleg = handeling === 'agenderen_pho' && portefeuille
    ? `Een komende vergadering van het portefeuillehoudersoverleg van de portefeuille ${portefeuille.naam}, of van het strategisch portefeuillehoudersoverleg.`
    : `Een komende vergadering van ${welke}.`

  const verstuur = async (event: FormEvent) => {
    event.preventDefault()
    const fouten = controleer({
      vergaderingId: soorten !== undefined && vergaderingId === '' && 'Kies de vergadering waarin het voorstel op de agenda komt.',
      opmerking: handeling === 'terugsturen' && opmerking.trim() === '' && 'Zeg de opsteller wat er anders moet.',
    })
    if (Object.keys(fouten).length > 0) return formulier.toonFouten({ velden: fouten, algemeen: [] })
    const body = {
      handeling,
      ...(soorten ? { vergaderingId } : {}),
      ...(handeling === 'besluiten' ? { uitkomst } : {}),
      ...(opmerking.trim() !== '' ? { opmerking: opmerking.trim() } : {}),
    }
    let nieuw: Voorstel | null = null
    const ok = await formulier.verstuur(null, async () => { nieuw = await apiSend<Voorstel>('POST', apiUrl(`/organisaties/${organisatieId}/voorstellen/${voorstel.id}/stappen`), body) })
    if (ok && nieuw) onGezet(nieuw)
  }

  return (
    <div className="koers-stap">
      <Heading level={3} id={kopId}>{titel}</Heading>
      <FoutSamenvatting titel="De stap is niet gezet" fouten={formulier.fouten} labels={LABELS} prefix={P} houder={formulier.samenvatting} />
      <form className="koers-formulier" aria-labelledby={kopId} onSubmit={(e) => void verstuur(e)} noValidate>
        {soorten && (
          <Veld naam="vergaderingId" prefix={P} label={LABELS.vergaderingId!} omschrijving={uitleg} fouten={f.vergaderingId}>
            {(p) => <Select {...p} value={vergaderingId} onChange={(e) => setVergaderingId(e.target.value)}>
              <SelectOption value="">{vergaderingen.status === 'laden' ? 'De vergaderingen worden geladen…' : keuzes.length === 0 ? 'Geen komende vergadering om uit te kiezen' : 'Kies een vergadering'}</SelectOption>
              {keuzes.map((x) => <SelectOption key={x.id} value={x.id}>{x.overlegNaam} — {moment(x.begin)} ({woord(VERGADERING_STATUSSEN, x.status).toLowerCase()})</SelectOption>)}
            </Select>}
          </Veld>
        )}
        {handeling === 'besluiten' && (
          <Veld naam="uitkomst" prefix={P} label={LABELS.uitkomst!} fouten={f.uitkomst}>
            {(p) => <Select {...p} value={uitkomst} onChange={(e) => setUitkomst(e.target.value)}>
              {Object.entries(UITKOMSTEN).map(([k, l]) => <SelectOption key={k} value={k}>{l}</SelectOption>)}
            </Select>}
          </Veld>
        )}
        <Veld naam="opmerking" prefix={P} label={handeling === 'terugsturen' ? LABELS.opmerking! : `${LABELS.opmerking} (niet verplicht)`} fouten={f.opmerking}>
          {(p) => <Textarea {...p} rows={2} value={opmerking} onChange={(e) => setOpmerking(e.target.value)} />}
        </Veld>
        <div className="koers-formulier__knoppen">
          <Button type="submit" appearance={handeling === 'terugtrekken' || handeling === 'terugsturen' ? 'secondary-action-button' : 'primary-action-button'} busy={formulier.bezig} disabled={formulier.bezig}>{titel}</Button>
        </div>
      </form>
    </div>
  )
}
