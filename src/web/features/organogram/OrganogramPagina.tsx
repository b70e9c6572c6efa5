import { Heading } from '@utrecht/component-library-react'
export function OrganogramPagina() {
  return <Heading level={1}>Organogram</Heading>
}
