// Voorstellen (issue 6): every college-, raads- and DT-voorstel with its status and who is at turn,
// and the form for a new one (any medewerker may draft; the teammanager approves before the route).
import { useState, type FormEvent } from 'react'
import { Button, Heading, Paragraph, Select, SelectOption, TableCell, TableRow, Textarea, Textbox } from '@utrecht/component-library-react'
import { apiSend, apiUrl } from '../../api/client.ts'
import type { Portefeuille, Voorstel, VoorstelSamenvatting } from '../../api/types.ts'
import { useApi } from '../../api/use-api.ts'
import { useApp, useHref, usePaginaTitel } from '../../app/app-context.ts'
import { AppLink } from '../../app/AppLink.tsx'
import { navigeer } from '../../app/navigation.ts'
import { controleer, FoutSamenvatting, useVersturen, Veld } from '../../components/Formulier.tsx'
import { LijstPaneel } from '../../components/LijstPaneel.tsx'
import { datum } from '../../lib/format.ts'
import { VOORSTEL_SOORTEN, VOORSTEL_STATUSSEN, woord } from './woorden.ts'

export function VoorstellenPagina() {
  const { organisatieId } = useApp()
  const maakHref = useHref()
  usePaginaTitel('Voorstellen')
  const lijst = useApi<{ resultaten: VoorstelSamenvatting[] }>(apiUrl(`/organisaties/${organisatieId}/voorstellen`))
  return (
    <>
      <div className="koers-paginakop">
        <div>
          <Heading level={1}>Voorstellen</Heading>
          <Paragraph className="koers-ondertitel">College-, raads- en DT-voorstellen: van concept via de teammanager, het portefeuillehoudersoverleg en het college naar het besluit.</Paragraph>
        </div>
      </div>
      <LijstPaneel id="voorstellen-kop" kop="Alle voorstellen" stand={lijst} wat="De voorstellen" leeg="Er zijn nog geen voorstellen."
        bijschrift="Voorstellen met hun status en wie aan zet is"
        kolommen={[{ kop: 'Titel' }, { kop: 'Soort' }, { kop: 'Status' }, { kop: 'Aan zet' }, { kop: 'Opsteller' }, { kop: 'Gewijzigd' }]}
        rijen={(voorstellen) => voorstellen.map((v) => (
          <TableRow key={v.id}>
            <TableCell><AppLink href={maakHref({ pagina: 'voorstel', organisatieId, voorstelId: v.id })}>{v.titel}</AppLink></TableCell>
            <TableCell>{woord(VOORSTEL_SOORTEN, v.soort)}</TableCell>
            <TableCell>{woord(VOORSTEL_STATUSSEN, v.status)}{v.uitkomst && <span className="koers-klein"> ({v.uitkomst.replace('_', ' ')})</span>}</TableCell>
            <TableCell>{v.eigenaar?.naam ?? <span className="koers-leeg">niemand</span>}</TableCell>
            <TableCell>{v.opsteller.naam}<span className="koers-klein"><br />{v.eenheid.naam}</span></TableCell>
            <TableCell>{datum(v.gewijzigdOp.slice(0, 10))}</TableCell>
          </TableRow>
        ))} />
      <NieuwVoorstelFormulier />
    </>
  )
}

const LABELS: Record<string, string> = { titel: 'Titel', soort: 'Soort', portefeuilleId: 'Portefeuille', tekst: 'Tekst van het voorstel' }
const P = 'voorstel-'
type Soort = Voorstel['soort']

