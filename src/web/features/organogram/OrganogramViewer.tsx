// Shows the server-rendered organogram SVG inline, with zoom (buttons, + and - keys, wheel) and
// pan (dragging, arrow keys). The eenheden in the SVG are links to the public page
// (/organisatie/eenheden/{id}); a click opens the eenheid in the app instead.
import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import { Button } from '@utrecht/component-library-react'
import { eenheidIdUitServerLink } from '../../app/routes.ts'
import { ZOOMSTAP, toetsActie, viewportReducer } from './viewport.ts'

export function OrganogramViewer({ svg, onEenheid, beschrijving }: { svg: string; onEenheid: (id: string) => void; beschrijving: string }) {
  const venster = useRef<HTMLDivElement>(null)
  const inhoud = useRef<HTMLDivElement>(null)
  const [grootte, setGrootte] = useState({ breedte: 0, hoogte: 0 })
  const [v, dispatch] = useReducer(viewportReducer, { schaal: 1, x: 0, y: 0 })
  const slepen = useRef<{ x: number; y: number; bewogen: number } | null>(null)
  const [sleept, setSleept] = useState(false)

  // Put the SVG in the page as elements (parsed, not as HTML), so its links can be followed and focused.
  useLayoutEffect(() => {
    const doel = inhoud.current
    if (!doel) return
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
    const root = doc.documentElement
    doel.replaceChildren()
    if (root.nodeName !== 'svg') return
    // Inline, the drawing holds links: it is a group with a name, not one image.
    root.setAttribute('role', 'group')
    root.setAttribute('focusable', 'false')
    const element = document.importNode(root, true) as unknown as SVGSVGElement
    doel.appendChild(element)
    const breedte = Number(root.getAttribute('width')) || element.getBoundingClientRect().width
    const hoogte = Number(root.getAttribute('height')) || element.getBoundingClientRect().height
    setGrootte({ breedte, hoogte })
  }, [svg])

  const vensterMaat = () => ({ breedte: venster.current?.clientWidth ?? 0, hoogte: venster.current?.clientHeight ?? 0 })
  const passend = useCallback(() => dispatch({ type: 'passend', inhoud: grootte, venster: vensterMaat() }), [grootte])
  useEffect(() => { if (grootte.breedte > 0) passend() }, [grootte, passend])

  // The wheel zooms around the cursor; it needs a non-passive listener to keep the page from scrolling.
  useEffect(() => {
    const el = venster.current
    if (!el) return
    const wiel = (e: WheelEvent) => {
      e.preventDefault()
      const rand = el.getBoundingClientRect()
      dispatch({ type: 'zoom', factor: e.deltaY < 0 ? 1.1 : 1 / 1.1, rond: { x: e.clientX - rand.left, y: e.clientY - rand.top } })
    }
    el.addEventListener('wheel', wiel, { passive: false })
    return () => el.removeEventListener('wheel', wiel)
  }, [])

  const toets = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return
    if (e.key === '0') {
      e.preventDefault()
      passend()
      return
    }
    const actie = toetsActie(e.key, vensterMaat())
    if (actie) {
      e.preventDefault()
      dispatch(actie)
    }
  }
  const omlaag = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return
    slepen.current = { x: e.clientX, y: e.clientY, bewogen: 0 }
  }
  const beweeg = (e: PointerEvent<HTMLDivElement>) => {
    const s = slepen.current
    if (!s) return
    const dx = e.clientX - s.x
    const dy = e.clientY - s.y
    s.bewogen += Math.abs(dx) + Math.abs(dy)
    s.x = e.clientX
    s.y = e.clientY
    if (s.bewogen > 4) {
      if (!sleept) {
        setSleept(true)
        venster.current?.setPointerCapture(e.pointerId)
      }
      dispatch({ type: 'schuif', dx, dy })
    }
  }
  const los = () => {
    // A click right after dragging must not open an eenheid; onClick sees bewogen and resets it.
    window.setTimeout(() => { slepen.current = null }, 0)
    setSleept(false)
  }
  const klik = (e: React.MouseEvent<HTMLDivElement>) => {
    const link = (e.target as Element).closest('a')
    if (!link) return
    e.preventDefault()
    if (slepen.current && slepen.current.bewogen > 4) return
    const id = eenheidIdUitServerLink(link.getAttribute('href') ?? link.getAttribute('xlink:href') ?? '')
    if (id) onEenheid(id)
  }

  const procent = Math.round(v.schaal * 100)
  return (
    <div>
      <div className="koers-organogram-bediening">
        <fieldset>
          <legend>Zoomen</legend>
          <div className="koers-knopgroep">
            <Button appearance="secondary-action-button" onClick={() => dispatch({ type: 'zoom', factor: ZOOMSTAP, rond: { x: vensterMaat().breedte / 2, y: vensterMaat().hoogte / 2 } })}>Inzoomen</Button>
            <Button appearance="secondary-action-button" onClick={() => dispatch({ type: 'zoom', factor: 1 / ZOOMSTAP, rond: { x: vensterMaat().breedte / 2, y: vensterMaat().hoogte / 2 } })}>Uitzoomen</Button>
            <Button appearance="secondary-action-button" onClick={passend}>Passend maken</Button>
            <Button appearance="secondary-action-button" onClick={() => dispatch({ type: 'ware-grootte' })}>Ware grootte</Button>
          </div>
        </fieldset>
        <p className="koers-klein" aria-live="polite">Zoom: {procent}%</p>
      </div>
      <div ref={venster} className="koers-venster" data-slepen={sleept} tabIndex={0} role="region"
        aria-label="Organogram: tekening" aria-describedby="organogram-hulp organogram-beschrijving"
        onKeyDown={toets} onPointerDown={omlaag} onPointerMove={beweeg} onPointerUp={los} onPointerCancel={los} onClick={klik}>
        <div ref={inhoud} className="koers-venster__inhoud" style={{ transform: `translate(${v.x}px, ${v.y}px) scale(${v.schaal})` }} />
        <p id="organogram-hulp" className="koers-venster__hulp">Slepen of pijltjestoetsen: schuiven · + en −: zoomen · 0: passend · klik op een eenheid om haar te openen</p>
      </div>
      <p id="organogram-beschrijving" className="koers-visueel-verborgen">{beschrijving}</p>
    </div>
  )
}
