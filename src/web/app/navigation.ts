// Client-side navigation with the History API: a tiny store that React reads through
// useSyncExternalStore, so no router library is needed.
import { useSyncExternalStore } from 'react'

const EVENT = 'koers:navigatie'

export interface Locatie { pathname: string; search: string; hash: string }

let huidig: Locatie | null = null
function lees(): Locatie {
  const { pathname, search, hash } = window.location
  if (!huidig || huidig.pathname !== pathname || huidig.search !== search || huidig.hash !== hash) huidig = { pathname, search, hash }
  return huidig
}

function abonneer(melding: () => void) {
  window.addEventListener('popstate', melding)
  window.addEventListener(EVENT, melding)
  return () => {
    window.removeEventListener('popstate', melding)
    window.removeEventListener(EVENT, melding)
  }
}

export function useLocatie(): Locatie {
  return useSyncExternalStore(abonneer, lees)
}

/** Go to a URL inside the app. `replace` for state changes that should not fill the back button. */
export function navigeer(url: string, opties: { replace?: boolean } = {}) {
  const huidigeUrl = window.location.pathname + window.location.search + window.location.hash
  if (url === huidigeUrl) return
  if (opties.replace) window.history.replaceState(null, '', url)
  else window.history.pushState(null, '', url)
  window.dispatchEvent(new Event(EVENT))
}

/** Whether a click on a link should be left to the browser (new tab, download, other window). */
export function isGewoneKlik(event: { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean; defaultPrevented: boolean }) {
  return !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey
}
