// The parts of every small form (login, password, beheer, bezetting): a labelled field with its
// description and error, an error summary that takes the focus and is announced, a success
// message, and useVersturen, which runs a submit and maps the API's problem+json onto the fields.
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { Alert, FormLabel, Heading, Paragraph } from '@utrecht/component-library-react'
import { ApiFout } from '../api/client.ts'
import { veldFoutenUit, veldId, type VeldFouten } from '../api/problem.ts'

export interface VeldProps { id: string; invalid: boolean; 'aria-describedby'?: string }

export function Veld({ naam, label, fouten, omschrijving, children, prefix = '' }: {
  naam: string
  label: string
  fouten?: string[] | undefined
  omschrijving?: string
  /** Makes ids unique when two forms on one page share a field name. */
  prefix?: string
  children: (p: VeldProps) => ReactNode
}) {
  const id = veldId(`${prefix}${naam}`)
  const beschreven = [omschrijving ? `${id}-omschrijving` : null, fouten?.length ? `${id}-fout` : null].filter(Boolean).join(' ')
  return (
    <div className={`utrecht-form-field utrecht-form-field--text${fouten?.length ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label"><FormLabel htmlFor={id}>{label}</FormLabel></div>
      {omschrijving && <p id={`${id}-omschrijving`} className="utrecht-form-field-description">{omschrijving}</p>}
      {fouten && fouten.length > 0 && <p id={`${id}-fout`} className="utrecht-form-field-error-message">{fouten.join(' ')}</p>}
      <div className="utrecht-form-field__input">{children({ id, invalid: Boolean(fouten?.length), ...(beschreven ? { 'aria-describedby': beschreven } : {}) })}</div>
    </div>
  )
}

/** The errors of a form at its top: an alert (announced), focused, each field error a link to its field. */
export function FoutSamenvatting({ titel, fouten, labels, prefix = '', houder }: {
  titel: string
  fouten: VeldFouten
  labels: Record<string, string>
  prefix?: string
  houder: React.RefObject<HTMLDivElement | null>
}) {
  const aantal = fouten.algemeen.length + Object.keys(fouten.velden).length
  if (aantal === 0) return null
  return (
    <div ref={houder} tabIndex={-1} className="koers-fout-samenvatting">
      <Alert type="error" role="alert">
        <Heading level={2}>{titel}</Heading>
        <ul>
          {fouten.algemeen.map((f) => <li key={f}>{f}</li>)}
          {Object.entries(fouten.velden).map(([veld, redenen]) => (
            <li key={veld}><a className="utrecht-link" href={`#${veldId(`${prefix}${veld}`)}`} onClick={(e) => {
              e.preventDefault()
              document.getElementById(veldId(`${prefix}${veld}`))?.focus()
            }}>{labels[veld] ?? veld}</a>: {redenen.join(' ')}</li>
          ))}
        </ul>
      </Alert>
    </div>
  )
}

/** A polite confirmation after a successful action. */
export function Gelukt({ children }: { children: ReactNode }) {
  return (
    <div role="status">
      {children && <Alert type="ok" role="none"><Paragraph>{children}</Paragraph></Alert>}
    </div>
  )
}

const GEEN_FOUTEN: VeldFouten = { velden: {}, algemeen: [] }

/**
 * Runs a form's submit: busy while it runs, the API's errors mapped to the known fields (the rest
 * at the top), the summary focused. Returns whether it succeeded.
 */
export function useVersturen(velden: readonly string[]) {
  const [bezig, setBezig] = useState(false)
  const [fouten, setFouten] = useState<VeldFouten>(GEEN_FOUTEN)
  const samenvatting = useRef<HTMLDivElement>(null)
  // Focus the summary once it is on the screen (after React has rendered the new errors).
  const [focusVraag, setFocusVraag] = useState(0)
  useEffect(() => {
    if (focusVraag > 0) samenvatting.current?.focus()
  }, [focusVraag])
  const verstuur = async (event: FormEvent | null, actie: () => Promise<void>): Promise<boolean> => {
    event?.preventDefault()
    setBezig(true)
    try {
      await actie()
      setFouten(GEEN_FOUTEN)
      return true
    } catch (fout) {
      const probleem = fout instanceof ApiFout ? fout.probleem : null
      setFouten(probleem ? veldFoutenUit(probleem, velden) : { velden: {}, algemeen: [(fout as Error).message] })
      setFocusVraag((n) => n + 1)
      return false
    } finally {
      setBezig(false)
    }
  }
  /** For checks in the browser before anything is sent. */
  const toonFouten = (nieuw: VeldFouten) => {
    setFouten(nieuw)
    setFocusVraag((n) => n + 1)
  }
  return { bezig, fouten, samenvatting, verstuur, toonFouten }
}

/**
 * Sets an input's type (and name) as attributes once it is in the DOM. The production build tree-
 * shakes with propertyWriteSideEffects: false (vite.config.ts), which drops React's first
 * `input.type = …` and `input.name = …` property writes, so a radio button or password field would
 * start out as a text field until its next render. setAttribute is a call and survives.
 */
export function metType(type: string, name?: string) {
  return (el: HTMLInputElement | null) => {
    if (!el) return
    if (el.getAttribute('type') !== type) el.setAttribute('type', type)
    if (name && el.getAttribute('name') !== name) el.setAttribute('name', name)
  }
}

/**
 * The checks a form makes before sending: field → message when the check fails (false/null when
 * it passes) → the fields with their messages. Built without property writes, which the
 * production build may drop (see metType).
 */
export function controleer(regels: Record<string, string | false | null | undefined>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(regels).filter((r): r is [string, string] => typeof r[1] === 'string').map(([veld, bericht]) => [veld, [bericht]]))
}
