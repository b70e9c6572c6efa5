// The organogram's API contract. OrganogramLayout (formaat=json) is what the web app draws from:
// import the type from here rather than copying it.
import { Type, type Static } from 'typebox'
import { Datum, Uuid } from '../../server/api-schemas.ts'
import { EenheidSoort } from '../wijziging/acties.schemas.ts'

/** A string from a fixed list, as a plain enum so a wrong value gets one clear error naming the field. */
const Keuze = <T extends string>(waarden: readonly T[], description: string) => Type.Unsafe<T>({ type: 'string', enum: [...waarden], description })

export const WEERGAVEN = ['boom', 'honingraat'] as const
export const Weergave = Keuze(WEERGAVEN, 'boom: het klassieke organogram van boven naar beneden; honingraat: zeshoeken rond de concerndirectie (seed 001, Hengelo)')
export type Weergave = Static<typeof Weergave>

export const FORMATEN = ['svg', 'png', 'pdf', 'json'] as const
export const Formaat = Keuze(FORMATEN, 'svg, png of pdf: de tekening; json: de berekende layout (voor de webapp)')
export type Formaat = Static<typeof Formaat>

export const Papier = Keuze(['A4', 'A3'] as const, 'Papierformaat van de pdf, liggend')
export type Papier = Static<typeof Papier>

export const OrganogramQuery = Type.Object(
  {
    peildatum: Type.Optional(Type.String({ format: 'date', description: 'De datum waarop de organisatie wordt getekend; standaard vandaag.' })),
    weergave: Type.Optional({ ...Weergave, default: 'boom' }),
    formaat: Type.Optional({ ...Formaat, default: 'svg' }),
    papier: Type.Optional({ ...Papier, default: 'A4' }),
    niveaus: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, description: 'Aantal niveaus dat zichtbaar is; diepere eenheden klappen in tot "+N onderliggende eenheden". Standaard 3 bij meer dan 120 eenheden, anders alles.' })),
    eenheidId: Type.Optional({ ...Uuid, description: 'Teken alleen deze eenheid en wat eronder valt' }),
    ingeklapt: Type.Optional(Type.String({ pattern: '^[0-9a-fA-F-]{36}(,[0-9a-fA-F-]{36})*$', maxLength: 37 * 500, description: 'Eenheden (UUID, kommagescheiden) die ingeklapt worden getekend' })),
    download: Type.Optional(Type.Boolean({ default: false, description: 'Als bestand aanbieden (Content-Disposition: attachment)' })),
  },
  { additionalProperties: false },
)

const Getal = Type.Number()

export const LayoutKnoop = Type.Object({
  id: Uuid,
  naam: Type.String({ description: 'De volledige naam (ook als het label is afgekapt)' }),
  soort: EenheidSoort,
  diepte: Type.Integer({ description: 'Afstand tot de bovenste getekende eenheid' }),
  bovenEenheidId: Type.Union([Uuid, Type.Null()]),
  x: Type.Number({ description: 'Middelpunt, in tekeneenheden (px) vanaf linksboven van de tekening' }),
  y: Type.Number({ description: 'Middelpunt' }),
  breedte: Getal,
  hoogte: Getal,
  vorm: Keuze(['rechthoek', 'zeshoek'] as const, 'rechthoek in de boom, zeshoek in de honingraat'),
  regels: Type.Array(Type.String(), { description: 'Het label, afgebroken in regels' }),
  afgekapt: Type.Boolean({ description: 'Het label eindigt op … omdat de naam niet paste' }),
  aantalOnderliggend: Type.Integer({ description: 'Direct onderliggende eenheden op de peildatum' }),
  verborgenOnderliggend: Type.Integer({ description: 'Ingeklapt: zoveel eenheden eronder zijn niet getekend (0 = niet ingeklapt)' }),
})
export type LayoutKnoop = Static<typeof LayoutKnoop>

export const LayoutLijn = Type.Object({
  soort: Keuze(['hierarchisch', 'functioneel'] as const, 'hierarchisch: doorgetrokken; functioneel: gestippeld met pijl'),
  vanId: Type.String({ description: 'De eenheid (of bij een functionele lijn: de aangestuurde eenheid)' }),
  naarId: Type.String({ description: 'De bovenliggende of aansturende eenheid' }),
  d: Type.String({ description: 'Het pad als SVG path data, in dezelfde coördinaten als de knopen' }),
  aantal: Type.Integer({ description: 'Aantal lijnen dat dit pad samenvat (functionele lijnen naar ingeklapte eenheden)' }),
})
export type LayoutLijn = Static<typeof LayoutLijn>

export const OrganogramLayout = Type.Object({
  weergave: Weergave,
  breedte: Getal,
  hoogte: Getal,
  niveaus: Type.Union([Type.Integer(), Type.Null()], { description: 'Toegepast aantal niveaus; null = alles' }),
  totaalEenheden: Type.Integer({ description: 'Eenheden in de getekende (deel)boom op de peildatum' }),
  zichtbareEenheden: Type.Integer(),
  knopen: Type.Array(LayoutKnoop),
  lijnen: Type.Array(LayoutLijn, { description: 'Eerst de hiërarchische, dan de functionele lijnen' }),
})
export type OrganogramLayout = Static<typeof OrganogramLayout>

export const OrganogramJson = Type.Object({
  organisatieId: Uuid,
  organisatieNaam: Type.String(),
  peildatum: Datum,
  layout: OrganogramLayout,
})
export type OrganogramJson = Static<typeof OrganogramJson>
