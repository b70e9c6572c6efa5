import { Heading } from '@utrecht/component-library-react'
export function WijzigingPagina(_props: { wijzigingId?: string | null }) {
  return <Heading level={1}>Wijzigingen</Heading>
}
