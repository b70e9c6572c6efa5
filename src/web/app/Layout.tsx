// The frame of every page: skip link, header with the organisatie, the logged-in user (account
// page, logout) and the main navigation, the peildatum picker, the main landmark and the footer.
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { Button, FormLabel, Select, SelectOption, SkipLink, Textbox } from '@utrecht/component-library-react'
import type { HuidigeSessie, Organisatie } from '../api/types.ts'
import { KoersBeeld } from '../components/Logo.tsx'
import { datum, vandaag } from '../lib/format.ts'
import { isGewoneKlik, navigeer, useLocatie } from './navigation.ts'
import { href, inlogHref, isGeldigeDatum, metQuery, type Pagina } from './routes.ts'
import { heeftRecht, uitloggen } from './sessie.ts'

type Sectie = { label: string; pagina: 'organisatie' | 'organogram' | 'roltypen' | 'wijzigingen' | 'opgaven' | 'capaciteit' | 'samenwerking' | 'voorstellen' | 'overleggen' | 'or-verzoeken' | 'mijn-taken' | 'beheer-accounts' | 'beheer-mandaten'; actiefOp: Pagina[] }
const BEHEER_PAGINAS: Pagina[] = ['beheer-accounts', 'beheer-api-tokens', 'beheer-mandaten']
/** Pages about the organisatie at a date; the others (account, beheer, login) have no peildatum. */
const BESLUITVORMING: Pagina[] = ['voorstellen', 'voorstel', 'overleggen', 'overleg', 'vergadering', 'mijn-taken']
const ZONDER_PEILDATUM: Pagina[] = ['inloggen', 'account', 'opgaven', 'opgave', 'capaciteit', 'samenwerking', ...BESLUITVORMING, ...BEHEER_PAGINAS]

const SECTIES: Sectie[] = [
  { label: 'Organisatie', pagina: 'organisatie', actiefOp: ['organisatie', 'eenheid', 'persoon'] },
  { label: 'Organogram', pagina: 'organogram', actiefOp: ['organogram'] },
  { label: 'Roltypen', pagina: 'roltypen', actiefOp: ['roltypen', 'roltype'] },
  { label: 'Wijzigingen', pagina: 'wijzigingen', actiefOp: ['wijzigingen', 'wijziging', 'wijziging-nieuw', 'wijziging-bewerken'] },
  { label: 'Opgaven', pagina: 'opgaven', actiefOp: ['opgaven', 'opgave'] },
  { label: 'Capaciteit', pagina: 'capaciteit', actiefOp: ['capaciteit'] },
  { label: 'Wie werkt samen', pagina: 'samenwerking', actiefOp: ['samenwerking'] },
  { label: 'Voorstellen', pagina: 'voorstellen', actiefOp: ['voorstellen', 'voorstel'] },
  { label: 'Overleggen', pagina: 'overleggen', actiefOp: ['overleggen', 'overleg', 'vergadering'] },
  { label: 'Ondernemingsraad', pagina: 'or-verzoeken', actiefOp: ['or-verzoeken', 'or-verzoek'] },
  { label: 'Mijn taken', pagina: 'mijn-taken', actiefOp: ['mijn-taken'] },
]

export interface LayoutProps {
  pagina: Pagina
  organisatieId: string | null
  organisatie: Organisatie | null
  organisaties: Organisatie[]
  peildatum: string | null
  /** The logged-in user, null on the login page and while their session loads. */
  sessie: HuidigeSessie | null
  children: ReactNode
}

