// Logging in: e-mail address and password (the server's Dutch message when that fails), or
// through the organisatie's own identity provider (OpenID Connect, by organisatiecode). Afterwards
// the user returns to the page they wanted (?terugNaar=), checked to stay inside the app.
import { useEffect, useState } from 'react'
import { Alert, Button, Heading, Paragraph, Textbox } from '@utrecht/component-library-react'
import { usePaginaTitel } from '../../app/app-context.ts'
import { navigeer, useLocatie } from '../../app/navigation.ts'
import { veiligTerugNaar } from '../../app/routes.ts'
import { inloggen, type SessieStand } from '../../app/sessie.ts'
import { FoutSamenvatting, useVersturen, Veld, metType, controleer } from '../../components/Formulier.tsx'

const LABELS = { email: 'E-mailadres', wachtwoord: 'Wachtwoord', organisatiecode: 'Organisatiecode' }
const ORGANISATIECODE_SLEUTEL = 'koers:organisatiecode'

export function InloggenPagina({ sessie }: { sessie: SessieStand }) {
  usePaginaTitel('Inloggen')
  const { search } = useLocatie()
  const query = new URLSearchParams(search)
  const terugNaar = veiligTerugNaar(query.get('terugNaar'))
  const [email, setEmail] = useState('')
  const [wachtwoord, setWachtwoord] = useState('')
  const formulier = useVersturen(['email', 'wachtwoord'])

  // Already logged in (or just now): on to where the user was going.
  useEffect(() => {
    if (sessie.status === 'ingelogd') navigeer(terugNaar, { replace: true })
  }, [sessie.status, terugNaar])

  const verstuur = (event: React.FormEvent) => {
    event.preventDefault()
    const leeg = controleer({ email: email.trim() === '' && 'Vul uw e-mailadres in.', wachtwoord: wachtwoord === '' && 'Vul uw wachtwoord in.' })
    if (Object.keys(leeg).length > 0) return formulier.toonFouten({ velden: leeg, algemeen: [] })
    void formulier.verstuur(null, async () => {
      await inloggen(email.trim(), wachtwoord)
    }).then((ok) => {
      if (!ok) setWachtwoord('')
    })
  }

  const { velden } = formulier.fouten
  return (
    <>
      <Heading level={1}>Inloggen bij Koers</Heading>
      {query.get('uitgelogd') && <div role="status"><Alert type="ok" role="none"><Paragraph>U bent uitgelogd.</Paragraph></Alert></div>}
      {query.get('fout') === 'oidc' && (
        <Alert type="error" role="alert">
          <Heading level={2}>Inloggen met uw organisatieaccount lukte niet</Heading>
          <Paragraph>Uw organisatie kon niet bevestigen wie u bent, of er is voor u geen account in Koers. Probeer het opnieuw, log in met uw e-mailadres en wachtwoord, of neem contact op met de functioneel beheerder van uw organisatie.</Paragraph>
        </Alert>
      )}
      {query.get('terugNaar') && <Paragraph>Log in om verder te gaan naar de pagina die u wilde bekijken.</Paragraph>}
      <div className="koers-inloggen">
        <section className="koers-paneel" aria-labelledby="wachtwoord-kop">
          <Heading level={2} id="wachtwoord-kop">Met e-mailadres en wachtwoord</Heading>
          <FoutSamenvatting titel="Inloggen lukte niet" fouten={formulier.fouten} labels={LABELS} houder={formulier.samenvatting} />
          <form className="koers-formulier" onSubmit={verstuur} noValidate>
            <Veld naam="email" label={LABELS.email} fouten={velden.email}>
              {(p) => <Textbox {...p} name="email" type="email" ref={metType('email', 'email')} autoComplete="username" spellCheck={false} value={email} onChange={(e) => setEmail(e.target.value)} />}
            </Veld>
            <Veld naam="wachtwoord" label={LABELS.wachtwoord} fouten={velden.wachtwoord}>
              {(p) => <Textbox {...p} name="wachtwoord" type="password" ref={metType('password', 'wachtwoord')} autoComplete="current-password" value={wachtwoord} onChange={(e) => setWachtwoord(e.target.value)} />}
            </Veld>
            <div className="koers-formulier__knoppen">
              <Button type="submit" appearance="primary-action-button" busy={formulier.bezig} disabled={formulier.bezig}>{formulier.bezig ? 'Bezig met inloggen…' : 'Inloggen'}</Button>
            </div>
          </form>
        </section>
        <OrganisatieAccount terugNaar={terugNaar} voorkeur={query.get('organisatie')} />
      </div>
    </>
  )
}

/**
 * Login through the organisatie's identity provider: a plain link to the server's
 * /auth/oidc/{organisatiecode}/start, which redirects there. The code comes from ?organisatie=,
 * the last one used on this computer, or the user.
 */
function OrganisatieAccount({ terugNaar, voorkeur }: { terugNaar: string; voorkeur: string | null }) {
  const [code, setCode] = useState(() => voorkeur ?? leesCode() ?? '')
  const [fout, setFout] = useState<string | null>(null)
  const doel = (c: string) => `/auth/oidc/${encodeURIComponent(c.trim().toLowerCase())}/start?terugNaar=${encodeURIComponent(terugNaar)}`
  const ga = (event: React.FormEvent) => {
    event.preventDefault()
    if (!/^[a-z0-9-]{2,40}$/i.test(code.trim())) {
      setFout('Vul de organisatiecode van uw organisatie in, bijvoorbeeld gm9999.')
      document.getElementById('veld-organisatiecode')?.focus()
      return
    }
    setFout(null)
    try {
      window.localStorage.setItem(ORGANISATIECODE_SLEUTEL, code.trim().toLowerCase())
    } catch { /* private mode: not remembered */ }
    window.location.assign(doel(code))
  }
  return (
    <section className="koers-paneel" aria-labelledby="organisatie-kop">
      <Heading level={2} id="organisatie-kop">Met uw organisatieaccount</Heading>
      <Paragraph>Werkt uw organisatie met een eigen inlogdienst (OpenID Connect)? Dan logt u in met het account waarmee u ook op uw werkplek inlogt.</Paragraph>
      <form className="koers-formulier" onSubmit={ga} noValidate>
        <Veld naam="organisatiecode" label={LABELS.organisatiecode} omschrijving="De code van uw gemeente of organisatie, bijvoorbeeld gm9999." fouten={fout ? [fout] : undefined}>
          {(p) => <Textbox {...p} name="organisatiecode" autoComplete="organization" spellCheck={false} value={code} onChange={(e) => setCode(e.target.value)} />}
        </Veld>
        <div className="koers-formulier__knoppen">
          <Button type="submit" appearance="secondary-action-button">Inloggen met uw organisatieaccount</Button>
        </div>
      </form>
    </section>
  )
}

function leesCode(): string | null {
  try {
    return window.localStorage.getItem(ORGANISATIECODE_SLEUTEL)
  } catch {
    return null
  }
}
