// The API contract of an organisatie's OpenID Connect configuration. The client secret is
// write-only: it can be set or removed, never read back (the answer only says whether one is set).
import { Type, type Static } from 'typebox'
import { Tijdstip, Uuid } from '../../server/api-schemas.ts'

const STANDAARD_SCOPE = 'openid email profile'
const STANDAARD_WEERGAVENAAM = 'Inloggen met uw organisatieaccount'

const Issuer = Type.String({
  format: 'uri',
  maxLength: 500,
  pattern: '^https?://',
  description: 'Issuer Identifier van de OpenID-provider (https; http alleen voor een provider op deze machine). Koers haalt de metadata op van <issuer>/.well-known/openid-configuration.',
  example: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0',
})
const ClientId = Type.String({ minLength: 1, maxLength: 500, description: 'De client_id die de provider aan Koers heeft gegeven', example: 'koers' })
// OpenID Connect Core 1.0 §3.1.2.1: the scope must contain openid.
const Scope = Type.String({
  pattern: '^(?:[\\x21\\x23-\\x5B\\x5D-\\x7E]+ )*openid(?: [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$',
  maxLength: 500,
  description: `Scopes, gescheiden door spaties; moet openid bevatten (OpenID Connect Core 1.0 §3.1.2.1). Standaard "${STANDAARD_SCOPE}".`,
  example: STANDAARD_SCOPE,
})
const Weergavenaam = Type.String({ minLength: 1, maxLength: 100, description: `Tekst van de inlogknop. Standaard "${STANDAARD_WEERGAVENAAM}".`, example: STANDAARD_WEERGAVENAAM })

export const OidcConfiguratieInvoer = Type.Object(
  {
    issuer: Issuer,
    clientId: ClientId,
    clientSecret: Type.Optional(
      Type.Union([Type.String({ minLength: 1, maxLength: 1000 }), Type.Null()], {
        description: 'Het client secret (client_secret_basic). Weglaten: het ingestelde secret blijft; null: geen secret (publieke client, alleen PKCE). Wordt nooit teruggegeven.',
      }),
    ),
    scope: Type.Optional(Scope),
    weergavenaam: Type.Optional(Weergavenaam),
    actief: Type.Optional(Type.Boolean({ description: 'false: inloggen via deze provider is uitgeschakeld. Standaard true.' })),
  },
  { additionalProperties: false },
)
export type OidcConfiguratieInvoer = Static<typeof OidcConfiguratieInvoer>

export const OidcConfiguratieUitvoer = Type.Object(
  {
    organisatieId: Uuid,
    issuer: Type.String({ description: 'Issuer Identifier van de OpenID-provider' }),
    clientId: Type.String(),
    clientSecretIngesteld: Type.Boolean({ description: 'true: er is een client secret ingesteld (het secret zelf wordt nooit teruggegeven)' }),
    scope: Type.String(),
    weergavenaam: Type.String(),
    actief: Type.Boolean(),
    gewijzigdOp: Tijdstip,
  },
  { additionalProperties: false },
)
export type OidcConfiguratieUitvoer = Static<typeof OidcConfiguratieUitvoer>

export const OIDC_STANDAARD = { scope: STANDAARD_SCOPE, weergavenaam: STANDAARD_WEERGAVENAAM, actief: true }
