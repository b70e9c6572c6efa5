// Shown only to who may manage the bezetting of this eenheid (bezetting.beheren; a teammanager for
// their own team): end a bezetting, and appoint a persoon to a functie with room in its formatie.
// The server decides regardless; its Dutch messages appear in the form's error summary.
import { useState } from 'react'
import { Button, Heading, Paragraph, Select, SelectOption, Textbox } from '@utrecht/component-library-react'
import { apiSend, apiUrl } from '../../api/client.ts'
import type { Dienstverband, FunctieKort, PersoonKort } from '../../api/types.ts'
import { useApp } from '../../app/app-context.ts'
import { FoutSamenvatting, Gelukt, useVersturen, Veld, metType, controleer } from '../../components/Formulier.tsx'
import { PersoonZoeker } from '../../components/PersoonZoeker.tsx'
import { datum, dienstverband, fte, vandaag } from '../../lib/format.ts'

const DIENSTVERBANDEN: Dienstverband[] = ['vast', 'tijdelijk', 'inhuur', 'stage']

export function BezettingBeheer({ functies, onGewijzigd }: { functies: FunctieKort[]; onGewijzigd: () => void }) {
  return (
    <section className="koers-paneel" aria-labelledby="bezetting-beheren-kop">
      <Heading level={2} id="bezetting-beheren-kop">Bezetting beheren</Heading>
      <Paragraph>U mag in deze eenheid personen benoemen en bezettingen beëindigen. Elke wijziging komt in de geschiedenis.</Paragraph>
      <Beeindigen functies={functies} onGewijzigd={onGewijzigd} />
      <Benoemen functies={functies} onGewijzigd={onGewijzigd} />
    </section>
  )
}

const EIND_LABELS = { bezetting: 'Bezetting', geldigTot: 'Beëindigen per' }

function Beeindigen({ functies, onGewijzigd }: { functies: FunctieKort[]; onGewijzigd: () => void }) {
  const { organisatieId } = useApp()
  const bezettingen = functies.flatMap((f) => f.houders.map((h) => ({ id: h.bezettingId, label: `${h.naam} — ${f.naam} (${fte(h.fte)})` })))
  const [bezetting, setBezetting] = useState('')
  const [geldigTot, setGeldigTot] = useState(vandaag())
  const [gelukt, setGelukt] = useState<string | null>(null)
  const formulier = useVersturen(['geldigTot'])
  const v = formulier.fouten.velden

  const verstuur = async (event: React.FormEvent) => {
    event.preventDefault()
    setGelukt(null)
    const gekozen = bezettingen.find((b) => b.id === bezetting)
    if (!gekozen) return formulier.toonFouten({ velden: { bezetting: ['Kies de bezetting die eindigt.'] }, algemeen: [] })
    const ok = await formulier.verstuur(null, () => apiSend('PATCH', apiUrl(`/organisaties/${organisatieId}/bezettingen/${gekozen.id}`), { geldigTot }))
    if (ok) {
      setGelukt(`De bezetting ${gekozen.label} is beëindigd per ${datum(geldigTot)}.`)
      setBezetting('')
      onGewijzigd()
    }
  }

  return (
    <>
      <Heading level={3} id="beeindigen-kop">Bezetting beëindigen</Heading>
      <FoutSamenvatting titel="De bezetting is niet beëindigd" fouten={formulier.fouten} labels={EIND_LABELS} prefix="eind-" houder={formulier.samenvatting} />
      <Gelukt>{gelukt}</Gelukt>
      {bezettingen.length === 0 ? <Paragraph className="koers-leeg">Niemand bekleedt op de peildatum een functie in deze eenheid.</Paragraph> : (
        <form className="koers-formulier" aria-labelledby="beeindigen-kop" onSubmit={(e) => void verstuur(e)} noValidate>
          <Veld naam="bezetting" prefix="eind-" label={EIND_LABELS.bezetting} fouten={v.bezetting}>
            {(p) => (
              <Select {...p} value={bezetting} onChange={(e) => setBezetting(e.target.value)}>
                <SelectOption value="">Kies een persoon en functie</SelectOption>
                {bezettingen.map((b) => <SelectOption key={b.id} value={b.id}>{b.label}</SelectOption>)}
              </Select>
            )}
          </Veld>
          <Veld naam="geldigTot" prefix="eind-" label={EIND_LABELS.geldigTot} omschrijving="De eerste dag dat de persoon de functie niet meer bekleedt." fouten={v.geldigTot}>
            {(p) => <Textbox {...p} type="date" ref={metType('date')} value={geldigTot} onChange={(e) => setGeldigTot(e.target.value)} />}
          </Veld>
          <div className="koers-formulier__knoppen">
            <Button type="submit" appearance="primary-action-button" busy={formulier.bezig} disabled={formulier.bezig}>Bezetting beëindigen</Button>
          </div>
        </form>
      )}
    </>
  )
}

const BENOEM_LABELS = { functieId: 'Functie', zoek: 'Naam van de persoon', persoonId: 'Persoon', fte: 'Omvang (fte)', dienstverband: 'Dienstverband', geldigVan: 'Ingangsdatum' }