function NieuwVoorstelFormulier() {
  const { organisatieId } = useApp()
  const maakHref = useHref()
  const portefeuilles = useApi<{ resultaten: Portefeuille[] }>(apiUrl(`/organisaties/${organisatieId}/portefeuilles`))
  const [w, setW] = useState({ titel: '', soort: 'collegevoorstel' as Soort, portefeuilleId: '', tekst: '' })
  const formulier = useVersturen(Object.keys(LABELS))
  const v = formulier.fouten.velden
  const zet = (deel: Partial<typeof w>) => setW((oud) => ({ ...oud, ...deel }))
  const metPortefeuille = w.soort !== 'dt_voorstel'

  const verstuur = async (event: FormEvent) => {
    event.preventDefault()
    const fouten = controleer({
      titel: w.titel.trim() === '' && 'Vul de titel van het voorstel in.',
      portefeuilleId: metPortefeuille && w.portefeuilleId === '' && 'Kies de portefeuille van de portefeuillehouder.',
      tekst: w.tekst.trim() === '' && 'Schrijf de tekst van het voorstel.',
    })
    if (Object.keys(fouten).length > 0) return formulier.toonFouten({ velden: fouten, algemeen: [] })
    const body = { titel: w.titel.trim(), soort: w.soort, tekst: w.tekst.trim(), ...(metPortefeuille ? { portefeuilleId: w.portefeuilleId } : {}) }
    let nieuw: Voorstel | null = null
    const ok = await formulier.verstuur(null, async () => { nieuw = await apiSend<Voorstel>('POST', apiUrl(`/organisaties/${organisatieId}/voorstellen`), body) })
    if (ok && nieuw) navigeer(maakHref({ pagina: 'voorstel', organisatieId, voorstelId: (nieuw as Voorstel).id }))
  }

  return (
    <section className="koers-paneel" aria-labelledby="nieuw-voorstel-kop">
      <Heading level={2} id="nieuw-voorstel-kop">Nieuw voorstel</Heading>
      <Paragraph>U wordt de opsteller. Het voorstel begint als concept; dient u het in, dan keurt uw teammanager het goed voordat het de route in gaat.</Paragraph>
      <FoutSamenvatting titel="Het voorstel is niet aangemaakt" fouten={formulier.fouten} labels={LABELS} prefix={P} houder={formulier.samenvatting} />
      <form className="koers-formulier koers-formulier--breed" aria-labelledby="nieuw-voorstel-kop" onSubmit={(e) => void verstuur(e)} noValidate>
        <Veld naam="titel" prefix={P} label={LABELS.titel!} fouten={v.titel}>
          {(p) => <Textbox {...p} value={w.titel} onChange={(e) => zet({ titel: e.target.value })} />}
        </Veld>
        <Veld naam="soort" prefix={P} label={LABELS.soort!} fouten={v.soort}>
          {(p) => <Select {...p} value={w.soort} onChange={(e) => zet({ soort: e.target.value as Soort })}>
            {Object.entries(VOORSTEL_SOORTEN).map(([k, l]) => <SelectOption key={k} value={k}>{l}</SelectOption>)}
          </Select>}
        </Veld>
        {metPortefeuille && (
          <Veld naam="portefeuilleId" prefix={P} label={LABELS.portefeuilleId!} omschrijving="De portefeuillehouder brengt het voorstel in het college." fouten={v.portefeuilleId}>
            {(p) => <Select {...p} value={w.portefeuilleId} onChange={(e) => zet({ portefeuilleId: e.target.value })}>
              <SelectOption value="">Kies een portefeuille</SelectOption>
              {(portefeuilles.data?.resultaten ?? []).map((pf) => <SelectOption key={pf.id} value={pf.id}>{pf.naam}{pf.portefeuillehouder ? ` (${pf.portefeuillehouder.naam})` : ''}</SelectOption>)}
            </Select>}
          </Veld>
        )}
        <Veld naam="tekst" prefix={P} label={LABELS.tekst!} fouten={v.tekst}>
          {(p) => <Textarea {...p} rows={8} value={w.tekst} onChange={(e) => zet({ tekst: e.target.value })} />}
        </Veld>
        <div className="koers-formulier__knoppen">
          <Button type="submit" appearance="primary-action-button" busy={formulier.bezig} disabled={formulier.bezig}>Voorstel aanmaken</Button>
        </div>
      </form>
    </section>
  )
}
