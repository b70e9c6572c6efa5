// Ondernemingsraad: every verzoek to the works council (advies WOR art. 25, instemming art. 27,
// informatie art. 31) with its status and, while the OR has not answered, how long it still has (in
// words: never colour alone); and, for who may (or.beheren), the form for a new verzoek.
import { useState, type FormEvent } from 'react'
import { Button, Heading, Paragraph, Select, SelectOption, TableCell, TableRow, Textarea, Textbox } from '@utrecht/component-library-react'
import { apiSend, apiUrl } from '../../api/client.ts'
import type { OrVerzoek, Pagina, WijzigingSamenvatting } from '../../api/types.ts'
import { useApi } from '../../api/use-api.ts'
import { useApp, useHref, usePaginaTitel } from '../../app/app-context.ts'
import { AppLink } from '../../app/AppLink.tsx'
import { navigeer } from '../../app/navigation.ts'
import { heeftRecht, useSessie } from '../../app/sessie.ts'
import { controleer, FoutSamenvatting, metType, useVersturen, Veld } from '../../components/Formulier.tsx'
import { LijstPaneel } from '../../components/LijstPaneel.tsx'
import { datum, vandaag } from '../../lib/format.ts'
import { OR_SOORTEN, OR_STATUSSEN, termijnInWoorden } from './woorden.ts'

export function OrVerzoekenPagina() {
  const { organisatieId } = useApp()
  const maakHref = useHref()
  const stand = useSessie()
  usePaginaTitel('Ondernemingsraad')
  const lijst = useApi<{ resultaten: OrVerzoek[] }>(apiUrl(`/organisaties/${organisatieId}/or-verzoeken`))
  const magBeheren = stand.status === 'ingelogd' && heeftRecht(stand.sessie, organisatieId, 'or.beheren')
  const nu = vandaag()
  return (
    <>
      <div className="koers-paginakop">
        <div>
          <Heading level={1}>Ondernemingsraad</Heading>
          <Paragraph className="koers-ondertitel">Verzoeken om advies (WOR art. 25), instemming (art. 27) en informatie (art. 31), met de termijn waarbinnen de OR antwoordt.</Paragraph>
        </div>
      </div>
      <LijstPaneel id="or-verzoeken-kop" kop="Alle verzoeken" stand={lijst} wat="De verzoeken aan de OR" leeg="Er zijn nog geen verzoeken aan de OR."
        bijschrift="Verzoeken aan de OR met soort, status en termijn"
        kolommen={[{ kop: 'Onderwerp' }, { kop: 'Soort' }, { kop: 'Status' }, { kop: 'Ingediend' }, { kop: 'Termijn' }]}
        rijen={(verzoeken) => verzoeken.map((v) => {
          const nog = termijnInWoorden(v, nu)
          return (
            <TableRow key={v.id}>
              <TableCell><AppLink href={maakHref({ pagina: 'or-verzoek', organisatieId, verzoekId: v.id })}>{v.onderwerp}</AppLink></TableCell>
              <TableCell>{OR_SOORTEN[v.soort]}{v.worGrondslag && <span className="koers-klein"><br />{v.worGrondslag}</span>}</TableCell>
              <TableCell>{OR_STATUSSEN[v.status]}</TableCell>
              <TableCell>{datum(v.ingediendOp)}</TableCell>
              <TableCell>{datum(v.termijn)}{nog && <span className={`koers-klein${v.termijnVerstreken ? ' koers-termijn--verstreken' : ''}`}><br />{v.termijnVerstreken && <span aria-hidden="true">! </span>}{nog}</span>}</TableCell>
            </TableRow>
          )
        })} />
      {magBeheren && <NieuwVerzoekFormulier />}
    </>
  )
}

const LABELS: Record<string, string> = { soort: 'Soort verzoek', worGrondslag: 'WOR-grondslag', onderwerp: 'Onderwerp', toelichting: 'Toelichting', wijzigingId: 'Reorganisatie', termijn: 'Termijn' }
const P = 'or-verzoek-'
type Soort = OrVerzoek['soort']
const GRONDSLAG = /^art\. [0-9]+[a-z]? lid [0-9]+[a-z]?$/

