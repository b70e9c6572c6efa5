// Opgaven: every programma, project and maatschappelijke opgave with its status, priority, the
// oordeel of its latest voortgangsrapportage (in words, with a symbol: never colour alone) and the
// capacity it asked and was granted; and, for who may (opgave.beheren), the form for a new one.
import { Heading, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react'
import { apiUrl } from '../../api/client.ts'
import type { Oordeel, OpgaveSamenvatting } from '../../api/types.ts'
import { useApi } from '../../api/use-api.ts'
import { useApp, useHref, usePaginaTitel } from '../../app/app-context.ts'
import { AppLink } from '../../app/AppLink.tsx'
import { heeftRecht, useSessie } from '../../app/sessie.ts'
import { LijstPaneel } from '../../components/LijstPaneel.tsx'
import { getal } from '../../lib/format.ts'
import { NieuweOpgaveFormulier } from './NieuweOpgaveFormulier.tsx'
import { DOMEINEN, OORDELEN, OPGAVE_SOORTEN, OPGAVE_STATUSSEN, woord } from './woorden.ts'

const SYMBOOL: Record<Oordeel, string> = { op_koers: '✓', risico: '!', uit_koers: '✗' }

/** The oordeel in words with a symbol and a colour (the colour is never the only cue). */
export function OordeelLabel({ oordeel }: { oordeel: Oordeel | null }) {
  if (!oordeel) return <span className="koers-leeg">Nog geen rapportage</span>
  return <span className={`koers-oordeel koers-oordeel--${oordeel}`}><span aria-hidden="true">{SYMBOOL[oordeel]} </span>{OORDELEN[oordeel]}</span>
}

export function OpgavenPagina() {
  const { organisatieId } = useApp()
  const maakHref = useHref()
  const stand = useSessie()
  usePaginaTitel('Opgaven')
  const lijst = useApi<{ resultaten: OpgaveSamenvatting[] }>(apiUrl(`/organisaties/${organisatieId}/opgaven`))
  const magBeheren = stand.status === 'ingelogd' && heeftRecht(stand.sessie, organisatieId, 'opgave.beheren')
  return (
    <>
      <div className="koers-paginakop">
        <div>
          <Heading level={1}>Opgaven</Heading>
          <Paragraph className="koers-ondertitel">Programma's, projecten en maatschappelijke opgaven: wie opdracht geeft, hoe het gaat en welke capaciteit zij vragen.</Paragraph>
        </div>
      </div>
      <LijstPaneel id="opgaven-kop" kop="Alle opgaven" stand={lijst} wat="De opgaven" leeg="Er zijn nog geen opgaven."
        bijschrift="Opgaven op prioriteit, met het laatste oordeel en de gevraagde en toegekende capaciteit"
        kolommen={[{ kop: 'Prioriteit', getal: true }, { kop: 'Naam' }, { kop: 'Soort' }, { kop: 'Domein' }, { kop: 'Status' }, { kop: 'Laatste oordeel' }, { kop: 'Gevraagd (fte)', getal: true }, { kop: 'Toegekend (fte)', getal: true }]}
        rijen={(opgaven) => [...opgaven].sort((a, b) => (a.prioriteit ?? 1e9) - (b.prioriteit ?? 1e9) || a.naam.localeCompare(b.naam, 'nl')).map((o) => (
          <TableRow key={o.id}>
            <TableCell className="koers-getal">{o.prioriteit ?? <span className="koers-leeg">geen</span>}</TableCell>
            <TableCell><AppLink href={maakHref({ pagina: 'opgave', organisatieId, opgaveId: o.id })}>{o.naam}</AppLink></TableCell>
            <TableCell>{woord(OPGAVE_SOORTEN, o.soort)}</TableCell>
            <TableCell>{woord(DOMEINEN, o.domein)}</TableCell>
            <TableCell>{woord(OPGAVE_STATUSSEN, o.status)}</TableCell>
            <TableCell><OordeelLabel oordeel={o.oordeel} /></TableCell>
            <TableCell className="koers-getal">{getal(o.gevraagdFte)}</TableCell>
            <TableCell className="koers-getal">{getal(o.toegekendFte)}</TableCell>
          </TableRow>
        ))} />
      {magBeheren && <NieuweOpgaveFormulier />}
    </>
  )
}
