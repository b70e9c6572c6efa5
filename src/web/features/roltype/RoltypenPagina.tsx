// Roltypen: every roltype with its number of taken and of functies on the peildatum.
import { Heading, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react'
import { apiUrl } from '../../api/client.ts'
import type { RoltypeSamenvatting } from '../../api/types.ts'
import { useApi } from '../../api/use-api.ts'
import { useApp, useHref, usePaginaTitel } from '../../app/app-context.ts'
import { AppLink } from '../../app/AppLink.tsx'
import { ApiInhoud } from '../../components/Status.tsx'
import { datum } from '../../lib/format.ts'

export function RoltypenPagina() {
  const { organisatieId, peildatumOfVandaag } = useApp()
  const maakHref = useHref()
  usePaginaTitel('Roltypen')
  const roltypen = useApi<{ resultaten: RoltypeSamenvatting[] }>(apiUrl(`/organisaties/${organisatieId}/roltypen`, { peildatum: peildatumOfVandaag }))
  return (
    <>
      <Heading level={1}>Roltypen</Heading>
      <Paragraph appearance="lead">Elk roltype heeft genummerde taken uit het organisatiebesluit. Functies hebben een roltype; wie een functie bekleedt, draagt die taken.</Paragraph>
      <section className="koers-paneel" aria-labelledby="roltypen-kop">
        <Heading level={2} id="roltypen-kop">Alle roltypen op {datum(peildatumOfVandaag)}</Heading>
        <ApiInhoud stand={roltypen} wat="De roltypen" niveau={3}>
          {(data) => (
            <div className="koers-tabel-wrapper">
              <Table>
                <TableCaption className="koers-visueel-verborgen">Roltypen met aantal taken en functies</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Roltype</TableHeaderCell>
                    <TableHeaderCell scope="col">Categorie</TableHeaderCell>
                    <TableHeaderCell scope="col" className="koers-getal">Taken</TableHeaderCell>
                    <TableHeaderCell scope="col" className="koers-getal">Functies</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.resultaten.map((r) => (
                    <TableRow key={r.id}>
                      <TableCell>
                        <AppLink href={maakHref({ pagina: 'roltype', organisatieId, roltypeId: r.id })}>{r.naam}</AppLink>
                        {r.omschrijving && <><br /><span className="koers-klein">{r.omschrijving}</span></>}
                      </TableCell>
                      <TableCell>{r.categorie}{r.leidinggevend ? ', leidinggevend' : ''}</TableCell>
                      <TableCell className="koers-getal">{r.aantalTaken}</TableCell>
                      <TableCell className="koers-getal">{r.aantalFuncties}</TableCell>
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
