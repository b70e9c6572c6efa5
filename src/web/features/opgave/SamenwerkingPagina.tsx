// "Wie werkt samen": opgaven in the middle, the eenheden that grant them capacity on the right, the
// persons committed to them or in their kernteam on the left, as an SVG picture with a fixed
// three-column layout (the same data always draws the same picture), and the same in lists.
import { Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react'
import { apiUrl } from '../../api/client.ts'
import type { Netwerk } from '../../api/types.ts'
import { useApi } from '../../api/use-api.ts'
import { useApp, useHref, usePaginaTitel } from '../../app/app-context.ts'
import { AppLink } from '../../app/AppLink.tsx'
import { navigeer, useLocatie } from '../../app/navigation.ts'
import { metQuery } from '../../app/routes.ts'
import { Veld } from '../../components/Formulier.tsx'
import { ApiInhoud } from '../../components/Status.tsx'
import { getal, vandaag } from '../../lib/format.ts'
import { isKwartaal, kwartaalLabel, kwartaalPlus, kwartaalVan, kwartalenTussen } from '../../lib/kwartaal.ts'
import { netwerkIndeling } from './netwerk-indeling.ts'

const SOORT_WOORD = { claim: 'levert capaciteit', toezegging: 'toegezegd', kernteam: 'kernteam' } as const

export function SamenwerkingPagina() {
  const { organisatieId } = useApp()
  const locatie = useLocatie()
  usePaginaTitel('Wie werkt samen')
  const nu = kwartaalVan(vandaag())
  const gevraagd = new URLSearchParams(locatie.search).get('kwartaal')
  const kwartaal = isKwartaal(gevraagd) ? gevraagd : nu
  const netwerk = useApi<Netwerk>(apiUrl(`/organisaties/${organisatieId}/samenwerking`, { kwartaal }))
  return (
    <>
      <div className="koers-paginakop">
        <div>
          <Heading level={1}>Wie werkt samen</Heading>
          <Paragraph className="koers-ondertitel">Welke eenheden en mensen in {kwartaalLabel(kwartaal)} aan welke opgaven werken: toegekende capaciteit, toezeggingen en kernteams.</Paragraph>
        </div>
      </div>
      <form className="koers-formulier" aria-label="Kwartaal" onSubmit={(e) => e.preventDefault()}>
        <Veld naam="kwartaal" prefix="netwerk-" label="Kwartaal">
          {(p) => <Select {...p} value={kwartaal} onChange={(e) => navigeer(metQuery(locatie.pathname + locatie.search, { kwartaal: e.target.value === nu ? null : e.target.value }))}>
            {kwartalenTussen(kwartaalPlus(nu, -4), kwartaalPlus(nu, 12)).map((k) => <SelectOption key={k} value={k}>{kwartaalLabel(k)}</SelectOption>)}
          </Select>}
        </Veld>
      </form>
      <ApiInhoud stand={netwerk} wat="Het netwerk">
        {(data) => data.knopen.length === 0 ? <Paragraph className="koers-leeg">Geen lopende opgaven.</Paragraph> : <NetwerkWeergave data={data} kwartaal={kwartaal} />}
      </ApiInhoud>
    </>
  )
}

function NetwerkWeergave({ data, kwartaal }: { data: Netwerk; kwartaal: string }) {
  const { organisatieId } = useApp()
  const maakHref = useHref()
  const indeling = netwerkIndeling(data)
  const naam = new Map(data.knopen.map((k) => [k.id, k.naam]))
  const opgaven = data.knopen.filter((k) => k.soort === 'opgave')
  return (
    <>
      <section className="koers-paneel" aria-labelledby="plaat-kop">
        <Heading level={2} id="plaat-kop">Netwerk</Heading>
        <ul className="koers-legenda" aria-label="Legenda van de lijnen">
          <li><svg width="36" height="10" aria-hidden="true"><line x1="0" y1="5" x2="36" y2="5" className="koers-netwerk__lijn--claim" /></svg> levert capaciteit (eenheid)</li>
          <li><svg width="36" height="10" aria-hidden="true"><line x1="0" y1="5" x2="36" y2="5" className="koers-netwerk__lijn--toezegging" /></svg> toegezegd (persoon)</li>
          <li><svg width="36" height="10" aria-hidden="true"><line x1="0" y1="5" x2="36" y2="5" className="koers-netwerk__lijn--kernteam" /></svg> kernteam (persoon)</li>
        </ul>
        <div className="koers-netwerk">
          <svg viewBox={`0 0 ${indeling.breedte} ${indeling.hoogte}`} width={indeling.breedte} height={indeling.hoogte} role="img" aria-labelledby="netwerk-titel netwerk-omschrijving">
            <title id="netwerk-titel">Wie werkt samen in {kwartaalLabel(kwartaal)}</title>
            <desc id="netwerk-omschrijving">Personen links, opgaven in het midden, eenheden rechts. Dezelfde gegevens staan hieronder als lijsten.</desc>
            {indeling.kolommen.map((k) => <text key={k.titel} x={k.x} y={20} className="koers-netwerk__kolom" textAnchor="middle">{k.titel}</text>)}
            {indeling.lijnen.map((l, i) => <line key={i} x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} className={`koers-netwerk__lijn--${l.soort}`} />)}
            {indeling.knopen.map((k) => (
              <g key={k.id} className={`koers-netwerk__knoop koers-netwerk__knoop--${k.soort}`}>
                <rect x={k.x - k.breedte / 2} y={k.y - 16} width={k.breedte} height={32} rx={k.soort === 'persoon' ? 16 : 4} />
                <text x={k.x} y={k.y + 5} textAnchor="middle">{k.label}</text>
              </g>
            ))}
          </svg>
        </div>
      </section>
      <section className="koers-paneel koers-tekstalternatief" aria-labelledby="lijsten-kop">
        <Heading level={2} id="lijsten-kop">Als lijst</Heading>
        {opgaven.map((o) => {
          const lijnen = data.verbindingen.filter((v) => v.van === o.id || v.naar === o.id)
          return (
            <div key={o.id}>
              <Heading level={3}><AppLink href={maakHref({ pagina: 'opgave', organisatieId, opgaveId: o.id })}>{o.naam}</AppLink></Heading>
              {lijnen.length === 0 ? <Paragraph className="koers-leeg">Nog niemand in dit kwartaal.</Paragraph> : (
                <ul className="koers-lijst-plat">
                  {lijnen.map((v, i) => {
                    const ander = v.van === o.id ? v.naar : v.van
                    return <li key={i}>{naam.get(ander) ?? '?'}: {SOORT_WOORD[v.soort]}{v.fte !== null ? ` (${getal(v.fte)} fte)` : ''}</li>
                  })}
                </ul>
              )}
            </div>
          )
        })}
      </section>
    </>
  )
}