export function Layout({ pagina, organisatieId, organisatie, organisaties, peildatum, sessie, children }: LayoutProps) {
  const main = useRef<HTMLElement>(null)
  const { pathname } = useLocatie()
  const vorige = useRef<Pagina | null>(null)

  // After a navigation (not on the first load, nor the redirect from /app), move the focus to the
  // new page's heading, so keyboard and screen reader users start at the top of the new content.
  // Pages load lazily, so wait a moment for the heading to appear.
  useEffect(() => {
    const van = vorige.current
    vorige.current = pagina
    if (van === null || van === 'start') return
    window.scrollTo(0, 0)
    // Wait until the page has its heading and its main data (no loading message), at most 3 s.
    let pogingen = 0
    const timer = window.setInterval(() => {
      const kop = main.current?.querySelector('h1')
      const laadt = main.current?.querySelector('.koers-laden') !== null
      if ((!kop || laadt) && ++pogingen < 60) return
      window.clearInterval(timer)
      if (kop) {
        kop.setAttribute('tabindex', '-1')
        kop.focus({ preventScroll: true })
      } else main.current?.focus({ preventScroll: true })
    }, 50)
    return () => window.clearInterval(timer)
  }, [pathname])

  return (
    <>
      <SkipLink href="#inhoud">Naar de inhoud</SkipLink>
      <header className="koers-kop">
        <div className="koers-container koers-kop__balk">
          <a className="koers-merk" href={organisatieId ? href({ pagina: 'organisatie', organisatieId }, peildatum) : '/app'} onClick={(e) => {
            if (!isGewoneKlik(e)) return
            e.preventDefault()
            navigeer(e.currentTarget.getAttribute('href') ?? '/app')
          }}>
            <KoersBeeld className="koers-merk__beeld" />
            <span>
              <span className="koers-merk__naam">Koers</span>
              <span className="koers-merk__organisatie">{organisatie?.naam ?? 'Organisatie en besturing'}</span>
            </span>
          </a>
          {organisaties.length > 1 && organisatieId && !ZONDER_PEILDATUM.includes(pagina) && (
            <div className="koers-kop__organisatie">
              <FormLabel htmlFor="organisatie-keuze">Organisatie</FormLabel>
              <Select id="organisatie-keuze" value={organisatieId} onChange={(e) => navigeer(href({ pagina: 'organisatie', organisatieId: e.target.value }, peildatum))}>
                {organisaties.map((o) => <SelectOption key={o.id} value={o.id}>{o.naam}</SelectOption>)}
              </Select>
            </div>
          )}
          {sessie && <Gebruiker sessie={sessie} pagina={pagina} />}
        </div>
        {organisatieId && (
          <nav className="koers-navigatie" aria-label="Hoofdmenu">
            <ul className="koers-container">
              {secties(sessie, organisatieId).map((s) => {
                const doel = href({ pagina: s.pagina, organisatieId }, peildatum)
                return (
                  <li key={s.pagina}>
                    <a href={doel} aria-current={s.actiefOp.includes(pagina) ? 'page' : undefined} onClick={(e) => {
                      if (!isGewoneKlik(e)) return
                      e.preventDefault()
                      navigeer(doel)
                    }}>{s.label}</a>
                  </li>
                )
              })}
            </ul>
          </nav>
        )}
        {organisatieId && !ZONDER_PEILDATUM.includes(pagina) && <PeildatumKiezer peildatum={peildatum} />}
      </header>
      <main id="inhoud" className="koers-hoofd" tabIndex={-1} ref={main}>
        <div className="koers-container">{children}</div>
      </main>
      <footer className="koers-voet">
        <div className="koers-container koers-voet__inhoud">
          <p>Koers — de organisatie als werkende software. Open source onder de EUPL-1.2.</p>
          <nav aria-label="Voettekst">
            <ul>
              <li><a href="/organisatie">Openbare organisatiepagina</a></li>
              <li><a href="/toegankelijkheidsverklaring">Toegankelijkheidsverklaring</a></li>
              <li><a href="/api/v1/openapi.json">API (OpenAPI)</a></li>
            </ul>
          </nav>
        </div>
      </footer>
    </>
  )
}

