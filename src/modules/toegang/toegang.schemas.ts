// Request and response schemas of the toegang routes.
import { Type, type Static } from 'typebox'
import { Datum, NullableDatum, Tijdstip, Uuid } from '../../server/api-schemas.ts'
import { HANDELING_CODES, type Handeling } from './handelingen.ts'
import { MINIMALE_LENGTE } from './wachtwoord.ts'

export const HandelingSchema = Type.Unsafe<Handeling>(Type.String({ enum: [...HANDELING_CODES], description: 'Een handeling (zie GET /handelingen)' }))
export const Scope = Type.Union([Type.Literal('eigen_eenheid'), Type.Literal('subboom'), Type.Literal('organisatie')], {
  description: 'eigen_eenheid: de eenheid van de functie; subboom: die eenheid en alles eronder; organisatie: de hele organisatie',
})
const Email = Type.String({ format: 'email', maxLength: 254 })
const Wachtwoord = Type.String({ minLength: MINIMALE_LENGTE, maxLength: 200, description: `Minstens ${MINIMALE_LENGTE} tekens` })

export const Inloggen = Type.Object({
  email: Email,
  wachtwoord: Type.String({ minLength: 1, maxLength: 200 }),
}, { additionalProperties: false })

export const Recht = Type.Object({
  handeling: HandelingSchema,
  scope: Scope,
  eenheidId: Type.Union([Uuid, Type.Null()]),
  grond: Type.String({ description: 'bezetting, samenwerkingsafspraak, platform of token' }),
})

export const HuidigeSessie = Type.Object({
  account: Type.Object({
    id: Uuid,
    email: Type.String(),
    organisatieId: Type.Union([Uuid, Type.Null()]),
    persoonId: Type.Union([Uuid, Type.Null()]),
    persoonNaam: Type.Union([Type.String(), Type.Null()]),
    platformBeheerder: Type.Boolean(),
  }),
  csrfToken: Type.String({ description: 'Stuur mee in de header X-CSRF-Token bij elk schrijvend verzoek met de sessiecookie' }),
  verlooptOp: Tijdstip,
  functies: Type.Array(Type.Object({
    functieId: Uuid, naam: Type.String(), eenheidId: Uuid, eenheidNaam: Type.String(), roltype: Type.String(),
    vervanging: Type.Union([Type.Literal('loco'), Type.Literal('waarnemer'), Type.Null()]),
  })),
  rechten: Type.Array(Recht, { description: 'Wat dit account vandaag mag in de eigen organisatie' }),
})

export const WachtwoordWijzigen = Type.Object({ huidigWachtwoord: Type.String({ minLength: 1, maxLength: 200 }), nieuwWachtwoord: Wachtwoord }, { additionalProperties: false })

export const AccountUit = Type.Object({
  id: Uuid,
  email: Type.String(),
  persoonId: Type.Union([Uuid, Type.Null()]),
  persoonNaam: Type.Union([Type.String(), Type.Null()]),
  actief: Type.Boolean(),
  heeftWachtwoord: Type.Boolean(),
  oidcGekoppeld: Type.Boolean(),
  aangemaaktOp: Tijdstip,
  laatstIngelogdOp: Type.Union([Tijdstip, Type.Null()]),
})
export type AccountUit = Static<typeof AccountUit>
export const NieuwAccount = Type.Object({
  persoonId: Uuid,
  email: Email,
  wachtwoord: Type.Optional(Wachtwoord),
}, { additionalProperties: false })
export const AccountWijziging = Type.Object({
  actief: Type.Optional(Type.Boolean({ description: 'false blokkeert het account en beëindigt zijn sessies' })),
  wachtwoord: Type.Optional(Wachtwoord),
}, { additionalProperties: false, minProperties: 1 })
export const AccountParams = Type.Object({ organisatieId: Uuid, accountId: Uuid })

export const MandaatUit = Type.Object({
  id: Uuid, roltypeId: Uuid, roltype: Type.String(), roltypeNaam: Type.String(), handeling: HandelingSchema, scope: Scope,
  bron: Type.Union([Type.String(), Type.Null()]), geldigVan: Datum, geldigTot: NullableDatum,
})
export const NieuwMandaat = Type.Object({
  roltype: Type.String({ minLength: 1, maxLength: 60, description: 'Code van het roltype' }),
  handeling: HandelingSchema,
  scope: Scope,
  bron: Type.Optional(Type.String({ maxLength: 500 })),
  geldigVan: Datum,
}, { additionalProperties: false })
export const Beeindigen = Type.Object({ geldigTot: Datum }, { additionalProperties: false })
export const MandaatParams = Type.Object({ organisatieId: Uuid, mandaatId: Uuid })

export const AfspraakUit = Type.Object({
  id: Uuid, naam: Type.String(), organisatieId: Uuid, partnerOrganisatieId: Uuid, partnerFunctieId: Uuid,
  roltype: Type.String(), eenheidId: Type.Union([Uuid, Type.Null()]), geldigVan: Datum, geldigTot: NullableDatum,
})
export const NieuweAfspraak = Type.Object({
  naam: Type.String({ minLength: 1, maxLength: 200 }),
  partnerOrganisatieId: Uuid,
  partnerFunctieId: Uuid,
  roltype: Type.String({ minLength: 1, maxLength: 60, description: 'Code van het roltype (in deze organisatie) waarvan de mandaten gelden' }),
  eenheidId: Type.Optional(Uuid),
  geldigVan: Datum,
  geldigTot: Type.Optional(Datum),
}, { additionalProperties: false })
export const AfspraakParams = Type.Object({ organisatieId: Uuid, afspraakId: Uuid })

export const ApiTokenUit = Type.Object({
  id: Uuid, naam: Type.String(), prefix: Type.String(), handelingen: Type.Array(Type.String()), aangemaaktDoor: Type.String(),
  aangemaaktOp: Tijdstip, verlooptOp: Type.Union([Tijdstip, Type.Null()]), ingetrokkenOp: Type.Union([Tijdstip, Type.Null()]),
  laatstGebruiktOp: Type.Union([Tijdstip, Type.Null()]),
})
export const NieuwApiTokenSchema = Type.Object({
  naam: Type.String({ minLength: 1, maxLength: 200 }),
  handelingen: Type.Array(HandelingSchema, { minItems: 1, uniqueItems: true }),
  verlooptOp: Type.Optional(Tijdstip),
}, { additionalProperties: false })
export const ApiTokenParams = Type.Object({ organisatieId: Uuid, tokenId: Uuid })
