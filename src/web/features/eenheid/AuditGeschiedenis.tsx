// The audit trail of an eenheid, shown only to who may read it (audit.lezen on this eenheid): what
// happened to the eenheid itself, its functies and the bezettingen on the peildatum (and those
// ended on this page), newest first, with who did it.
import { useEffect, useRef, useState } from 'react'
import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react'
import { ApiFout, apiGet, apiUrl } from '../../api/client.ts'
import type { FunctieKort, GeschiedenisEvent } from '../../api/types.ts'
import { useApp } from '../../app/app-context.ts'
import { Foutmelding, Laden } from '../../components/Status.tsx'
import { actorNaam, auditHandeling, tijdstip } from '../../lib/format.ts'

interface Regel extends GeschiedenisEvent { over: string }

export function AuditGeschiedenis({ eenheidId, eenheidNaam, functies, versie }: { eenheidId: string; eenheidNaam: string; functies: FunctieKort[]; versie: number }) {
  const { organisatieId } = useApp()
  const [regels, setRegels] = useState<Regel[] | null>(null)
  const [fout, setFout] = useState<string | null>(null)
  const [teller, setTeller] = useState(0)
  // Every object seen on this page stays in the list, so a bezetting just ended keeps its history here.
  const gezien = useRef(new Map<string, { objectType: string; objectId: string; over: string }>())
  const sleutel = functies.map((f) => `${f.id}:${f.houders.map((h) => h.bezettingId).join(',')}`).join(';')

  useEffect(() => {
    for (const o of [
      { objectType: 'eenheid', objectId: eenheidId, over: eenheidNaam },
      ...functies.map((f) => ({ objectType: 'functie', objectId: f.id, over: f.naam })),
      ...functies.flatMap((f) => f.houders.map((h) => ({ objectType: 'bezetting', objectId: h.bezettingId, over: `${h.naam} als ${f.naam}` }))),
    ]) gezien.current.set(`${o.objectType}:${o.objectId}`, o)
    const objecten = [...gezien.current.values()]
    const controller = new AbortController()
    setFout(null)
    Promise.all(objecten.map(async (o) => {
      const r = await apiGet<{ resultaten: GeschiedenisEvent[] }>(apiUrl(`/organisaties/${organisatieId}/geschiedenis`, { objectType: o.objectType, objectId: o.objectId }), controller.signal)
      return r.resultaten.map((e) => ({ ...e, over: o.over }))
    })).then(
      (lijsten) => setRegels(lijsten.flat().sort((a, b) => b.tijdstip.localeCompare(a.tijdstip) || b.ketenNr - a.ketenNr)),
      (e: unknown) => {
        if ((e as Error).name !== 'AbortError') setFout(e instanceof ApiFout ? e.message : 'De geschiedenis kon niet worden geladen.')
      },
    )
    return () => controller.abort()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- sleutel stands for the functies and their houders
  }, [organisatieId, eenheidId, eenheidNaam, sleutel, versie, teller])

  if (fout) return <Foutmelding titel="De geschiedenis kon niet worden geladen" bericht={fout} niveau={3} opnieuw={() => setTeller((t) => t + 1)} />
  if (regels === null) return <Laden wat="De geschiedenis" />
  if (regels.length === 0) return <Paragraph className="koers-leeg">Nog niets vastgelegd over deze eenheid, haar functies of de huidige bezetting.</Paragraph>
  return (
    <div className="koers-tabel-wrapper">
      <Table>
        <TableCaption className="koers-visueel-verborgen">Gebeurtenissen rond {eenheidNaam}, nieuwste eerst</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Tijdstip</TableHeaderCell>
            <TableHeaderCell scope="col">Wie</TableHeaderCell>
            <TableHeaderCell scope="col">Wat</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {regels.slice(0, 100).map((r) => (
            <TableRow key={r.id}>
              <TableCell>{tijdstip(r.tijdstip)}</TableCell>
              <TableCell>{actorNaam(r.actor, r.actorNaam)}</TableCell>
              <TableCell>{auditHandeling(r.handeling)}<br /><span className="koers-klein">{r.over}</span></TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  )
}
