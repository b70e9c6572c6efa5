// What every page needs: the organisatie in view and the peildatum, both from the URL.
import { createContext, useContext, useEffect } from 'react'
import type { Organisatie } from '../api/types.ts'
import { href as maakHref, type Route } from './routes.ts'

export interface AppContext {
  organisatieId: string
  organisatie: Organisatie | null
  /** The peildatum in the URL, or null for today. */
  peildatum: string | null
  /** The peildatum to ask the API for: the one in the URL, or today. */
  peildatumOfVandaag: string
}

export const AppContextReact = createContext<AppContext | null>(null)

export function useApp(): AppContext {
  const context = useContext(AppContextReact)
  if (!context) throw new Error('useApp buiten de AppContext')
  return context
}

/** Links that keep the peildatum in view. */
export function useHref() {
  const { peildatum } = useApp()
  return (route: Route, extra?: Record<string, string | number | null | undefined>) => maakHref(route, peildatum, extra)
}

/** Sets the browser title: "Domein Bedrijfsvoering · Koers". */
export function usePaginaTitel(titel: string | null) {
  useEffect(() => {
    if (titel) document.title = `${titel} · Koers`
  }, [titel])
}
