// Eenheid: its functies with bezetting and vacancies, formatie vs bezetting (also of the subtree),
// its place in the organisation (parent, children, functional lines in and out), contact details
// and versions. The server says what the user may do here (toegestane-handelingen): only then the
// bezetting forms (bezetting.beheren), the capaciteitsclaims to answer (capaciteit.toezeggen) and the
// audit trail (audit.lezen) appear.
import { useState } from 'react'
import { DataList, DataListItem, DataListKey, DataListValue, Heading, Paragraph } from '@utrecht/component-library-react'
import { apiUrl } from '../../api/client.ts'
import type { Eenheid, EenheidGeschiedenis, Formatie, FunctieKort, Handeling, Pagina } from '../../api/types.ts'
import { useApi } from '../../api/use-api.ts'
import { useApp, useHref, usePaginaTitel } from '../../app/app-context.ts'
import { AppLink } from '../../app/AppLink.tsx'
import { Kruimelpad } from '../../components/Kruimelpad.tsx'
import { ApiInhoud } from '../../components/Status.tsx'
import { datum, eenheidSoort, periode } from '../../lib/format.ts'
import { AuditGeschiedenis } from './AuditGeschiedenis.tsx'
import { BezettingBeheer } from './BezettingBeheer.tsx'
import { ClaimsBeantwoorden } from './ClaimsBeantwoorden.tsx'
import { EenheidGeschiedenisLijst } from './EenheidGeschiedenisLijst.tsx'
import { FormatieOverzicht } from './FormatieOverzicht.tsx'
import { FunctiesTabel } from './FunctiesTabel.tsx'

