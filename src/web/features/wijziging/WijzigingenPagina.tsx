// Wijzigingen: every reorganisation change set, newest ingangsdatum first, with its status.
import { Heading, Paragraph, StatusBadge, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react'
import { apiUrl } from '../../api/client.ts'
import type { Pagina, WijzigingSamenvatting } from '../../api/types.ts'
import { useApi } from '../../api/use-api.ts'
import { useApp, useHref, usePaginaTitel } from '../../app/app-context.ts'
import { AppKnopLink, AppLink } from '../../app/AppLink.tsx'
import { ApiInhoud } from '../../components/Status.tsx'
import { WIJZIGING_STATUS, datum, tijdstip } from '../../lib/format.ts'

export function statusBadge(status: string) {
  const soort = status === 'vastgesteld' ? 'success' : status === 'concept' ? 'active' : 'inactive'
  return <StatusBadge status={soort}>{WIJZIGING_STATUS[status] ?? status}</StatusBadge>
}

export function WijzigingenPagina() {
  const { organisatieId } = useApp()
  const maakHref = useHref()
  usePaginaTitel('Wijzigingen')
  const lijst = useApi<Pagina<WijzigingSamenvatting>>(apiUrl(`/organisaties/${organisatieId}/wijzigingen`, { paginaGrootte: 200 }))
  return (
    <>
      <div className="koers-paginakop">
        <div>
          <Heading level={1}>Wijzigingen</Heading>
          <Paragraph className="koers-ondertitel">Reorganisaties als gedateerde wijzigingen: bundelen, ontkoppelen, verplaatsen, hernoemen.</Paragraph>
        </div>
        <AppKnopLink href={maakHref({ pagina: 'wijziging-nieuw', organisatieId })} appearance="primary-action">Nieuwe wijziging</AppKnopLink>
      </div>
      <section className="koers-paneel" aria-labelledby="lijst-kop">
        <Heading level={2} id="lijst-kop">Alle wijzigingen</Heading>
        <ApiInhoud stand={lijst} wat="De wijzigingen" niveau={3}>
          {(data) => data.resultaten.length === 0 ? <Paragraph className="koers-leeg">Nog geen wijzigingen.</Paragraph> : (
            <div className="koers-tabel-wrapper">
              <Table>
                <TableCaption className="koers-visueel-verborgen">Wijzigingen, nieuwste ingangsdatum eerst</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Titel</TableHeaderCell>
                    <TableHeaderCell scope="col">Ingangsdatum</TableHeaderCell>
                    <TableHeaderCell scope="col">Status</TableHeaderCell>
                    <TableHeaderCell scope="col" className="koers-getal">Acties</TableHeaderCell>
                    <TableHeaderCell scope="col">Vastgesteld op</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.resultaten.map((w) => (
                    <TableRow key={w.id}>
                      <TableCell><AppLink href={maakHref({ pagina: 'wijziging', organisatieId, wijzigingId: w.id })}>{w.titel}</AppLink></TableCell>
                      <TableCell>{datum(w.ingangsdatum)}</TableCell>
                      <TableCell>{statusBadge(w.status)}</TableCell>
                      <TableCell className="koers-getal">{w.aantalActies}</TableCell>
                      <TableCell>{w.vastgesteldOp ? tijdstip(w.vastgesteldOp) : '—'}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
        </ApiInhoud>
      </section>
    </>
  )
}
