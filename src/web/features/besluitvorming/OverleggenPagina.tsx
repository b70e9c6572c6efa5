// Overleggen (issue 6): every structural meeting with its soort, modus, cadence in words, chair and
// members, derived from the organisation today.
import { Heading, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react'
import { apiUrl } from '../../api/client.ts'
import type { Overleg } from '../../api/types.ts'
import { useApi } from '../../api/use-api.ts'
import { useApp, useHref, usePaginaTitel } from '../../app/app-context.ts'
import { AppLink } from '../../app/AppLink.tsx'
import { LijstPaneel } from '../../components/LijstPaneel.tsx'
import { cadansInWoorden, MODI, OVERLEG_SOORTEN, woord } from './woorden.ts'

export function OverleggenPagina() {
  const { organisatieId } = useApp()
  const maakHref = useHref()
  usePaginaTitel('Overleggen')
  const lijst = useApi<{ resultaten: Overleg[] }>(apiUrl(`/organisaties/${organisatieId}/overleggen`))
  return (
    <>
      <div className="koers-paginakop">
        <div>
          <Heading level={1}>Overleggen</Heading>
          <Paragraph className="koers-ondertitel">De structurele overleggen: wie er zitting in heeft volgt uit de organisatie van vandaag.</Paragraph>
        </div>
      </div>
      <LijstPaneel id="overleggen-kop" kop="Alle overleggen" stand={lijst} wat="De overleggen" leeg="Er zijn nog geen overleggen ingericht."
        bijschrift="Overleggen met soort, modus, cadans, voorzitter en leden"
        kolommen={[{ kop: 'Overleg' }, { kop: 'Soort' }, { kop: 'Modus' }, { kop: 'Cadans' }, { kop: 'Voorzitter' }, { kop: 'Leden' }]}
        rijen={(overleggen) => overleggen.map((o) => {
          const voorzitters = o.deelnemers.filter((d) => d.rol === 'voorzitter' && d.vervanging === null)
          const leden = o.deelnemers.filter((d) => d.rol === 'lid')
          return (
            <TableRow key={o.id}>
              <TableCell><AppLink href={maakHref({ pagina: 'overleg', organisatieId, overlegId: o.id })}>{o.naam}</AppLink></TableCell>
              <TableCell>{woord(OVERLEG_SOORTEN, o.soort)}</TableCell>
              <TableCell>{woord(MODI, o.modus)}</TableCell>
              <TableCell>{cadansInWoorden(o.rrule)}</TableCell>
              <TableCell>{voorzitters.map((d) => d.naam).join(', ') || <span className="koers-leeg">vacant</span>}</TableCell>
              <TableCell>{leden.length === 0 ? <span className="koers-leeg">geen</span> : leden.length > 6 ? `${leden.length} leden` : leden.map((d) => d.naam).join(', ')}</TableCell>
            </TableRow>
          )
        })} />
    </>
  )
}
