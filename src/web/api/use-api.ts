// Reads one API URL into React state: laden → data or fout. A new URL aborts the previous request,
// so a fast peildatum change never shows stale data.
import { useCallback, useEffect, useState } from 'react'
import { ApiFout, apiGet } from './client.ts'

export type ApiStand<T> =
  | { status: 'laden'; data: T | null; fout: null }
  | { status: 'klaar'; data: T; fout: null }
  | { status: 'fout'; data: null; fout: ApiFout }

export function useApi<T>(url: string | null): ApiStand<T> & { opnieuw: () => void } {
  const [stand, setStand] = useState<ApiStand<T>>({ status: 'laden', data: null, fout: null })
  const [teller, setTeller] = useState(0)
  useEffect(() => {
    if (url === null) return
    const controller = new AbortController()
    setStand((oud) => ({ status: 'laden', data: oud.data, fout: null }))
    apiGet<T>(url, controller.signal).then(
      (data) => setStand({ status: 'klaar', data, fout: null }),
      (fout: unknown) => {
        if ((fout as Error).name === 'AbortError') return
        setStand({ status: 'fout', data: null, fout: fout instanceof ApiFout ? fout : new ApiFout(0, null, 'Er ging iets mis bij het ophalen.') })
      },
    )
    return () => controller.abort()
  }, [url, teller])
  const opnieuw = useCallback(() => setTeller((t) => t + 1), [])
  return { ...stand, opnieuw }
}
