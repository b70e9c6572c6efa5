// The chains above one functie: who leads it (hierarchical, from the direct manager upwards) and
// who steers it functionally (and through which functie or eenheid).
import { Heading, Paragraph } from '@utrecht/component-library-react'
import type { FunctieKort, Keten } from '../../api/types.ts'
import { useApp, useHref } from '../../app/app-context.ts'
import { AppLink } from '../../app/AppLink.tsx'

function Houders({ functie }: { functie: FunctieKort }) {
  const { organisatieId } = useApp()
  const maakHref = useHref()
  if (functie.houders.length === 0) return <span className="koers-klein"> (vacant)</span>
  return (
    <>
      {': '}
      {functie.houders.map((h, i) => (
        <span key={h.bezettingId}>
          {i > 0 && ', '}
          <AppLink href={maakHref({ pagina: 'persoon', organisatieId, persoonId: h.persoonId })}>{h.naam}</AppLink>
          {h.vervanging && <span className="koers-klein"> ({h.vervanging})</span>}
        </span>
      ))}
    </>
  )
}

export function KetenLijst({ keten, meerdere }: { keten: Keten; meerdere: boolean }) {
  const { organisatieId } = useApp()
  const maakHref = useHref()
  const eenheidLink = (id: string) => maakHref({ pagina: 'eenheid', organisatieId, eenheidId: id })
  return (
    <div>
      {meerdere && <Heading level={3}>Als {keten.functie.naam}</Heading>}
      <Heading level={meerdere ? 4 : 3}>Hiërarchische lijn</Heading>
      {keten.hierarchisch.length === 0 ? <Paragraph className="koers-leeg">Geen leidinggevende boven deze functie.</Paragraph> : (
        <ol className="koers-lijst-plat">
          {keten.hierarchisch.map((f, i) => (
            <li key={f.id}>
              <span className="koers-klein">{i === 0 ? 'Direct leidinggevende' : `${i + 1}e niveau`} · </span>
              <strong>{f.naam}</strong>
              <Houders functie={f} />
              <br /><span className="koers-klein">in <AppLink href={eenheidLink(f.eenheid.id)}>{f.eenheid.naam}</AppLink></span>
            </li>
          ))}
        </ol>
      )}
      <Heading level={meerdere ? 4 : 3}>Functionele aansturing</Heading>
      {keten.functioneel.length === 0 ? <Paragraph className="koers-leeg">Geen functionele aansturing.</Paragraph> : (
        <ul className="koers-lijst-plat">
          {keten.functioneel.map((f) => (
            <li key={`${f.id}-${f.via.id}`}>
              <strong>{f.naam}</strong>
              <Houders functie={f} />
              <br /><span className="koers-klein">via {f.via.soort === 'eenheid' ? 'eenheid' : 'functie'} {f.via.soort === 'eenheid' ? <AppLink href={eenheidLink(f.via.id)}>{f.via.naam}</AppLink> : f.via.naam}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
