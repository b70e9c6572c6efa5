// The history of an eenheid: its versions (names, soorten, periods) and the wijzigingen that made them.
import { StatusBadge, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react'
import type { EenheidGeschiedenis } from '../../api/types.ts'
import { useApp, useHref } from '../../app/app-context.ts'
import { AppLink } from '../../app/AppLink.tsx'
import { WIJZIGING_STATUS, datum, eenheidSoort, periode } from '../../lib/format.ts'

export function EenheidGeschiedenisLijst({ geschiedenis }: { geschiedenis: EenheidGeschiedenis }) {
  const { organisatieId } = useApp()
  const maakHref = useHref()
  const wijzigingen = new Map(geschiedenis.wijzigingen.map((w) => [w.id, w]))
  const versies = [...geschiedenis.versies].sort((a, b) => b.geldigVan.localeCompare(a.geldigVan))
  return (
    <>
      <div className="koers-tabel-wrapper">
        <Table>
          <TableCaption className="koers-visueel-verborgen">Versies van de eenheid</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Periode</TableHeaderCell>
              <TableHeaderCell scope="col">Naam</TableHeaderCell>
              <TableHeaderCell scope="col">Soort</TableHeaderCell>
              <TableHeaderCell scope="col">Door wijziging</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {versies.map((v) => {
              const w = v.wijzigingId ? wijzigingen.get(v.wijzigingId) : undefined
              return (
                <TableRow key={`${v.geldigVan}-${v.naam}`}>
                  <TableCell>{periode(v.geldigVan, v.geldigTot)}</TableCell>
                  <TableCell>{v.naam}</TableCell>
                  <TableCell>{eenheidSoort(v.soort)}</TableCell>
                  <TableCell>{w ? <AppLink href={maakHref({ pagina: 'wijziging', organisatieId, wijzigingId: w.id })}>{w.titel}</AppLink> : <span className="koers-klein">bij de start vastgelegd</span>}</TableCell>
                </TableRow>
              )
            })}
          </TableBody>
        </Table>
      </div>
      {geschiedenis.wijzigingen.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">Wijzigingen die deze eenheid raken</h3>
          <ul className="koers-lijst-plat">
            {[...geschiedenis.wijzigingen].sort((a, b) => b.ingangsdatum.localeCompare(a.ingangsdatum)).map((w) => (
              <li key={w.id}>
                <AppLink href={maakHref({ pagina: 'wijziging', organisatieId, wijzigingId: w.id })}>{w.titel}</AppLink>{' '}
                <span className="koers-klein">per {datum(w.ingangsdatum)}</span>{' '}
                <StatusBadge status={w.status === 'vastgesteld' ? 'success' : w.status === 'concept' ? 'active' : 'inactive'}>{WIJZIGING_STATUS[w.status] ?? w.status}</StatusBadge>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}
