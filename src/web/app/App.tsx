// The app shell: asks who is logged in (nobody: to the login page, and back afterwards), reads
// the URL, picks the organisatie (the user's own when none is in the URL), and shows the page for
// the route. Pages are code-split (React.lazy), so the organogram page does not carry the
// wijzigingen form and the other way round.
import { lazy, Suspense, useEffect, useMemo } from 'react'
import { Heading, Paragraph } from '@utrecht/component-library-react'
import { apiUrl, bijNietIngelogd } from '../api/client.ts'
import type { Organisatie, Pagina as ApiPagina } from '../api/types.ts'
import { useApi } from '../api/use-api.ts'
import { Foutmelding, Laden } from '../components/Status.tsx'
import { vandaag } from '../lib/format.ts'
import { AppContextReact, usePaginaTitel, type AppContext } from './app-context.ts'
import { AppLink } from './AppLink.tsx'
import { Layout } from './Layout.tsx'
import { navigeer, useLocatie } from './navigation.ts'
import { href, inlogHref, parseRoute, peildatumUit, type Route } from './routes.ts'
import { laadSessie, useSessie, zetSessie } from './sessie.ts'

const OrganisatiePagina = lazy(() => import('../features/organisatie/OrganisatiePagina.tsx').then((m) => ({ default: m.OrganisatiePagina })))
const EenheidPagina = lazy(() => import('../features/eenheid/EenheidPagina.tsx').then((m) => ({ default: m.EenheidPagina })))
const PersoonPagina = lazy(() => import('../features/persoon/PersoonPagina.tsx').then((m) => ({ default: m.PersoonPagina })))
const RoltypenPagina = lazy(() => import('../features/roltype/RoltypenPagina.tsx').then((m) => ({ default: m.RoltypenPagina })))
const RoltypePagina = lazy(() => import('../features/roltype/RoltypePagina.tsx').then((m) => ({ default: m.RoltypePagina })))
const WijzigingenPagina = lazy(() => import('../features/wijziging/WijzigingenPagina.tsx').then((m) => ({ default: m.WijzigingenPagina })))
const WijzigingPagina = lazy(() => import('../features/wijziging/WijzigingPagina.tsx').then((m) => ({ default: m.WijzigingPagina })))
const WijzigingBewerkenPagina = lazy(() => import('../features/wijziging/WijzigingBewerkenPagina.tsx').then((m) => ({ default: m.WijzigingBewerkenPagina })))
const OrganogramPagina = lazy(() => import('../features/organogram/OrganogramPagina.tsx').then((m) => ({ default: m.OrganogramPagina })))
const OpgavenPagina = lazy(() => import('../features/opgave/OpgavenPagina.tsx').then((m) => ({ default: m.OpgavenPagina })))
const OpgavePagina = lazy(() => import('../features/opgave/OpgavePagina.tsx').then((m) => ({ default: m.OpgavePagina })))
const CapaciteitPagina = lazy(() => import('../features/opgave/CapaciteitPagina.tsx').then((m) => ({ default: m.CapaciteitPagina })))
const SamenwerkingPagina = lazy(() => import('../features/opgave/SamenwerkingPagina.tsx').then((m) => ({ default: m.SamenwerkingPagina })))
const OverleggenPagina = lazy(() => import('../features/besluitvorming/OverleggenPagina.tsx').then((m) => ({ default: m.OverleggenPagina })))
const OverlegPagina = lazy(() => import('../features/besluitvorming/OverlegPagina.tsx').then((m) => ({ default: m.OverlegPagina })))
const VergaderingPagina = lazy(() => import('../features/besluitvorming/VergaderingPagina.tsx').then((m) => ({ default: m.VergaderingPagina })))
const VoorstellenPagina = lazy(() => import('../features/besluitvorming/VoorstellenPagina.tsx').then((m) => ({ default: m.VoorstellenPagina })))
const VoorstelPagina = lazy(() => import('../features/besluitvorming/VoorstelPagina.tsx').then((m) => ({ default: m.VoorstelPagina })))
const MijnTakenPagina = lazy(() => import('../features/besluitvorming/MijnTakenPagina.tsx').then((m) => ({ default: m.MijnTakenPagina })))
const OrVerzoekenPagina = lazy(() => import('../features/or/OrVerzoekenPagina.tsx').then((m) => ({ default: m.OrVerzoekenPagina })))
const OrVerzoekPagina = lazy(() => import('../features/or/OrVerzoekPagina.tsx').then((m) => ({ default: m.OrVerzoekPagina })))
const InloggenPagina = lazy(() => import('../features/toegang/InloggenPagina.tsx').then((m) => ({ default: m.InloggenPagina })))
const AccountPagina = lazy(() => import('../features/toegang/AccountPagina.tsx').then((m) => ({ default: m.AccountPagina })))
const AccountsBeheerPagina = lazy(() => import('../features/beheer/AccountsBeheerPagina.tsx').then((m) => ({ default: m.AccountsBeheerPagina })))
const ApiTokensBeheerPagina = lazy(() => import('../features/beheer/ApiTokensBeheerPagina.tsx').then((m) => ({ default: m.ApiTokensBeheerPagina })))
const MandatenBeheerPagina = lazy(() => import('../features/beheer/MandatenBeheerPagina.tsx').then((m) => ({ default: m.MandatenBeheerPagina })))

