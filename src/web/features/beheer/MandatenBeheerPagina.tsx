// Mandates: which roltype may do which handeling, where (mandaat.beheren to change them). Listed
// per roltype; a new mandaat; ending one (it stays on record).
import { useState } from 'react'
import { Button, Heading, Paragraph, StatusBadge, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow, Textbox, Select, SelectOption } from '@utrecht/component-library-react'
import { apiSend, apiUrl } from '../../api/client.ts'
import type { Handeling, MandaatUit, RoltypeSamenvatting, Scope } from '../../api/types.ts'
import { useApi } from '../../api/use-api.ts'
import { useApp } from '../../app/app-context.ts'
import { FoutSamenvatting, Gelukt, useVersturen, Veld, metType } from '../../components/Formulier.tsx'
import { ApiInhoud } from '../../components/Status.tsx'
import { handeling, HANDELING_CODES, periode, SCOPES, vandaag } from '../../lib/format.ts'
import { BeheerKop, useBeheerRechten } from './BeheerKop.tsx'

export function MandatenBeheerPagina() {
  const { organisatieId } = useApp()
  const rechten = useBeheerRechten()
  const mandaten = useApi<{ resultaten: MandaatUit[] }>(apiUrl(`/organisaties/${organisatieId}/mandaten`))
  const [melding, setMelding] = useState<string | null>(null)
  const [fout, setFout] = useState<string | null>(null)

  const beeindig = async (m: MandaatUit) => {
    setMelding(null)
    setFout(null)
    const morgen = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
    const geldigTot = m.geldigVan >= vandaag() ? morgen(m.geldigVan) : vandaag()
    try {
      await apiSend('PATCH', apiUrl(`/organisaties/${organisatieId}/mandaten/${m.id}`), { geldigTot })
      setMelding(`Het mandaat "${handeling(m.handeling)}" van ${m.roltypeNaam} is beëindigd.`)
      mandaten.opnieuw()
    } catch (e) {
      setFout((e as Error).message)
    }
  }

  return (
    <>
      <BeheerKop pagina="beheer-mandaten" titel="Mandaten" inleiding="Een mandaat geeft iedereen met een functie van een roltype het recht op een handeling: in de eigen eenheid, de eigen eenheid en alles daaronder, of de hele organisatie." />
      {rechten.mandaten && <NieuwMandaat onAangemaakt={mandaten.opnieuw} />}
      <section className="koers-paneel" aria-labelledby="mandaten-kop">
        <Heading level={2} id="mandaten-kop">Mandaten per roltype</Heading>
        <Gelukt>{melding}</Gelukt>
        {fout && <div role="alert" className="utrecht-form-field-error-message">{fout}</div>}
        <ApiInhoud stand={mandaten} wat="De mandaten" niveau={3}>
          {(data) => {
            if (data.resultaten.length === 0) return <Paragraph className="koers-leeg">Nog geen mandaten.</Paragraph>
            const perRoltype = new Map<string, MandaatUit[]>()
            for (const m of data.resultaten) perRoltype.set(m.roltypeNaam, [...(perRoltype.get(m.roltypeNaam) ?? []), m])
            return [...perRoltype.entries()].map(([roltype, lijst]) => (
              <div key={roltype}>
                <Heading level={3}>{roltype}</Heading>
                <div className="koers-tabel-wrapper">
                  <Table>
                    <TableCaption className="koers-visueel-verborgen">Mandaten van {roltype}</TableCaption>
                    <TableHeader><TableRow>
                      <TableHeaderCell scope="col">Handeling</TableHeaderCell>
                      <TableHeaderCell scope="col">Waar</TableHeaderCell>
                      <TableHeaderCell scope="col">Geldig</TableHeaderCell>
                      <TableHeaderCell scope="col">Bron</TableHeaderCell>
                      {rechten.mandaten && <TableHeaderCell scope="col"><span className="koers-visueel-verborgen">Actie</span></TableHeaderCell>}
                    </TableRow></TableHeader>
                    <TableBody>
                      {lijst.map((m) => {
                        const actief = m.geldigTot === null || m.geldigTot > vandaag()
                        return (
                          <TableRow key={m.id}>
                            <TableCell>{handeling(m.handeling)}</TableCell>
                            <TableCell>{SCOPES[m.scope]}</TableCell>
                            <TableCell>{periode(m.geldigVan, m.geldigTot)}{!actief && <> <StatusBadge status="inactive">beëindigd</StatusBadge></>}</TableCell>
                            <TableCell>{m.bron ?? '—'}</TableCell>
                            {rechten.mandaten && (
                              <TableCell>
                                {m.geldigTot === null && (
                                  <Button type="button" appearance="secondary-action-button" onClick={() => void beeindig(m)}>
                                    Beëindigen<span className="koers-visueel-verborgen"> {handeling(m.handeling)} voor {roltype}</span>
                                  </Button>
                                )}
                              </TableCell>
                            )}
                          </TableRow>
                        )
                      })}
                    </TableBody>
                  </Table>
                </div>
              </div>
            ))
          }}
        </ApiInhoud>
      </section>
    </>
  )
}