function Benoemen({ functies, onGewijzigd }: { functies: FunctieKort[]; onGewijzigd: () => void }) {
  const { organisatieId } = useApp()
  const ruimte = (f: FunctieKort) => Math.max(0, Math.round((f.formatieFte - f.houders.reduce((s, h) => s + h.fte, 0)) * 100) / 100)
  const vacant = functies.filter((f) => ruimte(f) > 0)
  const [functieId, setFunctieId] = useState('')
  const [persoon, setPersoon] = useState<PersoonKort | null>(null)
  const [sleutel, setSleutel] = useState(0)
  const [omvang, setOmvang] = useState('')
  const [soort, setSoort] = useState<Dienstverband>('vast')
  const [geldigVan, setGeldigVan] = useState(vandaag())
  const [gelukt, setGelukt] = useState<string | null>(null)
  const formulier = useVersturen(['functieId', 'persoonId', 'fte', 'dienstverband', 'geldigVan'])
  const v = formulier.fouten.velden

  const kiesFunctie = (id: string) => {
    setFunctieId(id)
    const f = vacant.find((x) => x.id === id)
    if (f && omvang === '') setOmvang(String(Math.min(1, ruimte(f))).replace('.', ','))
  }

  const verstuur = async (event: React.FormEvent) => {
    event.preventDefault()
    setGelukt(null)
    const f = vacant.find((x) => x.id === functieId)
    const p = persoon
    const getal = Number(omvang.replace(',', '.'))
    const fouten = controleer({
      functieId: !f && 'Kies de functie.',
      persoonId: !p && 'Zoek de persoon en kies haar of hem.',
      fte: (omvang.trim() === '' || !Number.isFinite(getal) || getal <= 0) && 'Vul de omvang in als getal groter dan 0, bijvoorbeeld 0,8.',
    })
    if (Object.keys(fouten).length > 0 || !f || !p) return formulier.toonFouten({ velden: fouten, algemeen: [] })
    const ok = await formulier.verstuur(null, () => apiSend('POST', apiUrl(`/organisaties/${organisatieId}/bezettingen`), { persoonId: p.id, functieId: f.id, fte: getal, dienstverband: soort, geldigVan }))
    if (ok) {
      setGelukt(`${p.naam} is benoemd in de functie ${f.naam}.`)
      setFunctieId('')
      setPersoon(null)
      setSleutel((n) => n + 1)
      setOmvang('')
      onGewijzigd()
    }
  }

  return (
    <>
      <Heading level={3} id="benoemen-kop">Persoon benoemen in een vacante functie</Heading>
      <FoutSamenvatting titel="De persoon is niet benoemd" fouten={formulier.fouten} labels={BENOEM_LABELS} prefix="benoem-" houder={formulier.samenvatting} />
      <Gelukt>{gelukt}</Gelukt>
      {vacant.length === 0 ? <Paragraph className="koers-leeg">Er is op de peildatum geen functie met ruimte in de formatie.</Paragraph> : (
        <form className="koers-formulier" aria-labelledby="benoemen-kop" onSubmit={(e) => void verstuur(e)} noValidate>
          <Veld naam="functieId" prefix="benoem-" label={BENOEM_LABELS.functieId} fouten={v.functieId}>
            {(p) => (
              <Select {...p} value={functieId} onChange={(e) => kiesFunctie(e.target.value)}>
                <SelectOption value="">Kies een functie</SelectOption>
                {vacant.map((f) => <SelectOption key={f.id} value={f.id}>{f.naam} ({fte(ruimte(f))} vacant)</SelectOption>)}
              </Select>
            )}
          </Veld>
          <PersoonZoeker key={sleutel} organisatieId={organisatieId} prefix="benoem-" gekozen={persoon} onKies={setPersoon} fout={v.persoonId}
            onFout={(bericht) => formulier.toonFouten({ velden: { zoek: [bericht] }, algemeen: [] })} />
          <Veld naam="fte" prefix="benoem-" label={BENOEM_LABELS.fte} fouten={v.fte}>
            {(p) => <Textbox {...p} inputMode="decimal" value={omvang} onChange={(e) => setOmvang(e.target.value)} />}
          </Veld>
          <Veld naam="dienstverband" prefix="benoem-" label={BENOEM_LABELS.dienstverband} fouten={v.dienstverband}>
            {(p) => (
              <Select {...p} value={soort} onChange={(e) => setSoort(e.target.value as Dienstverband)}>
                {DIENSTVERBANDEN.map((d) => <SelectOption key={d} value={d}>{dienstverband(d)}</SelectOption>)}
              </Select>
            )}
          </Veld>
          <Veld naam="geldigVan" prefix="benoem-" label={BENOEM_LABELS.geldigVan} fouten={v.geldigVan}>
            {(p) => <Textbox {...p} type="date" ref={metType('date')} value={geldigVan} onChange={(e) => setGeldigVan(e.target.value)} />}
          </Veld>
          <div className="koers-formulier__knoppen">
            <Button type="submit" appearance="primary-action-button" busy={formulier.bezig} disabled={formulier.bezig}>Persoon benoemen</Button>
          </div>
        </form>
      )}
    </>
  )
}
