// GET/PUT /organisaties/{organisatieId}/oidc-configuratie: which OpenID provider the organisatie's
// people log in with (oidc.ts does the login itself). Only for whoever may manage accounts.
import type { ApiInstance } from '../../server/routes.ts'
import { inTransaction } from '../../db/database.ts'
import { invalid, notFound } from '../../server/problem.ts'
import { OrganisatieParams } from '../organisatie/organisatie.schemas.ts'
import { auditActor } from './actor.ts'
import { getOidcConfiguratie, isLoopback, setOidcConfiguratie, type OidcConfiguratie } from './oidc.ts'
import { OIDC_STANDAARD, OidcConfiguratieInvoer, OidcConfiguratieUitvoer } from './oidc-configuratie.schemas.ts'

function uitvoer(c: OidcConfiguratie): OidcConfiguratieUitvoer {
  return { ...c, gewijzigdOp: c.gewijzigdOp.toISOString() }
}

export function oidcConfiguratieRoutes(api: ApiInstance) {
  api.get('/organisaties/:organisatieId/oidc-configuratie', {
    config: { toegang: { handeling: 'account.beheren' } },
    schema: {
      tags: ['toegang'],
      summary: 'De OpenID Connect-configuratie van de organisatie: bij welke provider haar medewerkers inloggen (zonder het client secret)',
      params: OrganisatieParams,
      response: { 200: OidcConfiguratieUitvoer },
    },
  }, async (request) => {
    const configuratie = await getOidcConfiguratie(request.db, request.params.organisatieId)
    if (!configuratie) throw notFound('De OpenID Connect-configuratie van organisatie', request.params.organisatieId)
    return uitvoer(configuratie)
  })

  api.put('/organisaties/:organisatieId/oidc-configuratie', {
    config: { toegang: { handeling: 'account.beheren' } },
    schema: {
      tags: ['toegang'],
      summary: 'De OpenID Connect-configuratie van de organisatie vastleggen of vervangen; het client secret kan alleen worden gezet, niet gelezen',
      params: OrganisatieParams,
      body: OidcConfiguratieInvoer,
      response: { 200: OidcConfiguratieUitvoer },
    },
  }, async (request) => {
    const { organisatieId } = request.params
    const body = request.body
    const issuer = new URL(body.issuer)
    // OAuth 2.0 requires TLS towards the provider (RFC 6749 §3.1); plain http only for a provider on this machine.
    if (issuer.protocol !== 'https:' && !(issuer.protocol === 'http:' && isLoopback(issuer))) {
      throw invalid('issuer', 'moet een https-adres zijn (http alleen voor een provider op deze machine).')
    }
    // OpenID Connect Discovery 1.0 §2: the issuer has no query or fragment.
    if (issuer.search || issuer.hash) throw invalid('issuer', 'mag geen zoekparameters of fragment bevatten.')
    await inTransaction(request.db, (tx) =>
      setOidcConfiguratie(tx, organisatieId, {
        issuer: body.issuer,
        clientId: body.clientId,
        ...(body.clientSecret !== undefined ? { clientSecret: body.clientSecret } : {}),
        scope: body.scope ?? OIDC_STANDAARD.scope,
        weergavenaam: body.weergavenaam ?? OIDC_STANDAARD.weergavenaam,
        actief: body.actief ?? OIDC_STANDAARD.actief,
      }, auditActor(request.actor)),
    )
    return uitvoer((await getOidcConfiguratie(request.db, organisatieId))!)
  })
}
