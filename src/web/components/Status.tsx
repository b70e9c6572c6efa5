// Loading and error states in Dutch. Loading is a polite status; an error is an alert with the
// problem's detail from the API and a way to try again.
import type { ReactNode } from 'react'
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react'
import type { ApiStand } from '../api/use-api.ts'

export function Laden({ wat = 'Gegevens' }: { wat?: string }) {
  return <p className="koers-laden" role="status">{wat} worden geladen…</p>
}

export function Foutmelding({ titel = 'Dat lukte niet', bericht, opnieuw, niveau = 2 }: { titel?: string; bericht: string; opnieuw?: () => void; niveau?: number }) {
  return (
    <Alert type="error" role="alert">
      <Heading level={niveau}>{titel}</Heading>
      <Paragraph>{bericht}</Paragraph>
      {opnieuw && <Button appearance="secondary-action-button" onClick={opnieuw}>Opnieuw proberen</Button>}
    </Alert>
  )
}

/** Renders the data of a request once it is there, or its loading or error state. */
export function ApiInhoud<T>({ stand, wat, children, foutTitel, niveau }: {
  stand: ApiStand<T> & { opnieuw: () => void }
  wat?: string
  foutTitel?: string
  niveau?: number
  children: (data: T) => ReactNode
}) {
  if (stand.status === 'fout') {
    const titel = foutTitel ?? (stand.fout.status === 404 ? 'Niet gevonden' : 'Dat lukte niet')
    return <Foutmelding titel={titel} bericht={stand.fout.message} opnieuw={stand.fout.status === 404 ? undefined : stand.opnieuw} niveau={niveau} />
  }
  if (stand.data === null) return <Laden wat={wat} />
  return <>{children(stand.data)}</>
}
