// Persoon: the functies held on the peildatum, before and later; and per functie the hierarchical
// and the functional chain above it.
import { Heading, Paragraph, StatusBadge, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react'
import { apiUrl } from '../../api/client.ts'
import type { Bezetting, Keten, Persoon } from '../../api/types.ts'
import { useApi } from '../../api/use-api.ts'
import { useApp, useHref, usePaginaTitel } from '../../app/app-context.ts'
import { AppLink } from '../../app/AppLink.tsx'
import { Kruimelpad } from '../../components/Kruimelpad.tsx'
import { ApiInhoud } from '../../components/Status.tsx'
import { datum, dienstverband, fte, periode, vervanging } from '../../lib/format.ts'
import { KetenLijst } from './KetenLijst.tsx'

export function PersoonPagina({ persoonId }: { persoonId: string }) {
  const { organisatieId, peildatumOfVandaag } = useApp()
  const maakHref = useHref()
  const basis = `/organisaties/${organisatieId}/personen/${persoonId}`
  const persoon = useApi<Persoon>(apiUrl(basis, { peildatum: peildatumOfVandaag }))
  const ketens = useApi<{ peildatum: string; ketens: Keten[] }>(apiUrl(`${basis}/keten`, { peildatum: peildatumOfVandaag }))
  usePaginaTitel(persoon.data?.naam ?? 'Persoon')

  if (persoon.data === null) {
    return <><Heading level={1}>Persoon</Heading><ApiInhoud stand={persoon} wat="De persoon">{() => null}</ApiInhoud></>
  }
  const p = persoon.data
  return (
    <>
      <Kruimelpad stappen={[
        { label: 'Organisatie', href: maakHref({ pagina: 'organisatie', organisatieId }) },
        { label: p.naam, href: maakHref({ pagina: 'persoon', organisatieId, persoonId }) },
      ]} />
      <div className="koers-paginakop">
        <div>
          <span className="koers-bovenschrift">Persoon</span>
          <Heading level={1}>{p.naam}</Heading>
          <Paragraph className="koers-ondertitel">
            Op {datum(p.peildatum)}
            {p.email && <> · <a className="utrecht-link" href={`mailto:${p.email}`}>{p.email}</a></>}
            {p.telefoon && <> · {p.telefoon}</>}
          </Paragraph>
        </div>
      </div>
      <div className="koers-kolommen">
        <div>
          <section className="koers-paneel" aria-labelledby="huidig-kop">
            <Heading level={2} id="huidig-kop">Functies op {datum(p.peildatum)}</Heading>
            <BezettingTabel bezettingen={p.huidig} bijschrift="Functies op de peildatum" leeg="Op deze datum bekleedt deze persoon geen functie." />
          </section>
          <section className="koers-paneel" aria-labelledby="eerder-kop">
            <Heading level={2} id="eerder-kop">Eerder</Heading>
            <BezettingTabel bezettingen={p.eerder} bijschrift="Functies vóór de peildatum" leeg="Geen eerdere functies." />
          </section>
          {p.later.length > 0 && (
            <section className="koers-paneel" aria-labelledby="later-kop">
              <Heading level={2} id="later-kop">Later</Heading>
              <BezettingTabel bezettingen={p.later} bijschrift="Functies na de peildatum" leeg="" />
            </section>
          )}
        </div>
        <section className="koers-paneel" aria-labelledby="keten-kop">
          <Heading level={2} id="keten-kop">Leiding en aansturing</Heading>
          <ApiInhoud stand={ketens} wat="De ketens" niveau={3}>
            {(data) => data.ketens.length === 0
              ? <Paragraph className="koers-leeg">Zonder functie op deze datum is er geen keten.</Paragraph>
              : data.ketens.map((k) => <KetenLijst key={k.functie.id} keten={k} meerdere={data.ketens.length > 1} />)}
          </ApiInhoud>
        </section>
      </div>
    </>
  )
}

function BezettingTabel({ bezettingen, bijschrift, leeg }: { bezettingen: Bezetting[]; bijschrift: string; leeg: string }) {
  const { organisatieId } = useApp()
  const maakHref = useHref()
  if (bezettingen.length === 0) return <Paragraph className="koers-leeg">{leeg}</Paragraph>
  return (
    <div className="koers-tabel-wrapper">
      <Table>
        <TableCaption className="koers-visueel-verborgen">{bijschrift}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Functie</TableHeaderCell>
            <TableHeaderCell scope="col">Eenheid</TableHeaderCell>
            <TableHeaderCell scope="col">Omvang</TableHeaderCell>
            <TableHeaderCell scope="col">Periode</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {bezettingen.map((b) => (
            <TableRow key={b.id}>
              <TableCell>{b.functieNaam}{vervanging(b.vervanging) && <span className="koers-badges"><StatusBadge status="neutral">{vervanging(b.vervanging)}</StatusBadge></span>}</TableCell>
              <TableCell><AppLink href={maakHref({ pagina: 'eenheid', organisatieId, eenheidId: b.eenheid.id })}>{b.eenheid.naam}</AppLink></TableCell>
              <TableCell>{fte(b.fte)}, {dienstverband(b.dienstverband)}</TableCell>
              <TableCell>{periode(b.geldigVan, b.geldigTot)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  )
}