const LABELS = { roltype: 'Roltype', handeling: 'Handeling', scope: 'Waar', bron: 'Bron (besluit)', geldigVan: 'Geldig vanaf' }

function NieuwMandaat({ onAangemaakt }: { onAangemaakt: () => void }) {
  const { organisatieId } = useApp()
  const roltypen = useApi<{ resultaten: RoltypeSamenvatting[] }>(apiUrl(`/organisaties/${organisatieId}/roltypen`))
  const [roltype, setRoltype] = useState('')
  const [h, setH] = useState<Handeling>('organisatie.lezen')
  const [s, setS] = useState<Scope>('eigen_eenheid')
  const [bron, setBron] = useState('')
  const [geldigVan, setGeldigVan] = useState(vandaag())
  const [gelukt, setGelukt] = useState<string | null>(null)
  const formulier = useVersturen(['roltype', 'handeling', 'scope', 'bron', 'geldigVan'])
  const v = formulier.fouten.velden

  const verstuur = async (event: React.FormEvent) => {
    event.preventDefault()
    setGelukt(null)
    if (roltype === '') return formulier.toonFouten({ velden: { roltype: ['Kies het roltype.'] }, algemeen: [] })
    const ok = await formulier.verstuur(null, () => apiSend('POST', apiUrl(`/organisaties/${organisatieId}/mandaten`), {
      roltype, handeling: h, scope: s, geldigVan, ...(bron.trim() ? { bron: bron.trim() } : {}),
    }))
    if (ok) {
      const naam = roltypen.data?.resultaten.find((r) => r.code === roltype)?.naam ?? roltype
      setGelukt(`${naam} heeft nu het mandaat "${handeling(h)}" voor ${SCOPES[s]}.`)
      setBron('')
      onAangemaakt()
    }
  }

  return (
    <section className="koers-paneel" aria-labelledby="nieuw-mandaat-kop">
      <Heading level={2} id="nieuw-mandaat-kop">Mandaat toevoegen</Heading>
      <FoutSamenvatting titel="Het mandaat is niet toegevoegd" fouten={formulier.fouten} labels={LABELS} prefix="mandaat-" houder={formulier.samenvatting} />
      <Gelukt>{gelukt}</Gelukt>
      <form className="koers-formulier" aria-labelledby="nieuw-mandaat-kop" onSubmit={(e) => void verstuur(e)} noValidate>
        <Veld naam="roltype" prefix="mandaat-" label={LABELS.roltype} fouten={v.roltype}>
          {(p) => (
            <Select {...p} value={roltype} onChange={(e) => setRoltype(e.target.value)}>
              <SelectOption value="">{roltypen.data ? 'Kies een roltype' : 'Roltypen worden geladen…'}</SelectOption>
              {roltypen.data?.resultaten.map((r) => <SelectOption key={r.id} value={r.code}>{r.naam}</SelectOption>)}
            </Select>
          )}
        </Veld>
        <Veld naam="handeling" prefix="mandaat-" label={LABELS.handeling} fouten={v.handeling}>
          {(p) => (
            <Select {...p} value={h} onChange={(e) => setH(e.target.value as Handeling)}>
              {HANDELING_CODES.map((c) => <SelectOption key={c} value={c}>{handeling(c)}</SelectOption>)}
            </Select>
          )}
        </Veld>
        <Veld naam="scope" prefix="mandaat-" label={LABELS.scope} fouten={v.scope}>
          {(p) => (
            <Select {...p} value={s} onChange={(e) => setS(e.target.value as Scope)}>
              {(Object.keys(SCOPES) as Scope[]).map((c) => <SelectOption key={c} value={c}>{SCOPES[c]}</SelectOption>)}
            </Select>
          )}
        </Veld>
        <Veld naam="bron" prefix="mandaat-" label={`${LABELS.bron} (niet verplicht)`} omschrijving="Bijvoorbeeld het mandaatbesluit waarop dit berust." fouten={v.bron}>
          {(p) => <Textbox {...p} autoComplete="off" value={bron} onChange={(e) => setBron(e.target.value)} />}
        </Veld>
        <Veld naam="geldigVan" prefix="mandaat-" label={LABELS.geldigVan} fouten={v.geldigVan}>
          {(p) => <Textbox {...p} type="date" ref={metType('date')} value={geldigVan} onChange={(e) => setGeldigVan(e.target.value)} />}
        </Veld>
        <div className="koers-formulier__knoppen">
          <Button type="submit" appearance="primary-action-button" busy={formulier.bezig} disabled={formulier.bezig}>Mandaat toevoegen</Button>
        </div>
      </form>
    </section>
  )
}
