// The text alternative of the organogram: the same structure as a nested list, with the same
// collapsed eenheden and levels; each eenheid links to its page and can be collapsed or expanded
// (which redraws the picture too). Functional lines are named in words.
import { Button } from '@utrecht/component-library-react'
import type { Boom } from '../../api/types.ts'
import { useApp, useHref } from '../../app/app-context.ts'
import { AppLink } from '../../app/AppLink.tsx'
import { eenheidSoort } from '../../lib/format.ts'
import { maakBoomModel } from '../organisatie/boom-navigatie.ts'

export function OrganogramLijst({ boom, ingeklapt, niveaus, onWissel }: { boom: Boom; ingeklapt: string[]; niveaus: number | null; onWissel: (id: string) => void }) {
  const { organisatieId } = useApp()
  const maakHref = useHref()
  const model = maakBoomModel(boom.eenheden)
  const soorten = new Map(boom.eenheden.map((e) => [e.id, e.soort]))
  const namen = new Map(boom.eenheden.map((e) => [e.id, e.naam]))
  const aangestuurdDoor = new Map<string, string[]>()
  for (const l of boom.functioneleLijnen) {
    if (!l.eenheidId || !l.bovenEenheidId) continue
    aangestuurdDoor.set(l.eenheidId, [...(aangestuurdDoor.get(l.eenheidId) ?? []), namen.get(l.bovenEenheidId) ?? '?'])
  }
  const telOnder = (id: string): number => model.knopen.get(id)!.kinderen.reduce((n, k) => n + 1 + telOnder(k), 0)

  const item = (id: string) => {
    const k = model.knopen.get(id)!
    const dicht = ingeklapt.includes(id) || (niveaus !== null && k.niveau >= niveaus)
    const functioneel = aangestuurdDoor.get(id)
    return (
      <li key={id}>
        <AppLink href={maakHref({ pagina: 'eenheid', organisatieId, eenheidId: id })}>{k.naam}</AppLink>{' '}
        <span className="koers-klein">{eenheidSoort(soorten.get(id) ?? '')}{functioneel ? `; functioneel aangestuurd door ${functioneel.join(', ')}` : ''}</span>
        {k.kinderen.length > 0 && (
          <>
            {' '}
            <Button appearance="subtle-button" aria-expanded={!dicht} onClick={() => onWissel(id)}>
              {dicht ? `Klap ${k.naam} uit (${telOnder(id)} onderliggend)` : `Klap ${k.naam} in`}
            </Button>
            {!dicht && <ul>{k.kinderen.map(item)}</ul>}
          </>
        )}
      </li>
    )
  }
  return <ul className="utrecht-unordered-list">{model.wortels.map(item)}</ul>
}
