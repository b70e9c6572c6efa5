// Organisatie: search, and the eenheden on the peildatum as an expandable tree.
import { DataList, DataListItem, DataListKey, DataListValue, Heading, Paragraph } from '@utrecht/component-library-react'
import { apiUrl } from '../../api/client.ts'
import type { Boom } from '../../api/types.ts'
import { useApi } from '../../api/use-api.ts'
import { useApp, useHref, usePaginaTitel } from '../../app/app-context.ts'
import { AppLink } from '../../app/AppLink.tsx'
import { ApiInhoud } from '../../components/Status.tsx'
import { datum } from '../../lib/format.ts'
import { EenheidBoom } from './EenheidBoom.tsx'
import { ZoekFormulier } from './ZoekFormulier.tsx'

export function OrganisatiePagina() {
  const { organisatieId, organisatie, peildatumOfVandaag } = useApp()
  const maakHref = useHref()
  usePaginaTitel(organisatie ? `Organisatie — ${organisatie.naam}` : 'Organisatie')
  const boom = useApi<Boom>(apiUrl(`/organisaties/${organisatieId}/boom`, { peildatum: peildatumOfVandaag }))

  return (
    <>
      <div className="koers-paginakop">
        <div>
          <Heading level={1}>Organisatie</Heading>
          <Paragraph className="koers-ondertitel">{organisatie?.naam ?? ''} op {datum(peildatumOfVandaag)}</Paragraph>
        </div>
      </div>
      <ZoekFormulier />
      <div className="koers-kolommen">
        <section className="koers-paneel" aria-labelledby="boom-kop">
          <Heading level={2} id="boom-kop">Eenheden</Heading>
          <ApiInhoud stand={boom} wat="De eenheden" niveau={3}>
            {(data) => data.eenheden.length === 0
              ? <Paragraph className="koers-leeg">Op {datum(data.peildatum)} had deze organisatie geen eenheden.</Paragraph>
              : <>
                  <Paragraph className="koers-klein">{data.eenheden.length} eenheden en {data.functioneleLijnen.length} functionele lijnen op {datum(data.peildatum)}.</Paragraph>
                  <EenheidBoom key={data.peildatum} eenheden={data.eenheden} labelId="boom-kop" />
                </>}
          </ApiInhoud>
        </section>
        <aside className="koers-paneel" aria-labelledby="over-kop">
          <Heading level={2} id="over-kop">Over de organisatie</Heading>
          {organisatie && (
            <DataList>
              <DataListItem><DataListKey>Naam</DataListKey><DataListValue>{organisatie.naam}</DataListValue></DataListItem>
              {organisatie.organisatiecode && <DataListItem><DataListKey>Organisatiecode</DataListKey><DataListValue>{organisatie.organisatiecode}</DataListValue></DataListItem>}
              {organisatie.bezoekadres && <DataListItem><DataListKey>Bezoekadres</DataListKey><DataListValue>{organisatie.bezoekadres}</DataListValue></DataListItem>}
              {organisatie.telefoon && <DataListItem><DataListKey>Telefoon</DataListKey><DataListValue>{organisatie.telefoon}</DataListValue></DataListItem>}
              {organisatie.email && <DataListItem><DataListKey>E-mail</DataListKey><DataListValue>{organisatie.email}</DataListValue></DataListItem>}
            </DataList>
          )}
          <Heading level={3}>Verder</Heading>
          <ul className="koers-lijst-plat">
            <li><AppLink href={maakHref({ pagina: 'organogram', organisatieId })}>Organogram bekijken en exporteren</AppLink></li>
            <li><AppLink href={maakHref({ pagina: 'roltypen', organisatieId })}>Roltypen en hun taken</AppLink></li>
            <li><AppLink href={maakHref({ pagina: 'wijzigingen', organisatieId })}>Wijzigingen (reorganisaties)</AppLink></li>
          </ul>
        </aside>
      </div>
    </>
  )
}
