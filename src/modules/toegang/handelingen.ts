// The handelingen (actions) a mandaat can grant. One list, used by the mandates, the API tokens,
// the route rules and the web app. Handelingen of later modules are listed here already, so the
// mandates of seed 004 can be recorded in full.
export const HANDELINGEN = {
  'organisatie.lezen': 'De organisatie inzien: eenheden, functies, personen, bezetting en wijzigingen',
  'persoon.beheren': 'Personen registreren en hun gegevens wijzigen',
  'bezetting.beheren': 'Personen in een functie benoemen en bezettingen beëindigen',
  'functie.beheren': 'Functies aanmaken',
  'wijziging.opstellen': 'Reorganisaties (wijzigingen) opstellen, bekijken en intrekken',
  'wijziging.vaststellen': 'Reorganisaties (wijzigingen) vaststellen',
  'audit.lezen': 'De geschiedenis (audit trail) van objecten inzien',
  'huisstijl.beheren': 'De huisstijl van organogram en publieke pagina’s beheren',
  'account.beheren': 'Accounts, API-tokens en de inlogmethode (OpenID Connect) beheren',
  'mandaat.beheren': 'Mandaten van roltypen beheren',
  'samenwerkingsafspraak.beheren': 'Samenwerkingsafspraken met andere organisaties beheren',
  'voorstel.agenderen': 'Voorstellen goedkeuren voor agendering in het college van b&w',
  'capaciteit.toezeggen': 'Capaciteitsclaims van opgaven beantwoorden en medewerkers toezeggen',
  'opgave.beheren': 'Opgaven aanmaken en bijwerken: doelen, acties, voortgang en capaciteitsclaims',
  'opgave.prioriteren': 'Opgaven een prioriteit geven en capaciteitsconflicten tussen teams beslechten',
  'overleg.beheren': 'Overleggen inrichten: samenstelling, cadans, besluitregel en quorum',
  'vergadering.beheren': 'Vergaderingen plannen, agenderen, aanwezigheid en stemmingen vastleggen en besluiten',
  'voorstel.routeren': 'Voorstellen door de route leiden: naar PHO, college en raad, en het besluit vastleggen',
  'or.beheren': 'Verzoeken aan de ondernemingsraad indienen en besluiten (WOR art. 25 en 27)',
} as const

export type Handeling = keyof typeof HANDELINGEN
export const HANDELING_CODES = Object.keys(HANDELINGEN) as Handeling[]

export function isHandeling(waarde: string): waarde is Handeling {
  return Object.hasOwn(HANDELINGEN, waarde)
}
