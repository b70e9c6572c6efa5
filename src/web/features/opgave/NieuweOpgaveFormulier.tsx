// "Nieuwe opgave" (opgave.beheren: concernmanager, gemeentesecretaris): naam, soort, domein, the
// maatschappelijk doel, dates, the ambtelijk opdrachtgever and opgavemanager found by searching
// functies, and optionally a first doel with its indicator. On success: to the new opgave's page.
import { useState, type FormEvent } from 'react'
import { Button, Fieldset, FieldsetLegend, Heading, Paragraph, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react'
import { apiSend, apiUrl } from '../../api/client.ts'
import type { Domein, Opgave, OpgaveSoort } from '../../api/types.ts'
import { useApp, useHref } from '../../app/app-context.ts'
import { navigeer } from '../../app/navigation.ts'
import { controleer, FoutSamenvatting, metType, useVersturen, Veld } from '../../components/Formulier.tsx'
import { FunctieZoeker, type Keuze } from '../../components/Zoeker.tsx'
import { vandaag } from '../../lib/format.ts'
import { DOMEINEN, OPGAVE_SOORTEN } from './woorden.ts'

const LABELS: Record<string, string> = {
  naam: 'Naam', soort: 'Soort', domein: 'Domein', maatschappelijkDoel: 'Maatschappelijk doel', startdatum: 'Startdatum', einddatum: 'Einddatum',
  ambtelijkOpdrachtgeverId: 'Ambtelijk opdrachtgever', opgavemanagerId: 'Opgavemanager',
  'doelen.0.omschrijving': 'Doel', 'doelen.0.indicator': 'Indicator', 'doelen.0.meeteenheid': 'Meeteenheid', 'doelen.0.nulwaarde': 'Nulwaarde',
  'doelen.0.streefwaarde': 'Streefwaarde', 'doelen.0.streefdatum': 'Streefdatum',
}
const P = 'nieuw-'
const getalUit = (t: string) => (t.trim() === '' ? null : Number(t.replace(',', '.')))

export function NieuweOpgaveFormulier() {
  const { organisatieId } = useApp()
  const maakHref = useHref()
  const [w, setW] = useState({ naam: '', soort: 'programma' as OpgaveSoort, domein: 'fysiek' as Domein, maatschappelijkDoel: '', startdatum: vandaag(), einddatum: '',
    doel: '', indicator: '', meeteenheid: '', nulwaarde: '', streefwaarde: '', streefdatum: '' })
  const [opdrachtgever, setOpdrachtgever] = useState<Keuze | null>(null)
  const [manager, setManager] = useState<Keuze | null>(null)
  const formulier = useVersturen(Object.keys(LABELS))
  const v = formulier.fouten.velden
  const zet = (deel: Partial<typeof w>) => setW((oud) => ({ ...oud, ...deel }))
  const zoekFout = (veld: string) => (bericht: string) => formulier.toonFouten({ velden: { [veld]: [bericht] }, algemeen: [] })

  const verstuur = async (event: FormEvent) => {
    event.preventDefault()
    const metDoel = w.doel.trim() !== ''
    const nul = getalUit(w.nulwaarde)
    const streef = getalUit(w.streefwaarde)
    const fouten = controleer({
      naam: w.naam.trim() === '' && 'Vul de naam van de opgave in.',
      maatschappelijkDoel: w.maatschappelijkDoel.trim() === '' && 'Beschrijf het maatschappelijk doel.',
      startdatum: w.startdatum === '' && 'Vul de startdatum in.',
      ambtelijkOpdrachtgeverId: !opdrachtgever && 'Zoek de functie van de ambtelijk opdrachtgever en kies haar.',
      'doelen.0.indicator': metDoel && w.indicator.trim() === '' && 'Vul de indicator in.',
      'doelen.0.meeteenheid': metDoel && w.meeteenheid.trim() === '' && 'Vul de meeteenheid in, bijvoorbeeld woningen of procent.',
      'doelen.0.nulwaarde': metDoel && nul !== null && !Number.isFinite(nul) && 'Vul de nulwaarde in als getal.',
      'doelen.0.streefwaarde': metDoel && (streef === null || !Number.isFinite(streef)) && 'Vul de streefwaarde in als getal.',
      'doelen.0.streefdatum': metDoel && w.streefdatum === '' && 'Vul de streefdatum in.',
    })
    if (Object.keys(fouten).length > 0 || !opdrachtgever) return formulier.toonFouten({ velden: fouten, algemeen: [] })
    const body = {
      naam: w.naam.trim(), soort: w.soort, domein: w.domein, maatschappelijkDoel: w.maatschappelijkDoel.trim(), startdatum: w.startdatum,
      ...(w.einddatum ? { einddatum: w.einddatum } : {}),
      ambtelijkOpdrachtgeverId: opdrachtgever.id,
      ...(manager ? { opgavemanagerId: manager.id } : {}),
      ...(metDoel ? { doelen: [{ omschrijving: w.doel.trim(), indicator: w.indicator.trim(), meeteenheid: w.meeteenheid.trim(), ...(nul !== null ? { nulwaarde: nul } : {}), streefwaarde: streef!, streefdatum: w.streefdatum }] } : {}),
    }
    let nieuw: Opgave | null = null
    const ok = await formulier.verstuur(null, async () => { nieuw = await apiSend<Opgave>('POST', apiUrl(`/organisaties/${organisatieId}/opgaven`), body) })
    if (ok && nieuw) navigeer(maakHref({ pagina: 'opgave', organisatieId, opgaveId: (nieuw as Opgave).id }))
  }

  return (
    <section className="koers-paneel" aria-labelledby="nieuwe-opgave-kop">
      <Heading level={2} id="nieuwe-opgave-kop">Nieuwe opgave</Heading>
      <Paragraph>Leg een programma, project of maatschappelijke opgave vast met haar opdrachtgever. Kernteam, capaciteit en voortgang volgen op de pagina van de opgave.</Paragraph>
      <FoutSamenvatting titel="De opgave is niet aangemaakt" fouten={formulier.fouten} labels={LABELS} prefix={P} houder={formulier.samenvatting} />
      <form className="koers-formulier koers-formulier--breed" aria-labelledby="nieuwe-opgave-kop" onSubmit={(e) => void verstuur(e)} noValidate>
        <Veld naam="naam" prefix={P} label={LABELS.naam!} fouten={v.naam}>
          {(p) => <Textbox {...p} value={w.naam} onChange={(e) => zet({ naam: e.target.value })} />}
        </Veld>
        <Veld naam="soort" prefix={P} label={LABELS.soort!} fouten={v.soort}>
          {(p) => <Select {...p} value={w.soort} onChange={(e) => zet({ soort: e.target.value as OpgaveSoort })}>
            {Object.entries(OPGAVE_SOORTEN).map(([k, l]) => <SelectOption key={k} value={k}>{l}</SelectOption>)}
          </Select>}
        </Veld>
        <Veld naam="domein" prefix={P} label={LABELS.domein!} fouten={v.domein}>
          {(p) => <Select {...p} value={w.domein} onChange={(e) => zet({ domein: e.target.value as Domein })}>
            {Object.entries(DOMEINEN).map(([k, l]) => <SelectOption key={k} value={k}>{l}</SelectOption>)}
          </Select>}
        </Veld>
        <Veld naam="maatschappelijkDoel" prefix={P} label={LABELS.maatschappelijkDoel!} omschrijving="Wat de opgave in de samenleving wil bereiken." fouten={v.maatschappelijkDoel}>
          {(p) => <Textarea {...p} rows={3} value={w.maatschappelijkDoel} onChange={(e) => zet({ maatschappelijkDoel: e.target.value })} />}
        </Veld>
        <Veld naam="startdatum" prefix={P} label={LABELS.startdatum!} fouten={v.startdatum}>
          {(p) => <Textbox {...p} type="date" ref={metType('date')} value={w.startdatum} onChange={(e) => zet({ startdatum: e.target.value })} />}
        </Veld>
        <Veld naam="einddatum" prefix={P} label={`${LABELS.einddatum} (niet verplicht)`} fouten={v.einddatum}>
          {(p) => <Textbox {...p} type="date" ref={metType('date')} value={w.einddatum} onChange={(e) => zet({ einddatum: e.target.value })} />}
        </Veld>
        <FunctieZoeker organisatieId={organisatieId} prefix={P} naam="ambtelijkOpdrachtgeverId" label="Ambtelijk opdrachtgever" gekozen={opdrachtgever} onKies={setOpdrachtgever}
          fout={v.ambtelijkOpdrachtgeverId} onFout={zoekFout('ambtelijkOpdrachtgeverId-zoek')} />
        <FunctieZoeker organisatieId={organisatieId} prefix={P} naam="opgavemanagerId" label="Opgavemanager" nietVerplicht gekozen={manager} onKies={setManager}
          fout={v.opgavemanagerId} onFout={zoekFout('opgavemanagerId-zoek')} />
        <Fieldset>
          <FieldsetLegend>Eerste doel (niet verplicht)</FieldsetLegend>
          <Veld naam="doelen.0.omschrijving" prefix={P} label={LABELS['doelen.0.omschrijving']!} omschrijving="Laat leeg om later doelen toe te voegen." fouten={v['doelen.0.omschrijving']}>
            {(p) => <Textbox {...p} value={w.doel} onChange={(e) => zet({ doel: e.target.value })} />}
          </Veld>
          {w.doel.trim() !== '' && <>
            <Veld naam="doelen.0.indicator" prefix={P} label={LABELS['doelen.0.indicator']!} fouten={v['doelen.0.indicator']}>
              {(p) => <Textbox {...p} value={w.indicator} onChange={(e) => zet({ indicator: e.target.value })} />}
            </Veld>
            <Veld naam="doelen.0.meeteenheid" prefix={P} label={LABELS['doelen.0.meeteenheid']!} fouten={v['doelen.0.meeteenheid']}>
              {(p) => <Textbox {...p} value={w.meeteenheid} onChange={(e) => zet({ meeteenheid: e.target.value })} />}
            </Veld>
            <Veld naam="doelen.0.nulwaarde" prefix={P} label={`${LABELS['doelen.0.nulwaarde']} (niet verplicht)`} fouten={v['doelen.0.nulwaarde']}>
              {(p) => <Textbox {...p} inputMode="decimal" value={w.nulwaarde} onChange={(e) => zet({ nulwaarde: e.target.value })} />}
            </Veld>
            <Veld naam="doelen.0.streefwaarde" prefix={P} label={LABELS['doelen.0.streefwaarde']!} fouten={v['doelen.0.streefwaarde']}>
              {(p) => <Textbox {...p} inputMode="decimal" value={w.streefwaarde} onChange={(e) => zet({ streefwaarde: e.target.value })} />}
            </Veld>
            <Veld naam="doelen.0.streefdatum" prefix={P} label={LABELS['doelen.0.streefdatum']!} fouten={v['doelen.0.streefdatum']}>
              {(p) => <Textbox {...p} type="date" ref={metType('date')} value={w.streefdatum} onChange={(e) => zet({ streefdatum: e.target.value })} />}
            </Veld>
          </>}
        </Fieldset>
        <div className="koers-formulier__knoppen">
          <Button type="submit" appearance="primary-action-button" busy={formulier.bezig} disabled={formulier.bezig}>Opgave aanmaken</Button>
        </div>
      </form>
    </section>
  )
}
