import { Heading } from '@utrecht/component-library-react'
export function WijzigingenPagina(_props: { wijzigingId?: string | null }) {
  return <Heading level={1}>Wijzigingen</Heading>
}