export function App() {
  const locatie = useLocatie()
  const route = parseRoute(locatie.pathname)
  const peildatum = peildatumUit(locatie.search)
  const stand = useSessie()
  const sessie = stand.status === 'ingelogd' ? stand.sessie : null

  useEffect(() => {
    void laadSessie()
    // A 401 from any request (the session expired or was ended): to the login page, back afterwards.
    bijNietIngelogd(() => zetSessie(null))
    return () => bijNietIngelogd(null)
  }, [])

  // Nobody logged in: every page but the login page sends the user there, remembering where they were.
  useEffect(() => {
    if (stand.status === 'uitgelogd' && route.pagina !== 'inloggen') {
      navigeer(inlogHref(window.location.pathname + window.location.search + window.location.hash), { replace: true })
    }
  }, [stand.status, route.pagina])

  const organisaties = useApi<ApiPagina<Organisatie>>(sessie ? apiUrl('/organisaties', { paginaGrootte: 500 }) : null)
  const lijst = sessie ? organisaties.data?.resultaten ?? [] : []
  const eigen = sessie?.account.organisatieId ?? null
  const organisatieId = 'organisatieId' in route ? route.organisatieId : null
  const organisatie = lijst.find((o) => o.id === organisatieId) ?? null
  // The menu on pages outside an organisatie (the account page) leads to the user's own.
  const menuOrganisatieId = organisatieId ?? (route.pagina === 'account' ? eigen : null)

  // /app: go to the user's own organisatie, else the first one (the demo sorts first), keeping the query.
  useEffect(() => {
    const doel = (eigen && lijst.some((o) => o.id === eigen) ? eigen : null) ?? lijst[0]?.id
    if (route.pagina === 'start' && doel) navigeer(href({ pagina: 'organisatie', organisatieId: doel }, peildatum), { replace: true })
  }, [route.pagina, lijst, peildatum, eigen])

  const context = useMemo<AppContext | null>(
    () => (organisatieId ? { organisatieId, organisatie, peildatum, peildatumOfVandaag: peildatum ?? vandaag() } : null),
    [organisatieId, organisatie, peildatum],
  )

  let inhoud
  if (route.pagina === 'inloggen') inhoud = <Suspense fallback={<Laden wat="De inlogpagina" />}><InloggenPagina sessie={stand} /></Suspense>
  else if (stand.status === 'fout') inhoud = <><Heading level={1}>Koers</Heading><Foutmelding titel="Koers kon niet nagaan of u bent ingelogd" bericht={stand.fout.message} opnieuw={() => void laadSessie()} /></>
  else if (!sessie) inhoud = <><Heading level={1}>Koers</Heading><Laden wat="Uw gegevens" /></>
  else if (organisaties.status === 'fout') inhoud = <><Heading level={1}>Koers</Heading><Foutmelding titel="De organisaties konden niet worden geladen" bericht={organisaties.fout.message} opnieuw={organisaties.opnieuw} /></>
  else if (route.pagina === 'start') inhoud = lijst.length === 0 && organisaties.status === 'klaar' ? <GeenOrganisaties /> : <Laden wat="Organisaties" />
  else if (route.pagina === 'account') inhoud = <Suspense fallback={<Laden wat="De pagina en haar gegevens" />}><AccountPagina sessie={sessie} /></Suspense>
  else if (route.pagina === 'niet-gevonden' || !context) inhoud = <NietGevonden />
  else inhoud = (
    <AppContextReact.Provider value={context}>
      <Suspense fallback={<Laden wat="De pagina en haar gegevens" />}>
        <PaginaVoor route={route} />
      </Suspense>
    </AppContextReact.Provider>
  )

  return (
    <Layout pagina={route.pagina} organisatieId={sessie ? menuOrganisatieId : null} organisatie={lijst.find((o) => o.id === menuOrganisatieId) ?? null}
      organisaties={lijst} peildatum={peildatum} sessie={sessie}>
      {inhoud}
    </Layout>
  )
}

