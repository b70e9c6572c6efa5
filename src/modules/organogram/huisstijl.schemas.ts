// The huisstijl API contract: design tokens validated strictly (hex colours, a plain font name),
// the logo as base64 with its media type.
import { Type, type Static } from 'typebox'
import { Tijdstip, Uuid } from '../../server/api-schemas.ts'

const Kleur = (description: string) =>
  Type.String({ pattern: '^#[0-9a-fA-F]{6}$', description: `${description} (hexadecimaal, #rrggbb)`, example: '#1d3b5c' })

export const HuisstijlTokens = Type.Object(
  {
    kleuren: Type.Object(
      {
        primair: Kleur('Hoofdkleur: de bovenste eenheid en de randen'),
        tekst: Kleur('Tekstkleur'),
        achtergrond: Kleur('Achtergrond'),
        lijn: Kleur('Kleur van de hiërarchische lijnen'),
        accent: Kleur('Vulling van het tweede niveau'),
      },
      { additionalProperties: false },
    ),
    lettertype: Type.String({
      pattern: '^[A-Za-z0-9][A-Za-z0-9 -]{0,59}$',
      description: 'Lettertypefamilie die de organisatie zelf host (bijv. "Fira Sans"); de pdf en png gebruiken het ingebedde Noto Sans',
      example: 'Noto Sans',
    }),
  },
  { additionalProperties: false },
)
export type HuisstijlTokens = Static<typeof HuisstijlTokens>

export const LogoMediatype = Type.Union([Type.Literal('image/svg+xml'), Type.Literal('image/png')])

export const LogoInvoer = Type.Object(
  {
    mediatype: LogoMediatype,
    data: Type.String({ pattern: '^[A-Za-z0-9+/]+={0,2}$', maxLength: 700_000, description: 'Het logo, base64-gecodeerd (hoogstens 512 kB)' }),
  },
  { additionalProperties: false },
)

export const HuisstijlInvoer = Type.Object(
  {
    tokens: HuisstijlTokens,
    logo: Type.Union([LogoInvoer, Type.Null()], { description: 'null: geen logo' }),
  },
  { additionalProperties: false },
)
export type HuisstijlInvoer = Static<typeof HuisstijlInvoer>

export const HuisstijlUitvoer = Type.Object({
  organisatieId: Uuid,
  standaard: Type.Boolean({ description: 'true: de organisatie heeft geen eigen huisstijl en gebruikt het neutrale thema van Koers' }),
  tokens: HuisstijlTokens,
  logo: Type.Union([LogoInvoer, Type.Null()]),
  gewijzigdOp: Type.Union([Tijdstip, Type.Null()]),
})
export type HuisstijlUitvoer = Static<typeof HuisstijlUitvoer>
