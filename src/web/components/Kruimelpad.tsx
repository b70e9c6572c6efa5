// The breadcrumb trail above a page: where this page sits in the app.
import { BreadcrumbNav, BreadcrumbNavLink, BreadcrumbNavSeparator } from '@utrecht/component-library-react'
import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react'
import { forwardRef, Fragment } from 'react'
import { isGewoneKlik, navigeer } from '../app/navigation.ts'

const AppAnker = forwardRef<HTMLAnchorElement, AnchorHTMLAttributes<HTMLAnchorElement> & { children?: ReactNode }>(
  function AppAnker({ href, onClick, ...rest }, ref) {
    const klik = (event: MouseEvent<HTMLAnchorElement>) => {
      onClick?.(event)
      if (!href || !isGewoneKlik(event)) return
      event.preventDefault()
      navigeer(href)
    }
    return <a ref={ref} href={href} onClick={klik} {...rest} />
  },
)

export function Kruimelpad({ stappen }: { stappen: { label: string; href: string }[] }) {
  return (
    <BreadcrumbNav aria-label="Kruimelpad">
      {stappen.map((stap, i) => (
        <Fragment key={stap.href + i}>
          {i > 0 && <BreadcrumbNavSeparator><span aria-hidden="true">›</span></BreadcrumbNavSeparator>}
          <BreadcrumbNavLink href={stap.href} index={i} current={i === stappen.length - 1} Link={AppAnker}>{stap.label}</BreadcrumbNavLink>
        </Fragment>
      ))}
    </BreadcrumbNav>
  )
}
