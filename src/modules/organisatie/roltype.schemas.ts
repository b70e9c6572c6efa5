import { Type } from 'typebox'
import { Datum, Uuid } from '../../server/api-schemas.ts'
import { VervangingSchema } from './functie.schemas.ts'

const Tekst = Type.Union([Type.String(), Type.Null()])
const Categorie = Type.Union([Type.Literal('ambtelijk'), Type.Literal('bestuurlijk')])
export const RoltypeSamenvatting = Type.Object({
  id: Uuid, code: Type.String(), naam: Type.String(), omschrijving: Tekst, categorie: Categorie, leidinggevend: Type.Boolean(),
  aantalTaken: Type.Integer(), aantalFuncties: Type.Integer({ description: 'Functies met dit roltype op de peildatum' }),
})
export const Roltype = Type.Object({
  id: Uuid, code: Type.String(), naam: Type.String(), omschrijving: Tekst, categorie: Categorie, leidinggevend: Type.Boolean(), bron: Tekst, peildatum: Datum,
  taken: Type.Array(Type.Object({ nummer: Type.String({ description: 'Zoals genummerd in de bron, bijv. 4g' }), tekst: Type.String() })),
  functies: Type.Array(Type.Object({
    functieId: Uuid, functieNaam: Type.String(), eenheidId: Uuid, eenheidNaam: Type.String(),
    persoonId: Type.Union([Uuid, Type.Null()]), persoonNaam: Tekst, vervanging: VervangingSchema,
  }), { description: 'Functies met dit roltype en wie ze op de peildatum bekleedt (leeg = vacature)' }),
})
export const Portefeuille = Type.Object({
  id: Uuid, naam: Type.String(), functieId: Uuid, functieNaam: Type.String(),
  portefeuillehouder: Type.Union([Type.Object({ persoonId: Uuid, naam: Type.String() }), Type.Null()]),
})
export const Zoekresultaten = Type.Object({
  zoekterm: Type.String(),
  peildatum: Datum,
  eenheden: Type.Array(Type.Object({ id: Uuid, naam: Type.String(), soort: Type.String() })),
  functies: Type.Array(Type.Object({ id: Uuid, naam: Type.String(), eenheidId: Uuid, eenheidNaam: Type.String() })),
  personen: Type.Array(Type.Object({ id: Uuid, naam: Type.String(), functie: Tekst, eenheidNaam: Tekst })),
})
