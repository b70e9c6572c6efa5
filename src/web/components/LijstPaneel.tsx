// A list page's panel: a heading, the list while it loads or failed (ApiInhoud), a sentence when it
// is empty, and otherwise a table with a hidden caption and column headers. The overleggen,
// voorstellen, opgaven and OR pages each wrote this out; the rows stay theirs.
import type { ReactNode } from 'react'
import { Heading, Paragraph, Table, TableBody, TableCaption, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react'
import type { ApiStand } from '../api/use-api.ts'
import { ApiInhoud } from './Status.tsx'

export interface Kolom { kop: string; getal?: boolean }

export function LijstPaneel<T>({ id, kop, stand, wat, leeg, bijschrift, kolommen, rijen }: {
  /** The heading's id, which names the section. */
  id: string
  kop: string
  stand: ApiStand<{ resultaten: T[] }> & { opnieuw: () => void }
  /** What loads, for the loading message: "De overleggen". */
  wat: string
  /** The sentence shown when there is nothing. */
  leeg: string
  /** The table's caption for screen readers: what the rows and columns are. */
  bijschrift: string
  kolommen: readonly Kolom[]
  /** The rows (TableRow elements) for the loaded items. */
  rijen: (items: T[]) => ReactNode
}) {
  return (
    <section className="koers-paneel" aria-labelledby={id}>
      <Heading level={2} id={id}>{kop}</Heading>
      <ApiInhoud stand={stand} wat={wat} niveau={3}>
        {(data) => data.resultaten.length === 0 ? <Paragraph className="koers-leeg">{leeg}</Paragraph> : (
          <div className="koers-tabel-wrapper">
            <Table>
              <TableCaption className="koers-visueel-verborgen">{bijschrift}</TableCaption>
              <TableHeader><TableRow>
                {kolommen.map((k) => <TableHeaderCell key={k.kop} scope="col" className={k.getal ? 'koers-getal' : undefined}>{k.kop}</TableHeaderCell>)}
              </TableRow></TableHeader>
              <TableBody>{rijen(data.resultaten)}</TableBody>
            </Table>
          </div>
        )}
      </ApiInhoud>
    </section>
  )
}