/** The main menu; Beheer only for who may manage accounts or mandates in this (their own) organisatie. */
function secties(sessie: HuidigeSessie | null, organisatieId: string | null): Sectie[] {
  if (!sessie) return SECTIES
  if (heeftRecht(sessie, organisatieId, 'account.beheren')) return [...SECTIES, { label: 'Beheer', pagina: 'beheer-accounts', actiefOp: BEHEER_PAGINAS }]
  if (heeftRecht(sessie, organisatieId, 'mandaat.beheren')) return [...SECTIES, { label: 'Beheer', pagina: 'beheer-mandaten', actiefOp: BEHEER_PAGINAS }]
  return SECTIES
}

/** Who is logged in, with a link to their account page, and the logout button. */
function Gebruiker({ sessie, pagina }: { sessie: HuidigeSessie; pagina: Pagina }) {
  const [bezig, setBezig] = useState(false)
  const naam = sessie.account.persoonNaam ?? sessie.account.email
  const uit = async () => {
    setBezig(true)
    try {
      await uitloggen()
    } finally {
      setBezig(false)
      navigeer(inlogHref('/app', { uitgelogd: 'ja' }), { replace: true })
    }
  }
  return (
    <div className="koers-gebruiker">
      <span className="koers-gebruiker__label">Ingelogd als</span>
      <a className="koers-gebruiker__naam" href="/app/account" aria-current={pagina === 'account' ? 'page' : undefined} onClick={(e) => {
        if (!isGewoneKlik(e)) return
        e.preventDefault()
        navigeer('/app/account')
      }}>{naam}</a>
      <Button type="button" appearance="secondary-action-button" className="koers-gebruiker__uit" onClick={() => void uit()} disabled={bezig}>Uitloggen</Button>
    </div>
  )
}

/** The global peildatum: a date field whose value lives in the URL (?peildatum=), default today. */
function PeildatumKiezer({ peildatum }: { peildatum: string | null }) {
  const locatie = useLocatie()
  const [waarde, setWaarde] = useState(peildatum ?? vandaag())
  const [fout, setFout] = useState<string | null>(null)
  useEffect(() => setWaarde(peildatum ?? vandaag()), [peildatum])
  const huidigeUrl = locatie.pathname + locatie.search

  const toon = (event: FormEvent) => {
    event.preventDefault()
    if (!isGeldigeDatum(waarde)) {
      setFout('Vul een datum in als dd-mm-jjjj.')
      return
    }
    setFout(null)
    navigeer(metQuery(huidigeUrl, { peildatum: waarde === vandaag() ? null : waarde }))
  }
  const isVandaag = peildatum === null || peildatum === vandaag()
  return (
    <div className="koers-peilbalk">
      <form className="koers-container" onSubmit={toon} noValidate>
        <div className={`utrecht-form-field utrecht-form-field--text${fout ? ' utrecht-form-field--invalid' : ''}`}>
          <div className="utrecht-form-field__label"><FormLabel htmlFor="peildatum">Peildatum</FormLabel></div>
          <div className="utrecht-form-field__input">
            <Textbox id="peildatum" name="peildatum" type="date" value={waarde} invalid={fout !== null}
              aria-describedby={fout ? 'peildatum-fout peildatum-status' : 'peildatum-status'} onChange={(e) => setWaarde(e.target.value)} />
          </div>
          {fout && <p id="peildatum-fout" className="utrecht-form-field-error-message">{fout}</p>}
        </div>
        <Button type="submit" appearance="primary-action-button">Toon</Button>
        {!isVandaag && <Button type="button" appearance="secondary-action-button" onClick={() => navigeer(metQuery(huidigeUrl, { peildatum: null }))}>Vandaag</Button>}
        <p id="peildatum-status" className="koers-peilbalk__status" aria-live="polite">
          U bekijkt de organisatie op <strong>{datum(peildatum ?? vandaag())}</strong>
          {isVandaag ? ' (vandaag).' : <span className="koers-peilbalk__anders"> — niet vandaag.</span>}
        </p>
      </form>
    </div>
  )
}
