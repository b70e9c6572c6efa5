// The eenheden as a WAI-ARIA tree: one tab stop, arrows move, Right/Left open and close,
// Space toggles, Enter opens the eenheid's page, Home/End, * opens siblings, letters jump.
import { useEffect, useMemo, useReducer, useRef, type KeyboardEvent } from 'react'
import { Button } from '@utrecht/component-library-react'
import type { BoomKnoop } from '../../api/types.ts'
import { useApp } from '../../app/app-context.ts'
import { isGewoneKlik, navigeer } from '../../app/navigation.ts'
import { href } from '../../app/routes.ts'
import { eenheidSoort } from '../../lib/format.ts'
import { BOOM_TOETSEN, beginStand, boomReducer, maakBoomModel, type BoomActie, type BoomModel, type BoomStand } from './boom-navigatie.ts'

export function EenheidBoom({ eenheden, labelId }: { eenheden: BoomKnoop[]; labelId: string }) {
  const { organisatieId, peildatum } = useApp()
  const model = useMemo(() => maakBoomModel(eenheden), [eenheden])
  const soorten = useMemo(() => new Map(eenheden.map((e) => [e.id, e.soort])), [eenheden])
  const [stand, dispatch] = useReducer((s: BoomStand, a: BoomActie) => boomReducer(model, s, a), model, beginStand)
  const elementen = useRef(new Map<string, HTMLLIElement>())
  const volgFocus = useRef(false)

  useEffect(() => {
    if (!volgFocus.current || stand.focus === null) return
    volgFocus.current = false
    elementen.current.get(stand.focus)?.focus()
  }, [stand.focus, stand.open])

  const linkNaar = (id: string) => href({ pagina: 'eenheid', organisatieId, eenheidId: id }, peildatum)

  const toets = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    if (event.key === 'Enter' && stand.focus) {
      event.preventDefault()
      navigeer(linkNaar(stand.focus))
      return
    }
    if (BOOM_TOETSEN.has(event.key) || (event.key.length === 1 && /\S/.test(event.key))) {
      event.preventDefault()
      volgFocus.current = true
      dispatch({ type: 'toets', toets: event.key })
    }
  }

  const knoop = (id: string, positie: number, aantal: number) => {
    const k = model.knopen.get(id)!
    const heeftKinderen = k.kinderen.length > 0
    const open = stand.open.has(id)
    return (
      <li key={id} role="treeitem" aria-level={k.niveau} aria-setsize={aantal} aria-posinset={positie}
        aria-expanded={heeftKinderen ? open : undefined} tabIndex={stand.focus === id ? 0 : -1}
        ref={(el) => { if (el) elementen.current.set(id, el); else elementen.current.delete(id) }}
        onFocus={(e) => { if (e.target === e.currentTarget && stand.focus !== id) dispatch({ type: 'focus', id }) }}>
        <div className="koers-boom__rij">
          {heeftKinderen ? (
            <span className="koers-boom__schakel" data-open={open} aria-hidden="true" onClick={(e) => {
              e.stopPropagation()
              volgFocus.current = true
              dispatch({ type: 'wissel', id })
            }}>
              <svg width="16" height="16" viewBox="0 0 16 16"><path d="M6 3l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="2" /></svg>
            </span>
          ) : <span className="koers-boom__blad" aria-hidden="true" />}
          <a className="utrecht-link koers-boom__naam" href={linkNaar(id)} tabIndex={-1} onClick={(e) => {
            if (!isGewoneKlik(e)) return
            e.preventDefault()
            navigeer(linkNaar(id))
          }}>{k.naam}</a>
          <span className="koers-boom__soort">{eenheidSoort(soorten.get(id) ?? '')}{heeftKinderen ? `, ${k.kinderen.length} onderliggend` : ''}</span>
        </div>
        {heeftKinderen && open && <ul role="group">{k.kinderen.map((kind, i) => knoop(kind, i + 1, k.kinderen.length))}</ul>}
      </li>
    )
  }

  return (
    <>
      <div className="koers-acties">
        <Button appearance="secondary-action-button" onClick={() => dispatch({ type: 'allesOpen' })}>Alles uitklappen</Button>
        <Button appearance="secondary-action-button" onClick={() => dispatch({ type: 'allesDicht' })}>Alles inklappen</Button>
      </div>
      <p className="koers-boom-uitleg" id="boom-uitleg">
        Met de pijltjestoetsen gaat u door de boom: rechts klapt uit, links klapt in, Enter opent de eenheid.
      </p>
      <ul className="koers-boom" role="tree" aria-labelledby={labelId} aria-describedby="boom-uitleg" onKeyDown={toets}>
        {model.wortels.map((id, i) => knoop(id, i + 1, model.wortels.length))}
      </ul>
    </>
  )
}

export type { BoomModel }
