// A link inside the app: a real <a href> (so it can be opened in a new tab, copied, read by a
// screen reader as a link) whose ordinary click navigates without reloading the page.
import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react'
import { Link } from '@utrecht/component-library-react'
import { isGewoneKlik, navigeer } from './navigation.ts'

export interface AppLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  href: string
  children: ReactNode
}

export function AppLink({ href, onClick, children, ...rest }: AppLinkProps) {
  const klik = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event)
    if (!isGewoneKlik(event) || rest.target) return
    event.preventDefault()
    navigeer(href)
  }
  return <Link {...rest} href={href} onClick={klik}>{children}</Link>
}

/** A link that looks like a button (NL Design System button-link), for "Nieuwe wijziging" and "Bewerken". */
export function AppKnopLink({ href, children, appearance = 'secondary-action', className, ...rest }: AppLinkProps & { appearance?: 'primary-action' | 'secondary-action' }) {
  return (
    <a {...rest} href={href} className={`utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${appearance}${className ? ` ${className}` : ''}`}
      onClick={(event) => {
        rest.onClick?.(event)
        if (!isGewoneKlik(event)) return
        event.preventDefault()
        navigeer(href)
      }}>{children}</a>
  )
}
