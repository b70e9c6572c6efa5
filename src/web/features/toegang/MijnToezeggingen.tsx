// "Mijn toezeggingen" on the account page: where my teammanager committed me to an opgave, per
// quarter with the FTE, and the kernteams I am in.
import { Heading, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react'
import { apiUrl } from '../../api/client.ts'
import type { Toezeggingen } from '../../api/types.ts'
import { useApi } from '../../api/use-api.ts'
import { AppLink } from '../../app/AppLink.tsx'
import { href } from '../../app/routes.ts'
import { ApiInhoud } from '../../components/Status.tsx'
import { getal } from '../../lib/format.ts'
import { kwartaalLabel } from '../../lib/kwartaal.ts'

export function MijnToezeggingen({ organisatieId, persoonId }: { organisatieId: string; persoonId: string }) {
  const stand = useApi<Toezeggingen>(apiUrl(`/organisaties/${organisatieId}/personen/${persoonId}/toezeggingen`))
  const opgave = (id: string) => href({ pagina: 'opgave', organisatieId, opgaveId: id }, null)
  return (
    <section className="koers-paneel" aria-labelledby="toezeggingen-kop">
      <Heading level={2} id="toezeggingen-kop">Mijn toezeggingen</Heading>
      <ApiInhoud stand={stand} wat="Uw toezeggingen" niveau={3}>
        {(data) => {
          const perKwartaal = [...new Set(data.toezeggingen.map((t) => t.kwartaal))].sort()
          return (
            <>
              {data.toezeggingen.length === 0 ? <Paragraph className="koers-leeg">U bent niet toegezegd aan een opgave.</Paragraph> : (
                <div className="koers-tabel-wrapper">
                  <Table>
                    <TableCaption className="koers-visueel-verborgen">Opgaven waaraan u bent toegezegd, per kwartaal</TableCaption>
                    <TableHeader><TableRow>
                      <TableHeaderCell scope="col">Kwartaal</TableHeaderCell>
                      <TableHeaderCell scope="col">Opgave</TableHeaderCell>
                      <TableHeaderCell scope="col">Vanuit</TableHeaderCell>
                      <TableHeaderCell scope="col" className="koers-getal">FTE</TableHeaderCell>
                    </TableRow></TableHeader>
                    <TableBody>
                      {perKwartaal.flatMap((k) => {
                        const rijen = data.toezeggingen.filter((t) => t.kwartaal === k)
                        return rijen.map((t, i) => (
                          <TableRow key={t.claimId}>
                            {i === 0 && <TableHeaderCell scope="rowgroup" rowSpan={rijen.length}>{kwartaalLabel(k)}<span className="koers-klein"><br />samen {getal(rijen.reduce((s, r) => s + r.fte, 0))} fte</span></TableHeaderCell>}
                            <TableCell><AppLink href={opgave(t.opgaveId)}>{t.opgaveNaam}</AppLink></TableCell>
                            <TableCell>{t.eenheidNaam}</TableCell>
                            <TableCell className="koers-getal">{getal(t.fte)}</TableCell>
                          </TableRow>
                        ))
                      })}
                    </TableBody>
                  </Table>
                </div>
              )}
              <Heading level={3} className="koers-formulier-kop">Kernteams</Heading>
              {data.kernteams.length === 0 ? <Paragraph className="koers-leeg">U zit in geen kernteam.</Paragraph> : (
                <ul className="koers-lijst-plat">{data.kernteams.map((k) => <li key={k.opgaveId}><AppLink href={opgave(k.opgaveId)}>{k.opgaveNaam}</AppLink> <span className="koers-klein">{k.rol}</span></li>)}</ul>
              )}
            </>
          )
        }}
      </ApiInhoud>
    </section>
  )
}
