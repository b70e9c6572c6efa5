// "Agendapunt toevoegen" on the vergadering page: a voorstel (or none), the title, the soort and,
// behind a disclosure to keep the form short, the informanten the chair invites for the item
// (they get a notification). Not offered once the meeting is gesloten or geannuleerd.
import { useState, type FormEvent } from 'react'
import { Button, Heading, Select, SelectOption, Textbox } from '@utrecht/component-library-react'
import { apiSend, apiUrl } from '../../api/client.ts'
import type { Vergadering, VoorstelSamenvatting } from '../../api/types.ts'
import { useApi } from '../../api/use-api.ts'
import { useApp } from '../../app/app-context.ts'
import { controleer, FoutSamenvatting, useVersturen, Veld } from '../../components/Formulier.tsx'
import { InformantenKiezer, opsomming, type Namen } from './AgendapuntInformanten.tsx'
import { AGENDAPUNT_SOORTEN } from './woorden.ts'

const LEEG = { titel: '', soort: 'bespreking', voorstelId: '', informanten: [] as string[] }

export function AgendapuntFormulier({ vergadering, namen, onGewijzigd }: { vergadering: Vergadering; namen: Namen; onGewijzigd: (v: Vergadering, tekst: string) => void }) {
  const { organisatieId } = useApp()
  const voorstellen = useApi<{ resultaten: VoorstelSamenvatting[] }>(apiUrl(`/organisaties/${organisatieId}/voorstellen`))
  const [w, setW] = useState(LEEG)
  const [informantenOpen, setInformantenOpen] = useState(false)
  const [ronde, setRonde] = useState(0)
  const formulier = useVersturen(['titel', 'soort', 'voorstelId', 'informanten'])
  const P = 'agendapunt-'
  const LABELS = { titel: 'Titel', soort: 'Soort', voorstelId: 'Voorstel', informanten: 'Informanten' }
  const open = (voorstellen.data?.resultaten ?? []).filter((x) => x.status !== 'besloten' && x.status !== 'teruggetrokken' && x.status !== 'concept')

  const verstuur = async (event: FormEvent) => {
    event.preventDefault()
    const gekozen = open.find((x) => x.id === w.voorstelId)
    const titel = w.titel.trim() || gekozen?.titel || ''
    const fouten = controleer({ titel: titel === '' && 'Vul de titel in, of kies een voorstel.' })
    if (Object.keys(fouten).length > 0) return formulier.toonFouten({ velden: fouten, algemeen: [] })
    await formulier.verstuur(null, async () => {
      const nieuw = await apiSend<Vergadering>('POST', apiUrl(`/organisaties/${organisatieId}/vergaderingen/${vergadering.id}/agendapunten`), {
        titel, soort: w.soort, ...(w.voorstelId ? { voorstelId: w.voorstelId } : {}), ...(w.informanten.length > 0 ? { informanten: w.informanten } : {}),
      })
      const uitgenodigd = w.informanten.length > 0 ? ` Uitgenodigd als informant: ${opsomming(w.informanten.map(namen.naam))}.` : ''
      setW(LEEG)
      setInformantenOpen(false)
      setRonde((n) => n + 1)
      onGewijzigd(nieuw, `“${titel}” staat op de agenda.${uitgenodigd}`)
    })
  }

  return (
    <>
      <Heading level={3} id="agendapunt-kop" className="koers-formulier-kop">Agendapunt toevoegen</Heading>
      <FoutSamenvatting titel="Het agendapunt is niet toegevoegd" fouten={formulier.fouten} labels={LABELS} prefix={P} houder={formulier.samenvatting} />
      <form className="koers-formulier" aria-labelledby="agendapunt-kop" onSubmit={(e) => void verstuur(e)} noValidate>
        <Veld naam="voorstelId" prefix={P} label="Voorstel (niet verplicht)" fouten={formulier.fouten.velden.voorstelId}>
          {(p) => <Select {...p} value={w.voorstelId} onChange={(e) => setW((o) => ({ ...o, voorstelId: e.target.value }))}>
            <SelectOption value="">Geen voorstel</SelectOption>
            {open.map((x) => <SelectOption key={x.id} value={x.id}>{x.titel}</SelectOption>)}
          </Select>}
        </Veld>
        <Veld naam="titel" prefix={P} label="Titel" omschrijving="Leeg laten: de titel van het voorstel." fouten={formulier.fouten.velden.titel}>
          {(p) => <Textbox {...p} value={w.titel} onChange={(e) => setW((o) => ({ ...o, titel: e.target.value }))} />}
        </Veld>
        <Veld naam="soort" prefix={P} label="Soort" fouten={formulier.fouten.velden.soort}>
          {(p) => <Select {...p} value={w.soort} onChange={(e) => setW((o) => ({ ...o, soort: e.target.value }))}>
            {Object.entries(AGENDAPUNT_SOORTEN).map(([k, l]) => <SelectOption key={k} value={k}>{l}</SelectOption>)}
          </Select>}
        </Veld>
        <details className="koers-openklap" open={informantenOpen || Boolean(formulier.fouten.velden.informanten)} onToggle={(e) => setInformantenOpen(e.currentTarget.open)}>
          <summary>Informanten uitnodigen (niet verplicht){w.informanten.length > 0 ? `: ${w.informanten.length} gekozen` : ''}</summary>
          <InformantenKiezer key={ronde} prefix={P} gekozen={w.informanten} namen={namen} onWijzig={(ids) => setW((o) => ({ ...o, informanten: ids }))} fout={formulier.fouten.velden.informanten} />
        </details>
        <div className="koers-formulier__knoppen">
          <Button type="submit" appearance="secondary-action-button" busy={formulier.bezig} disabled={formulier.bezig}>Agendapunt toevoegen</Button>
        </div>
      </form>
    </>
  )
}
