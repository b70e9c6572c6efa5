// The top of every beheer page: the heading and the links between the beheer pages the user may use.
import { Heading, Paragraph } from '@utrecht/component-library-react'
import { useApp, usePaginaTitel, useHref } from '../../app/app-context.ts'
import { AppLink } from '../../app/AppLink.tsx'
import { heeftRecht, useSessie } from '../../app/sessie.ts'

type BeheerPagina = 'beheer-accounts' | 'beheer-api-tokens' | 'beheer-mandaten'
const PAGINAS: { pagina: BeheerPagina; label: string }[] = [
  { pagina: 'beheer-accounts', label: 'Accounts' },
  { pagina: 'beheer-api-tokens', label: 'API-tokens' },
  { pagina: 'beheer-mandaten', label: 'Mandaten' },
]

/** Whether the logged-in user may manage accounts and tokens, and mandates, in this organisatie. */
export function useBeheerRechten() {
  const { organisatieId } = useApp()
  const stand = useSessie()
  const sessie = stand.status === 'ingelogd' ? stand.sessie : null
  return {
    accounts: sessie ? heeftRecht(sessie, organisatieId, 'account.beheren') : false,
    mandaten: sessie ? heeftRecht(sessie, organisatieId, 'mandaat.beheren') : false,
  }
}

export function BeheerKop({ pagina, titel, inleiding }: { pagina: BeheerPagina; titel: string; inleiding: string }) {
  usePaginaTitel(titel)
  const { organisatieId } = useApp()
  const maakHref = useHref()
  const rechten = useBeheerRechten()
  const zichtbaar = PAGINAS.filter((p) => p.pagina === 'beheer-mandaten' || rechten.accounts)
  return (
    <>
      <span className="koers-bovenschrift">Beheer</span>
      <Heading level={1}>{titel}</Heading>
      <Paragraph appearance="lead">{inleiding}</Paragraph>
      {zichtbaar.length > 1 && (
        <nav className="koers-subnavigatie" aria-label="Beheer">
          <ul>
            {zichtbaar.map((p) => (
              <li key={p.pagina}>
                <AppLink href={maakHref({ pagina: p.pagina, organisatieId })} aria-current={p.pagina === pagina ? 'page' : undefined}>{p.label}</AppLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </>
  )
}

/** When the user lacks the right: the server refuses anyway, this says so before they try. */
export function GeenRecht({ wat }: { wat: string }) {
  return <Paragraph className="koers-leeg">U heeft geen recht om {wat} te beheren in deze organisatie.</Paragraph>
}