function PaginaVoor({ route }: { route: Route }) {
  switch (route.pagina) {
    case 'organisatie': return <OrganisatiePagina />
    case 'eenheid': return <EenheidPagina key={route.eenheidId} eenheidId={route.eenheidId} />
    case 'persoon': return <PersoonPagina key={route.persoonId} persoonId={route.persoonId} />
    case 'roltypen': return <RoltypenPagina />
    case 'roltype': return <RoltypePagina key={route.roltypeId} roltypeId={route.roltypeId} />
    case 'wijzigingen': return <WijzigingenPagina />
    case 'wijziging-nieuw': return <WijzigingBewerkenPagina wijzigingId={null} />
    case 'wijziging-bewerken': return <WijzigingBewerkenPagina key={route.wijzigingId} wijzigingId={route.wijzigingId} />
    case 'wijziging': return <WijzigingPagina key={route.wijzigingId} wijzigingId={route.wijzigingId} />
    case 'organogram': return <OrganogramPagina />
    case 'opgaven': return <OpgavenPagina />
    case 'opgave': return <OpgavePagina key={route.opgaveId} opgaveId={route.opgaveId} />
    case 'capaciteit': return <CapaciteitPagina />
    case 'samenwerking': return <SamenwerkingPagina />
    case 'overleggen': return <OverleggenPagina />
    case 'overleg': return <OverlegPagina key={route.overlegId} overlegId={route.overlegId} />
    case 'vergadering': return <VergaderingPagina key={route.vergaderingId} vergaderingId={route.vergaderingId} />
    case 'voorstellen': return <VoorstellenPagina />
    case 'voorstel': return <VoorstelPagina key={route.voorstelId} voorstelId={route.voorstelId} />
    case 'mijn-taken': return <MijnTakenPagina />
    case 'or-verzoeken': return <OrVerzoekenPagina />
    case 'or-verzoek': return <OrVerzoekPagina key={route.verzoekId} verzoekId={route.verzoekId} />
    case 'beheer-accounts': return <AccountsBeheerPagina />
    case 'beheer-api-tokens': return <ApiTokensBeheerPagina />
    case 'beheer-mandaten': return <MandatenBeheerPagina />
    default: return <NietGevonden />
  }
}

function NietGevonden() {
  usePaginaTitel('Pagina niet gevonden')
  return (
    <>
      <Heading level={1}>Pagina niet gevonden</Heading>
      <Paragraph>Deze pagina bestaat niet (meer). Controleer het adres, of ga naar <AppLink href="/app">de startpagina</AppLink>.</Paragraph>
    </>
  )
}

function GeenOrganisaties() {
  usePaginaTitel('Geen organisaties')
  return (
    <>
      <Heading level={1}>Nog geen organisaties</Heading>
      <Paragraph>Deze installatie bevat nog geen organisatie. Vul de demo-organisatie met <code className="koers-code">npx koers seed</code> of importeer gemeenten uit het ROO.</Paragraph>
    </>
  )
}