export function EenheidPagina({ eenheidId }: { eenheidId: string }) {
  const { organisatieId, peildatumOfVandaag } = useApp()
  const maakHref = useHref()
  const basis = `/organisaties/${organisatieId}`
  const eenheid = useApi<Eenheid>(apiUrl(`${basis}/eenheden/${eenheidId}`, { peildatum: peildatumOfVandaag }))
  const functies = useApi<Pagina<FunctieKort>>(apiUrl(`${basis}/functies`, { eenheidId, peildatum: peildatumOfVandaag, paginaGrootte: 500 }))
  const formatie = useApi<Formatie>(apiUrl(`${basis}/eenheden/${eenheidId}/formatie`, { peildatum: peildatumOfVandaag }))
  const geschiedenis = useApi<EenheidGeschiedenis>(apiUrl(`${basis}/eenheden/${eenheidId}/geschiedenis`))
  const toegestaan = useApi<{ handelingen: Handeling[] }>(apiUrl(`${basis}/toegestane-handelingen`, { eenheidId }))
  const mag = (h: Handeling) => toegestaan.data?.handelingen.includes(h) ?? false
  const [versie, setVersie] = useState(0)
  const gewijzigd = () => {
    functies.opnieuw()
    formatie.opnieuw()
    setVersie((v) => v + 1)
  }
  usePaginaTitel(eenheid.data?.naam ?? (eenheid.status === 'fout' ? 'Eenheid niet gevonden' : 'Eenheid'))
  const link = (id: string) => maakHref({ pagina: 'eenheid', organisatieId, eenheidId: id })

  if (eenheid.status === 'fout' || eenheid.data === null) {
    return (
      <>
        <Heading level={1}>Eenheid</Heading>
        <ApiInhoud stand={eenheid} wat="De eenheid" foutTitel={eenheid.fout?.status === 404 ? `Deze eenheid bestond niet op ${datum(peildatumOfVandaag)}` : undefined}>{() => null}</ApiInhoud>
        {eenheid.status === 'fout' && <Paragraph><AppLink href={maakHref({ pagina: 'organisatie', organisatieId })}>Bekijk de organisatie op {datum(peildatumOfVandaag)}</AppLink></Paragraph>}
      </>
    )
  }
  const e = eenheid.data
  const contact = [
    ['E-mail', e.contact.email], ['Telefoon', e.contact.telefoon], ['Bezoekadres', e.contact.bezoekadres],
    ['Postadres', e.contact.postadres], ['Website', e.contact.website],
  ].filter((r): r is [string, string] => Boolean(r[1]))

  return (
    <>
      <Kruimelpad stappen={[
        { label: 'Organisatie', href: maakHref({ pagina: 'organisatie', organisatieId }) },
        ...(e.bovenEenheid ? [{ label: e.bovenEenheid.naam, href: link(e.bovenEenheid.id) }] : []),
        { label: e.naam, href: link(e.id) },
      ]} />
      <div className="koers-paginakop">
        <div>
          <span className="koers-bovenschrift">{eenheidSoort(e.soort)}{e.afkorting ? ` · ${e.afkorting}` : ''}</span>
          <Heading level={1}>{e.naam}</Heading>
          <Paragraph className="koers-ondertitel">Op {datum(e.peildatum)} · bestaat {periode(e.geldigVan, e.geldigTot)}</Paragraph>
        </div>
      </div>
      {e.omschrijving && <Paragraph appearance="lead">{e.omschrijving}</Paragraph>}
      <div className="koers-kolommen">
        <div>
          <section className="koers-paneel" aria-labelledby="functies-kop">
            <Heading level={2} id="functies-kop">Functies en bezetting</Heading>
            <ApiInhoud stand={functies} wat="De functies" niveau={3}>
              {(data) => data.resultaten.length === 0
                ? <Paragraph className="koers-leeg">Deze eenheid heeft zelf geen functies; de formatie zit in de onderliggende eenheden.</Paragraph>
                : <FunctiesTabel functies={data.resultaten} eenheidNaam={e.naam} />}
            </ApiInhoud>
          </section>
          {mag('bezetting.beheren') && functies.data && functies.data.resultaten.length > 0 && (
            <BezettingBeheer functies={functies.data.resultaten} onGewijzigd={gewijzigd} />
          )}
          {mag('capaciteit.toezeggen') && functies.data && (
            <ClaimsBeantwoorden eenheidId={e.id} eenheidNaam={e.naam} functies={functies.data.resultaten} />
          )}
          <section className="koers-paneel" aria-labelledby="versies-kop">
            <Heading level={2} id="versies-kop">Versies en wijzigingen</Heading>
            <ApiInhoud stand={geschiedenis} wat="De versies" niveau={3}>
              {(data) => <EenheidGeschiedenisLijst geschiedenis={data} />}
            </ApiInhoud>
          </section>
          {mag('audit.lezen') && functies.data && (
            <section className="koers-paneel" aria-labelledby="geschiedenis-kop">
              <Heading level={2} id="geschiedenis-kop">Geschiedenis</Heading>
              <Paragraph>Wie wanneer wat veranderde aan deze eenheid, haar functies en de huidige bezetting (de audit trail).</Paragraph>
              <AuditGeschiedenis eenheidId={e.id} eenheidNaam={e.naam} functies={functies.data.resultaten} versie={versie} />
            </section>
          )}
        </div>
        <div>
          <section className="koers-paneel" aria-labelledby="formatie-kop">
            <Heading level={2} id="formatie-kop">Formatie en bezetting</Heading>
            <ApiInhoud stand={formatie} wat="De formatie" niveau={3}>{(data) => <FormatieOverzicht formatie={data} />}</ApiInhoud>
          </section>
          <section className="koers-paneel" aria-labelledby="plaats-kop">
            <Heading level={2} id="plaats-kop">Plaats in de organisatie</Heading>
            <Heading level={3}>Hiërarchisch onder</Heading>
            <Paragraph>{e.bovenEenheid ? <AppLink href={link(e.bovenEenheid.id)}>{e.bovenEenheid.naam}</AppLink> : <span className="koers-leeg">Geen: dit is een top van de organisatie.</span>}</Paragraph>
            <Heading level={3}>Onderliggende eenheden ({e.onderliggendeEenheden.length})</Heading>
            {e.onderliggendeEenheden.length === 0 ? <Paragraph className="koers-leeg">Geen.</Paragraph> : (
              <ul className="koers-lijst-plat">
                {e.onderliggendeEenheden.map((o) => <li key={o.id}><AppLink href={link(o.id)}>{o.naam}</AppLink> <span className="koers-klein">{eenheidSoort(o.soort)}</span></li>)}
              </ul>
            )}
            <Heading level={3}>Functioneel aangestuurd door</Heading>
            <LijnenLijst lijnen={e.functioneleLijnen.uitgaand} link={link} leeg="Geen functionele aansturing." />
            <Heading level={3}>Stuurt functioneel aan</Heading>
            <LijnenLijst lijnen={e.functioneleLijnen.inkomend} link={link} leeg="Geen." />
          </section>
          <section className="koers-paneel" aria-labelledby="contact-kop">
            <Heading level={2} id="contact-kop">Contact</Heading>
            {contact.length === 0 ? <Paragraph className="koers-leeg">Geen contactgegevens vastgelegd.</Paragraph> : (
              <DataList>
                {contact.map(([sleutel, waarde]) => (
                  <DataListItem key={sleutel}>
                    <DataListKey>{sleutel}</DataListKey>
                    <DataListValue>{sleutel === 'E-mail' ? <a className="utrecht-link" href={`mailto:${waarde}`}>{waarde}</a>
                      : sleutel === 'Telefoon' ? <a className="utrecht-link" href={`tel:${waarde.replace(/\s+/g, '')}`}>{waarde}</a>
                      : sleutel === 'Website' ? <a className="utrecht-link" href={waarde}>{waarde}</a> : waarde}</DataListValue>
                  </DataListItem>
                ))}
              </DataList>
            )}
          </section>
        </div>
      </div>
    </>
  )
}

function LijnenLijst({ lijnen, link, leeg }: { lijnen: Eenheid['functioneleLijnen']['uitgaand']; link: (id: string) => string; leeg: string }) {
  if (lijnen.length === 0) return <Paragraph className="koers-leeg">{leeg}</Paragraph>
  return (
    <ul className="koers-lijst-plat">
      {lijnen.map((l) => (
        <li key={l.lijnId}><AppLink href={link(l.eenheidId)}>{l.naam}</AppLink>{l.omschrijving && <span className="koers-klein"><br />{l.omschrijving}</span>}</li>
      ))}
    </ul>
  )
}
