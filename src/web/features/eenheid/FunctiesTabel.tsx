// The functies of an eenheid with who holds them (loco and waarnemer marked) and the vacancies.
import { useEffect } from 'react'
import { StatusBadge, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react'
import type { FunctieKort } from '../../api/types.ts'
import { useApp, useHref } from '../../app/app-context.ts'
import { AppLink } from '../../app/AppLink.tsx'
import { useLocatie } from '../../app/navigation.ts'
import { dienstverband, fte, getal, vervanging } from '../../lib/format.ts'

export function FunctiesTabel({ functies, eenheidNaam }: { functies: FunctieKort[]; eenheidNaam: string }) {
  const { organisatieId } = useApp()
  const maakHref = useHref()
  const { hash } = useLocatie()

  // A search result links to #functie-{id}: bring that row into view once the rows are there.
  useEffect(() => {
    if (!hash.startsWith('#functie-')) return
    const rij = document.getElementById(hash.slice(1))
    if (rij) {
      rij.scrollIntoView({ block: 'center' })
      rij.classList.add('koers-gemarkeerd')
    }
  }, [hash, functies])

  return (
    <div className="koers-tabel-wrapper">
      <Table>
        <TableCaption className="koers-visueel-verborgen">Functies van {eenheidNaam} met hun bezetting</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Functie</TableHeaderCell>
            <TableHeaderCell scope="col">Schaal</TableHeaderCell>
            <TableHeaderCell scope="col" className="koers-getal">Formatie</TableHeaderCell>
            <TableHeaderCell scope="col">Bezet door</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {functies.map((f) => {
            const bezet = f.houders.reduce((som, h) => som + h.fte, 0)
            const vacant = f.formatieFte > 0 && f.houders.length === 0
            return (
              <TableRow key={f.id} id={`functie-${f.id}`}>
                <TableCell>
                  <strong>{f.naam}</strong>
                  <span className="koers-badges">
                    {f.leidinggevend && <StatusBadge status="active">leidinggevend</StatusBadge>}
                  </span>
                  <br />
                  <span className="koers-klein">{f.roltype.naam}{f.aandachtsgebied ? ` · ${f.aandachtsgebied}` : ''}</span>
                </TableCell>
                <TableCell>{f.schaal ?? '—'}</TableCell>
                <TableCell className="koers-getal">{getal(f.formatieFte)}</TableCell>
                <TableCell>
                  {vacant && <StatusBadge status="invalid">vacature</StatusBadge>}
                  {f.houders.length > 0 && (
                    <ul className="koers-lijst-plat">
                      {f.houders.map((h) => (
                        <li key={h.bezettingId}>
                          <AppLink href={maakHref({ pagina: 'persoon', organisatieId, persoonId: h.persoonId })}>{h.naam}</AppLink>
                          {vervanging(h.vervanging) && <span className="koers-badges"><StatusBadge status="neutral">{vervanging(h.vervanging)}</StatusBadge></span>}
                          <span className="koers-klein"> {fte(h.fte)}, {dienstverband(h.dienstverband)}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                  {!vacant && f.houders.length > 0 && bezet < f.formatieFte && <span className="koers-klein">Nog {fte(f.formatieFte - bezet)} vacant</span>}
                </TableCell>
              </TableRow>
            )
          })}
        </TableBody>
      </Table>
    </div>
  )
}