function NieuwVerzoekFormulier() {
  const { organisatieId } = useApp()
  const maakHref = useHref()
  const wijzigingen = useApi<Pagina<WijzigingSamenvatting>>(apiUrl(`/organisaties/${organisatieId}/wijzigingen`))
  const [w, setW] = useState({ soort: 'advies' as Soort, worGrondslag: '', onderwerp: '', toelichting: '', wijzigingId: '', termijn: '' })
  const formulier = useVersturen(Object.keys(LABELS))
  const f = formulier.fouten.velden
  const zet = (deel: Partial<typeof w>) => setW((oud) => ({ ...oud, ...deel }))
  const concepten = (wijzigingen.data?.resultaten ?? []).filter((x) => x.status === 'concept')
  const metGrondslag = w.soort !== 'informatie' // advies and instemming name their article (WOR art. 25, 27)

  const verstuur = async (event: FormEvent) => {
    event.preventDefault()
    const grondslag = metGrondslag ? w.worGrondslag.trim() : ''
    const fouten = controleer({
      onderwerp: w.onderwerp.trim() === '' && 'Vul het onderwerp van het verzoek in.',
      worGrondslag: metGrondslag && (grondslag === '' ? 'Noem het artikel, lid en letter van de WOR.' : !GRONDSLAG.test(grondslag) && 'Schrijf de grondslag als ‘art. 25 lid 1e’.'),
      termijn: w.termijn === '' ? 'Kies de datum waarop de OR uiterlijk antwoordt.' : w.termijn < vandaag() && 'De termijn ligt in het verleden.',
    })
    if (Object.keys(fouten).length > 0) return formulier.toonFouten({ velden: fouten, algemeen: [] })
    const body = {
      soort: w.soort, onderwerp: w.onderwerp.trim(), termijn: w.termijn,
      ...(grondslag ? { worGrondslag: grondslag } : {}), ...(w.toelichting.trim() ? { toelichting: w.toelichting.trim() } : {}), ...(w.wijzigingId ? { wijzigingId: w.wijzigingId } : {}),
    }
    let nieuw: OrVerzoek | null = null
    const ok = await formulier.verstuur(null, async () => { nieuw = await apiSend<OrVerzoek>('POST', apiUrl(`/organisaties/${organisatieId}/or-verzoeken`), body) })
    if (ok && nieuw) navigeer(maakHref({ pagina: 'or-verzoek', organisatieId, verzoekId: (nieuw as OrVerzoek).id }))
  }

  return (
    <section className="koers-paneel" aria-labelledby="nieuw-or-verzoek-kop">
      <Heading level={2} id="nieuw-or-verzoek-kop">Nieuw verzoek aan de OR</Heading>
      <Paragraph>Een reorganisatie vraagt om advies (WOR art. 25 lid 1e). Regelingen over personeel, zoals werktijden of personeelsvolgsystemen, vragen om instemming (art. 27).</Paragraph>
      <FoutSamenvatting titel="Het verzoek is niet ingediend" fouten={formulier.fouten} labels={LABELS} prefix={P} houder={formulier.samenvatting} />
      <form className="koers-formulier koers-formulier--breed" aria-labelledby="nieuw-or-verzoek-kop" onSubmit={(e) => void verstuur(e)} noValidate>
        <Veld naam="soort" prefix={P} label={LABELS.soort!} fouten={f.soort}>
          {(p) => <Select {...p} value={w.soort} onChange={(e) => zet({ soort: e.target.value as Soort })}>
            {Object.entries(OR_SOORTEN).map(([k, l]) => <SelectOption key={k} value={k}>{l}</SelectOption>)}
          </Select>}
        </Veld>
        {metGrondslag && (
          <Veld naam="worGrondslag" prefix={P} label={LABELS.worGrondslag!} omschrijving={`Artikel, lid en letter, bijvoorbeeld ‘${w.soort === 'advies' ? 'art. 25 lid 1e' : 'art. 27 lid 1d'}’.`} fouten={f.worGrondslag}>
            {(p) => <Textbox {...p} value={w.worGrondslag} onChange={(e) => zet({ worGrondslag: e.target.value })} />}
          </Veld>
        )}
        <Veld naam="onderwerp" prefix={P} label={LABELS.onderwerp!} fouten={f.onderwerp}>
          {(p) => <Textbox {...p} maxLength={300} value={w.onderwerp} onChange={(e) => zet({ onderwerp: e.target.value })} />}
        </Veld>
        <Veld naam="toelichting" prefix={P} label={`${LABELS.toelichting!} (niet verplicht)`} fouten={f.toelichting}>
          {(p) => <Textarea {...p} rows={5} value={w.toelichting} onChange={(e) => zet({ toelichting: e.target.value })} />}
        </Veld>
        <Veld naam="wijzigingId" prefix={P} label={`${LABELS.wijzigingId!} (niet verplicht)`} omschrijving="De wijziging waarover de OR adviseert. Is ingesteld dat een wijziging op de OR wacht, dan kan zij pas na het antwoord worden vastgesteld." fouten={f.wijzigingId}>
          {(p) => <Select {...p} value={w.wijzigingId} onChange={(e) => zet({ wijzigingId: e.target.value })}>
            <SelectOption value="">Geen</SelectOption>
            {concepten.map((x) => <SelectOption key={x.id} value={x.id}>{x.titel} (per {datum(x.ingangsdatum)})</SelectOption>)}
          </Select>}
        </Veld>
        <Veld naam="termijn" prefix={P} label={LABELS.termijn!} omschrijving="De uiterste datum voor het antwoord van de OR." fouten={f.termijn}>
          {(p) => <Textbox {...p} type="date" ref={metType('date')} min={vandaag()} value={w.termijn} onChange={(e) => zet({ termijn: e.target.value })} />}
        </Veld>
        <div className="koers-formulier__knoppen">
          <Button type="submit" appearance="primary-action-button" busy={formulier.bezig} disabled={formulier.bezig}>Verzoek indienen</Button>
        </div>
      </form>
    </section>
  )
}
