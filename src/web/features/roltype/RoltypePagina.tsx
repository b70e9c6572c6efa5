// Roltype: its numbered taken (as in the source, e.g. 4g) and who holds it on the peildatum.
import { Heading, Paragraph, StatusBadge, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react'
import { apiUrl } from '../../api/client.ts'
import type { Roltype } from '../../api/types.ts'
import { useApi } from '../../api/use-api.ts'
import { useApp, useHref, usePaginaTitel } from '../../app/app-context.ts'
import { AppLink } from '../../app/AppLink.tsx'
import { Kruimelpad } from '../../components/Kruimelpad.tsx'
import { ApiInhoud } from '../../components/Status.tsx'
import { datum } from '../../lib/format.ts'

export function RoltypePagina({ roltypeId }: { roltypeId: string }) {
  const { organisatieId, peildatumOfVandaag } = useApp()
  const maakHref = useHref()
  const roltype = useApi<Roltype>(apiUrl(`/organisaties/${organisatieId}/roltypen/${roltypeId}`, { peildatum: peildatumOfVandaag }))
  usePaginaTitel(roltype.data?.naam ?? 'Roltype')
  if (roltype.data === null) return <><Heading level={1}>Roltype</Heading><ApiInhoud stand={roltype} wat="Het roltype">{() => null}</ApiInhoud></>
  const r = roltype.data
  return (
    <>
      <Kruimelpad stappen={[
        { label: 'Roltypen', href: maakHref({ pagina: 'roltypen', organisatieId }) },
        { label: r.naam, href: maakHref({ pagina: 'roltype', organisatieId, roltypeId }) },
      ]} />
      <span className="koers-bovenschrift">Roltype · {r.categorie}{r.leidinggevend ? ' · leidinggevend' : ''}</span>
      <Heading level={1}>{r.naam}</Heading>
      {r.omschrijving && <Paragraph appearance="lead">{r.omschrijving}</Paragraph>}
      <div className="koers-kolommen">
        <section className="koers-paneel" aria-labelledby="taken-kop">
          <Heading level={2} id="taken-kop">Taken</Heading>
          {r.bron && <Paragraph className="koers-klein">Bron: {r.bron}</Paragraph>}
          {r.taken.length === 0 ? <Paragraph className="koers-leeg">Voor dit roltype zijn geen taken vastgelegd.</Paragraph> : (
            <ol className="koers-lijst-plat">
              {r.taken.map((t) => (
                <li key={t.nummer}><strong className="koers-code">{t.nummer}</strong> {t.tekst}</li>
              ))}
            </ol>
          )}
        </section>
        <section className="koers-paneel" aria-labelledby="houders-kop">
          <Heading level={2} id="houders-kop">Wie het bekleedt op {datum(r.peildatum)}</Heading>
          {r.functies.length === 0 ? <Paragraph className="koers-leeg">Geen functies met dit roltype.</Paragraph> : (
            <div className="koers-tabel-wrapper">
              <Table>
                <TableCaption className="koers-visueel-verborgen">Functies met dit roltype en hun bezetting</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Persoon</TableHeaderCell>
                    <TableHeaderCell scope="col">Functie en eenheid</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {r.functies.map((f, i) => (
                    <TableRow key={`${f.functieId}-${f.persoonId ?? i}`}>
                      <TableCell>
                        {f.persoonId ? <AppLink href={maakHref({ pagina: 'persoon', organisatieId, persoonId: f.persoonId })}>{f.persoonNaam}</AppLink> : <StatusBadge status="invalid">vacature</StatusBadge>}
                        {f.vervanging && <span className="koers-badges"><StatusBadge status="neutral">{f.vervanging}</StatusBadge></span>}
                      </TableCell>
                      <TableCell>{f.functieNaam}<br /><AppLink href={maakHref({ pagina: 'eenheid', organisatieId, eenheidId: f.eenheidId })}>{f.eenheidNaam}</AppLink></TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
        </section>
      </div>
    </>
  )
}
