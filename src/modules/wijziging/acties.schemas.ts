// The acties of a wijziging (reorganisation change set). Each actie names what it does in `soort`.
// Eenheden created within the same wijziging are referred to by their `sleutel` (a local name),
// since they have no id yet. Everything takes effect on the wijziging's ingangsdatum.
import { Type, type Static, type TSchema } from 'typebox'
import { EENHEID_SOORTEN } from '../../db/schema.ts'
import { Uuid } from '../../server/api-schemas.ts'

export const EenheidSoort = Type.Unsafe<(typeof EENHEID_SOORTEN)[number]>({ type: 'string', enum: [...EENHEID_SOORTEN], description: 'Soort eenheid' })
const Sleutel = Type.String({ minLength: 1, maxLength: 60, pattern: '^[a-z0-9-]+$', description: 'Lokale naam van een eenheid die deze wijziging aanmaakt' })
const Naam = Type.String({ minLength: 1, maxLength: 200 })
const Contact = {
  email: Type.Optional(Type.String({ format: 'email' })),
  telefoon: Type.Optional(Type.String({ maxLength: 40 })),
  bezoekadres: Type.Optional(Type.String({ maxLength: 300 })),
  omschrijving: Type.Optional(Type.String({ maxLength: 4000 })),
}
/** Where a new or moved eenheid hangs: an existing eenheid (id) or one made earlier in this wijziging (sleutel). */
const Boven = {
  bovenEenheidId: Type.Optional(Uuid),
  bovenSleutel: Type.Optional(Sleutel),
}

// Generic in the soort, so Static<Actie> is a union discriminated by a literal `soort`.
const actie = <S extends string, P extends Record<string, TSchema>>(soort: S, props: P, description: string) =>
  Type.Object({ soort: Type.Literal(soort), ...props }, { additionalProperties: false, description })

export const EenheidAanmaken = actie('eenheidAanmaken', { sleutel: Sleutel, naam: Naam, eenheidSoort: EenheidSoort, ...Boven, ...Contact }, 'Maakt een nieuwe eenheid aan')
export const EenheidHernoemen = actie('eenheidHernoemen', { eenheidId: Uuid, naam: Naam }, 'Geeft een eenheid een nieuwe naam')
export const EenheidVerplaatsen = actie('eenheidVerplaatsen', { eenheidId: Uuid, ...Boven }, 'Hangt een eenheid onder een andere (hiërarchisch)')
export const EenhedenSamenvoegen = actie(
  'eenhedenSamenvoegen',
  { eenheidIds: Type.Array(Uuid, { minItems: 2, uniqueItems: true }), sleutel: Sleutel, naam: Naam, eenheidSoort: EenheidSoort, ...Boven },
  'Bundelt eenheden tot één nieuwe eenheid: functies en onderliggende eenheden gaan mee, de oude eenheden worden opgeheven',
)
export const EenheidSplitsen = actie(
  'eenheidSplitsen',
  {
    eenheidId: Uuid,
    delen: Type.Array(
      Type.Object(
        {
          sleutel: Sleutel,
          naam: Naam,
          eenheidSoort: Type.Optional(EenheidSoort),
          functieIds: Type.Array(Uuid, { uniqueItems: true, description: 'Functies die naar dit deel gaan' }),
          onderliggendeEenheidIds: Type.Optional(Type.Array(Uuid, { uniqueItems: true })),
        },
        { additionalProperties: false },
      ),
      { minItems: 2 },
    ),
  },
  'Ontkoppelt een eenheid in delen: elke functie en onderliggende eenheid gaat naar precies één deel, de oude eenheid wordt opgeheven',
)
export const EenheidOpheffen = actie('eenheidOpheffen', { eenheidId: Uuid }, 'Heft een eenheid op; zij mag dan geen bezette functies of onderliggende eenheden meer hebben')
export const FunctieVerplaatsen = actie(
  'functieVerplaatsen',
  { functieId: Uuid, eenheidId: Type.Optional(Uuid), eenheidSleutel: Type.Optional(Sleutel) },
  'Verplaatst een functie (met haar bezetting) naar een andere eenheid',
)

const ACTIE_BRANCHES = [EenheidAanmaken, EenheidHernoemen, EenheidVerplaatsen, EenhedenSamenvoegen, EenheidSplitsen, EenheidOpheffen, FunctieVerplaatsen]
export const ACTIE_SOORTEN = ACTIE_BRANCHES.map((b) => String(b.properties.soort.const))

export const Actie = Type.Unsafe<
  Static<typeof EenheidAanmaken> | Static<typeof EenheidHernoemen> | Static<typeof EenheidVerplaatsen> | Static<typeof EenhedenSamenvoegen>
  | Static<typeof EenheidSplitsen> | Static<typeof EenheidOpheffen> | Static<typeof FunctieVerplaatsen>
>({
  type: 'object',
  // Ajv's discriminator picks the branch by `soort`, so errors name the fields of that actie only.
  discriminator: { propertyName: 'soort' },
  // Ajv's strict mode wants every required property declared at the level that requires it.
  // The enum also makes an unknown soort an error on `acties.<i>.soort` that lists the valid ones.
  properties: { soort: { type: 'string', enum: ACTIE_SOORTEN, description: 'Wat de actie doet' } },
  required: ['soort'],
  oneOf: ACTIE_BRANCHES,
})
export type Actie = Static<typeof Actie>
export const Acties = Type.Array(Actie, { maxItems: 500 })
