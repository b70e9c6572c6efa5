// How a "Functie" of the ROO office-holders export lands in Koers: which roltype, in which of the
// four bestuur eenheden, with which dienstverband. Bestuur is modelled like the rest of the
// organisation — eenheden, functies, bezettingen — so the organogram, routes and open data treat the
// raad and the college the same way as a team.
import type { Dienstverband, EenheidSoort } from '../../db/schema.ts'

export type BestuurEenheid = 'raad' | 'college' | 'griffie' | 'ambtelijk'

export interface BestuurEenheidDefinitie {
  naam: string
  soort: EenheidSoort
  omschrijving: string
  /** An existing eenheid of this soort counts only if its name contains this (the raad and the college share a soort). */
  naamBevat?: string
  /** Created with a hierarchical lijn to this eenheid. */
  boven?: BestuurEenheid
}

export const BESTUUR_EENHEDEN: Record<BestuurEenheid, BestuurEenheidDefinitie> = {
  raad: { naam: 'Gemeenteraad', soort: 'bestuursorgaan', naamBevat: 'raad', omschrijving: 'Het hoogste bestuursorgaan van de gemeente' },
  college: {
    naam: 'College van burgemeester en wethouders',
    soort: 'bestuursorgaan',
    naamBevat: 'college',
    omschrijving: 'Het dagelijks bestuur van de gemeente',
  },
  griffie: { naam: 'Griffie', soort: 'griffie', boven: 'raad', omschrijving: 'Ondersteunt de gemeenteraad' },
  // Any concerndirectie will do: it is where the gemeentesecretaris/algemeen directeur sits.
  ambtelijk: {
    naam: 'Ambtelijke organisatie',
    soort: 'concerndirectie',
    omschrijving: 'De ambtelijke organisatie onder leiding van de gemeentesecretaris/algemeen directeur',
  },
}

export interface RooFunctie {
  /** Roltype code from the catalogue (roltypen-catalogus.ts). */
  roltype: string
  /** Name of a functie the import creates. */
  naam: string
  eenheid: BestuurEenheid
  dienstverband: Dienstverband
  leidinggevend: boolean
  /** The locoburgemeester is no functie of its own: a loco bezetting on the burgemeester's functie. */
  loco?: true
}

const BURGEMEESTER: RooFunctie = { roltype: 'burgemeester', naam: 'Burgemeester', eenheid: 'college', dienstverband: 'bestuurlijk', leidinggevend: true }
const GRIFFIER: RooFunctie = { roltype: 'griffier', naam: 'Griffier', eenheid: 'griffie', dienstverband: 'vast', leidinggevend: true }

/** Keyed by rooFunctieSleutel(Functie), so "Woo-contactpersoon" and "Woo Contactpersoon" are one. */
const ROO_FUNCTIES = new Map<string, RooFunctie>(Object.entries({
  burgemeester: BURGEMEESTER,
  locoburgemeester: { ...BURGEMEESTER, loco: true },
  wethouder: { roltype: 'wethouder', naam: 'Wethouder', eenheid: 'college', dienstverband: 'bestuurlijk', leidinggevend: false },
  raadslid: { roltype: 'raadslid', naam: 'Raadslid', eenheid: 'raad', dienstverband: 'bestuurlijk', leidinggevend: false },
  // The export does not say which fractie someone chairs, so the functie sits in the Gemeenteraad;
  // a beheerder who adds the fracties as eenheden can move it there (a new functie_versie).
  fractievoorzitter: { roltype: 'fractievoorzitter', naam: 'Fractievoorzitter', eenheid: 'raad', dienstverband: 'bestuurlijk', leidinggevend: false },
  raadsgriffier: GRIFFIER,
  griffier: GRIFFIER,
  gemeentesecretaris: { roltype: 'gemeentesecretaris', naam: 'Gemeentesecretaris', eenheid: 'ambtelijk', dienstverband: 'vast', leidinggevend: true },
  woocontactpersoon: { roltype: 'woo_contactpersoon', naam: 'Woo-contactpersoon', eenheid: 'ambtelijk', dienstverband: 'vast', leidinggevend: false },
} satisfies Record<string, RooFunctie>))

/** The roltypen whose bezettingen the import keeps in step with the file. */
export const ROO_ROLTYPEN: readonly string[] = [...new Set([...ROO_FUNCTIES.values()].map((f) => f.roltype))]

export function rooFunctieSleutel(tekst: string): string {
  return tekst.toLowerCase().replace(/[^a-z]/g, '')
}

export function rooFunctie(functie: string): RooFunctie | undefined {
  return ROO_FUNCTIES.get(rooFunctieSleutel(functie))
}

/**
 * ROO sometimes publishes a role mailbox instead of a person ("Woo-contactpersoon" as Naam). A
 * persoon in Koers is a person, so such a row is reported instead of imported.
 */
export function isGeenPersoonsnaam(naam: string): boolean {
  const sleutel = rooFunctieSleutel(naam)
  return sleutel === '' || ROO_FUNCTIES.has(sleutel) || ['vacature', 'vacant', 'onbekend', 'nnb'].includes(sleutel)
}
