// Kysely's view of the tables in src/db/migrations. Keep in step with the SQL.
import type { ColumnType, Generated } from 'kysely'

/** 'YYYY-MM-DD' (the pg DATE parser is set to leave dates as text). */
export type Datum = string
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type Json<T = unknown> = ColumnType<T, string, string>

export interface OrganisatieTable {
  id: Generated<string>
  naam: string
  soort: 'gemeente' | 'gemeenschappelijke_regeling' | 'overig'
  organisatiecode: string | null
  tooi_uri: string | null
  cbs_code: string | null
  oin: string | null
  kvk: string | null
  afkorting: string | null
  website: string | null
  email: string | null
  telefoon: string | null
  bezoekadres: string | null
  postadres: string | null
  demo: Generated<boolean>
  geldig_van: Datum
  geldig_tot: Datum | null
  aangemaakt_op: Timestamp
  gewijzigd_op: Timestamp
}

export interface WijzigingTable {
  id: Generated<string>
  organisatie_id: string
  titel: string
  toelichting: string | null
  ingangsdatum: Datum
  status: Generated<'concept' | 'vastgesteld' | 'ingetrokken'>
  acties: Json
  resultaat: Json | null
  vastgesteld_op: Date | null
  aangemaakt_op: Timestamp
  gewijzigd_op: Timestamp
}

export interface RoltypeTable {
  id: Generated<string>
  organisatie_id: string
  code: string
  naam: string
  omschrijving: string | null
  categorie: 'ambtelijk' | 'bestuurlijk'
  leidinggevend: Generated<boolean>
  bron: string | null
}

export interface TaakTable {
  id: Generated<string>
  organisatie_id: string
  roltype_id: string
  nummer: string
  volgorde: number
  tekst: string
}

export interface EenheidTable {
  id: Generated<string>
  organisatie_id: string
  aangemaakt_op: Timestamp
}

export const EENHEID_SOORTEN = [
  'concerndirectie', 'concernstaf', 'directie', 'domein', 'afdeling', 'team', 'uitvoeringsorganisatie',
  'programmabureau', 'bestuursorgaan', 'fractie', 'griffie', 'overig',
] as const
export type EenheidSoort = (typeof EENHEID_SOORTEN)[number]

export interface EenheidVersieTable {
  id: Generated<string>
  organisatie_id: string
  eenheid_id: string
  naam: string
  soort: EenheidSoort
  afkorting: string | null
  omschrijving: string | null
  email: string | null
  telefoon: string | null
  bezoekadres: string | null
  postadres: string | null
  website: string | null
  geldig_van: Datum
  geldig_tot: Datum | null
  wijziging_id: string | null
}

export interface FunctieTable {
  id: Generated<string>
  organisatie_id: string
  aangemaakt_op: Timestamp
}

export interface FunctieVersieTable {
  id: Generated<string>
  organisatie_id: string
  functie_id: string
  eenheid_id: string
  roltype_id: string
  naam: string
  schaal: number | null
  formatie_fte: Generated<number>
  aandachtsgebied: string | null
  leidinggevend: Generated<boolean>
  geldig_van: Datum
  geldig_tot: Datum | null
  wijziging_id: string | null
}

export type LijnSoort = 'hierarchisch' | 'functioneel'

export interface LijnTable {
  id: Generated<string>
  organisatie_id: string
  soort: LijnSoort
  eenheid_id: string | null
  boven_eenheid_id: string | null
  functie_id: string | null
  boven_functie_id: string | null
  omschrijving: string | null
  geldig_van: Datum
  geldig_tot: Datum | null
  wijziging_id: string | null
}

export interface PersoonTable {
  id: Generated<string>
  organisatie_id: string
  naam: string
  voornaam: string | null
  tussenvoegsel: string | null
  achternaam: string | null
  email: string | null
  telefoon: string | null
  geboortejaar: number | null
  aangemaakt_op: Timestamp
  gewijzigd_op: Timestamp
}

export const DIENSTVERBANDEN = ['vast', 'tijdelijk', 'inhuur', 'stage', 'bestuurlijk'] as const
export type Dienstverband = (typeof DIENSTVERBANDEN)[number]

export interface BezettingTable {
  id: Generated<string>
  organisatie_id: string
  persoon_id: string
  functie_id: string
  fte: Generated<number>
  dienstverband: Dienstverband
  vervanging: 'loco' | 'waarnemer' | null
  geldig_van: Datum
  geldig_tot: Datum | null
  wijziging_id: string | null
}

export interface PortefeuilleTable {
  id: Generated<string>
  organisatie_id: string
  naam: string
  functie_id: string
  geldig_van: Datum
  geldig_tot: Datum | null
}

export interface AuditEventTable {
  volgnummer: Generated<number>
  id: Generated<string>
  organisatie_id: string | null
  tijdstip: Timestamp
  actor: string
  handeling: string
  object_type: string
  object_id: string | null
  voor: Json | null
  na: Json | null
  /** Set by the chain trigger (migration 0005); never written by the application. */
  keten_nr: Generated<number>
  vorige_hash: Generated<string | null>
  hash: Generated<string>
}

export interface HuisstijlTable {
  organisatie_id: string
  tokens: Json
  logo: Buffer | null
  logo_mediatype: 'image/svg+xml' | 'image/png' | null
  gewijzigd_op: Timestamp
}

export interface DB {
  organisatie: OrganisatieTable
  wijziging: WijzigingTable
  roltype: RoltypeTable
  taak: TaakTable
  eenheid: EenheidTable
  eenheid_versie: EenheidVersieTable
  functie: FunctieTable
  functie_versie: FunctieVersieTable
  lijn: LijnTable
  persoon: PersoonTable
  bezetting: BezettingTable
  portefeuille: PortefeuilleTable
  audit_event: AuditEventTable
  structuurversie: { organisatie_id: string; versie: number }
  huisstijl: HuisstijlTable
  account: AccountTable
  sessie: SessieTable
  inlogpoging: InlogpogingTable
  api_token: ApiTokenTable
  mandaat: MandaatTable
  samenwerkingsafspraak: SamenwerkingsafspraakTable
  oidc_configuratie: OidcConfiguratieTable
  oidc_poging: OidcPogingTable
  opgave: OpgaveTable
  opgave_kernteamlid: OpgaveKernteamlidTable
  opgave_partner: OpgavePartnerTable
  opgave_doel: OpgaveDoelTable
  opgave_meting: OpgaveMetingTable
  opgave_actie: OpgaveActieTable
  voortgangsrapportage: VoortgangsrapportageTable
  capaciteitsclaim: CapaciteitsclaimTable
  capaciteitstoezegging: CapaciteitstoezeggingTable
  overleg: OverlegTable
  overleg_samenstelling: OverlegSamenstellingTable
  vergadering: VergaderingTable
  voorstel: VoorstelTable
  voorstel_versie: VoorstelVersieTable
  voorstel_stap: VoorstelStapTable
  agendapunt: AgendapuntTable
  aanwezigheid: AanwezigheidTable
  stem: StemTable
  or_verzoek: OrVerzoekTable
  organisatie_instelling: OrganisatieInstellingTable
  notificatie: NotificatieTable
  agenda_feed: AgendaFeedTable
}

export type OverlegSoort = 'mt' | 'dt' | 'pho' | 'strategisch_pho' | 'college' | 'voorbereidende_raad' | 'besluitvormende_raad' | 'or' | 'overig'
export type Uitkomst = 'aangenomen' | 'geamendeerd_aangenomen' | 'verworpen' | 'aangehouden'
export type VoorstelStatus = 'concept' | 'ter_goedkeuring' | 'goedgekeurd' | 'pho' | 'college' | 'voorbereidende_raad' | 'besluitvormende_raad' | 'besloten' | 'teruggetrokken'

export interface OverlegTable {
  id: Generated<string>
  organisatie_id: string
  naam: string
  soort: OverlegSoort
  modus: 'adviserend' | 'besluitvormend'
  besluitregel: Generated<'meerderheid' | 'meerderheid_voorzitter_beslist'>
  quorum: number | null
  rrule: string | null
  eerste_begin: Date | null
  duur_minuten: Generated<number>
  tijdzone: Generated<string>
  locatie: string | null
  openbaar: Generated<boolean>
  portefeuille_id: string | null
  geldig_van: Datum
  geldig_tot: Datum | null
}

export interface OverlegSamenstellingTable {
  id: Generated<string>
  organisatie_id: string
  overleg_id: string
  rol: 'voorzitter' | 'lid' | 'adviseur'
  roltype_code: string | null
  functie_id: string | null
}

export interface VergaderingTable {
  id: Generated<string>
  organisatie_id: string
  overleg_id: string
  begin: Date
  eind: Date
  locatie: string | null
  bron: 'cadans' | 'adhoc'
  status: Generated<'gepland' | 'agenda_gepubliceerd' | 'geopend' | 'gesloten' | 'geannuleerd'>
  notulen: string | null
  aangemaakt_op: Timestamp
}

export interface VoorstelTable {
  id: Generated<string>
  organisatie_id: string
  titel: string
  soort: 'collegevoorstel' | 'raadsvoorstel' | 'dt_voorstel'
  opsteller_persoon_id: string
  eenheid_id: string
  portefeuille_id: string | null
  status: Generated<VoorstelStatus>
  uitkomst: Uitkomst | null
  aangemaakt_op: Timestamp
  gewijzigd_op: Timestamp
}

export interface VoorstelVersieTable {
  id: Generated<string>
  organisatie_id: string
  voorstel_id: string
  versie: number
  tekst: string
  auteur: string
  aangemaakt_op: Timestamp
}

export interface VoorstelStapTable {
  id: Generated<string>
  organisatie_id: string
  voorstel_id: string
  stap: string
  handeling: string
  eigenaar_functie_id: string | null
  uitkomst: string | null
  opmerking: string | null
  actor: string
  tijdstip: Timestamp
}

export interface AgendapuntTable {
  id: Generated<string>
  organisatie_id: string
  vergadering_id: string
  volgorde: number
  titel: string
  soort: 'informatie' | 'bespreking' | 'besluitvorming'
  voorstel_id: string | null
  toelichting: string | null
  informanten: Generated<string[]>
  documenten: ColumnType<Array<{ titel: string; url: string }>, string | undefined, string>
  status: Generated<'open' | 'besloten' | 'geen_besluit'>
  besluit: string | null
  uitkomst: Uitkomst | null
  stemmen_voor: number | null
  stemmen_tegen: number | null
  onthoudingen: number | null
  doorslag_voorzitter: Generated<boolean>
  besloten_op: Date | null
}

export interface AanwezigheidTable {
  id: Generated<string>
  organisatie_id: string
  vergadering_id: string
  persoon_id: string
  aanwezig: boolean
  vervanger_persoon_id: string | null
}

export interface StemTable {
  id: Generated<string>
  organisatie_id: string
  agendapunt_id: string
  persoon_id: string
  keuze: 'voor' | 'tegen' | 'onthouding'
}

export interface OrVerzoekTable {
  id: Generated<string>
  organisatie_id: string
  soort: 'advies' | 'instemming' | 'informatie'
  wor_grondslag: string | null
  onderwerp: string
  toelichting: string | null
  wijziging_id: string | null
  status: Generated<'ingediend' | 'beantwoord' | 'besloten' | 'ingetrokken'>
  ingediend_op: Datum
  termijn: Datum
  or_standpunt: 'positief' | 'negatief' | 'voorwaardelijk' | 'instemming' | 'geen_instemming' | null
  or_antwoord: string | null
  beantwoord_op: Datum | null
  besluit: string | null
  afwijkend: boolean | null
  motivering: string | null
  besloten_op: Datum | null
}

export interface OrganisatieInstellingTable {
  organisatie_id: string
  wijziging_wacht_op_or: Generated<boolean>
}

export interface NotificatieTable {
  id: Generated<string>
  organisatie_id: string
  persoon_id: string
  soort: string
  titel: string
  link: string | null
  object_type: string | null
  object_id: string | null
  aangemaakt_op: Timestamp
  gelezen_op: Date | null
  gemaild_op: Date | null
}

export interface AgendaFeedTable {
  id: Generated<string>
  organisatie_id: string
  persoon_id: string | null
  overleg_id: string | null
  token_hash: string
  aangemaakt_door: string
  aangemaakt_op: Timestamp
  ingetrokken_op: Date | null
}

export type OpgaveSoort = 'programma' | 'project' | 'maatschappelijke_opgave'
export type OpgaveDomein = 'fysiek' | 'sociaal' | 'economie' | 'bedrijfsvoering'
export type OpgaveStatus = 'verkenning' | 'actief' | 'afgerond' | 'gestopt'
export type ClaimStatus = 'aangevraagd' | 'toegekend' | 'deels' | 'afgewezen' | 'ingetrokken'

export interface OpgaveTable {
  id: Generated<string>
  organisatie_id: string
  naam: string
  soort: OpgaveSoort
  maatschappelijk_doel: string
  domein: OpgaveDomein
  portefeuille_id: string | null
  ambtelijk_opdrachtgever_id: string
  opgavemanager_id: string | null
  status: Generated<OpgaveStatus>
  prioriteit: number | null
  startdatum: Datum
  einddatum: Datum | null
  aangemaakt_op: Timestamp
  gewijzigd_op: Timestamp
}

export interface OpgaveKernteamlidTable {
  id: Generated<string>
  organisatie_id: string
  opgave_id: string
  persoon_id: string
  rol: string
  geldig_van: Datum
  geldig_tot: Datum | null
}

export interface OpgavePartnerTable {
  id: Generated<string>
  organisatie_id: string
  opgave_id: string
  naam: string
  soort: 'burgers' | 'bedrijf' | 'instelling' | 'organisatie'
  rol: string | null
}

export interface OpgaveDoelTable {
  id: Generated<string>
  organisatie_id: string
  opgave_id: string
  omschrijving: string
  indicator: string
  meeteenheid: string
  nulwaarde: number | null
  streefwaarde: number
  streefdatum: Datum
  volgorde: number
}

export interface OpgaveMetingTable {
  id: Generated<string>
  organisatie_id: string
  doel_id: string
  peildatum: Datum
  waarde: number
  toelichting: string | null
  aangemaakt_op: Timestamp
}

export interface OpgaveActieTable {
  id: Generated<string>
  organisatie_id: string
  opgave_id: string
  omschrijving: string
  eigenaar_functie_id: string
  deadline: Datum
  status: Generated<'open' | 'gereed' | 'vervallen'>
  aangemaakt_op: Timestamp
}

export interface VoortgangsrapportageTable {
  id: Generated<string>
  organisatie_id: string
  opgave_id: string
  periode: string
  oordeel: 'op_koers' | 'risico' | 'uit_koers'
  toelichting: string
  rapporteur: string
  aangemaakt_op: Timestamp
}

export interface CapaciteitsclaimTable {
  id: Generated<string>
  organisatie_id: string
  opgave_id: string
  eenheid_id: string
  kwartaal: string
  fte: number
  profiel: string | null
  toelichting: string | null
  status: Generated<ClaimStatus>
  toegekend_fte: Generated<number>
  reden: string | null
  beantwoord_door: string | null
  beantwoord_op: Date | null
  aangemaakt_op: Timestamp
}

export interface CapaciteitstoezeggingTable {
  id: Generated<string>
  organisatie_id: string
  claim_id: string
  persoon_id: string
  fte: number
  aangemaakt_op: Timestamp
  vervallen_op: Date | null
}

export type MandaatScope = 'eigen_eenheid' | 'subboom' | 'organisatie'

export interface AccountTable {
  id: Generated<string>
  organisatie_id: string | null
  persoon_id: string | null
  email: string
  wachtwoord_hash: string | null
  oidc_subject: string | null
  platform_beheerder: Generated<boolean>
  actief: Generated<boolean>
  aangemaakt_op: Timestamp
  gewijzigd_op: Timestamp
  laatst_ingelogd_op: Date | null
}

export interface SessieTable {
  id: Generated<string>
  token_hash: string
  account_id: string
  csrf_token: string
  methode: 'wachtwoord' | 'oidc'
  aangemaakt_op: Timestamp
  verloopt_op: Date
  beeindigd_op: Date | null
}

export interface InlogpogingTable {
  sleutel: string
  mislukt: Generated<number>
  geblokkeerd_tot: Date | null
  laatste_poging: Timestamp
}

export interface ApiTokenTable {
  id: Generated<string>
  organisatie_id: string
  naam: string
  prefix: string
  token_hash: string
  handelingen: string[]
  aangemaakt_door: string
  aangemaakt_op: Timestamp
  verloopt_op: Date | null
  ingetrokken_op: Date | null
  laatst_gebruikt_op: Date | null
}

export interface MandaatTable {
  id: Generated<string>
  organisatie_id: string
  roltype_id: string
  handeling: string
  scope: MandaatScope
  bron: string | null
  geldig_van: Datum
  geldig_tot: Datum | null
  aangemaakt_op: Timestamp
}

export interface SamenwerkingsafspraakTable {
  id: Generated<string>
  organisatie_id: string
  partner_organisatie_id: string
  naam: string
  partner_functie_id: string
  roltype_id: string
  eenheid_id: string | null
  geldig_van: Datum
  geldig_tot: Datum | null
  aangemaakt_op: Timestamp
}

export interface OidcConfiguratieTable {
  organisatie_id: string
  issuer: string
  client_id: string
  client_secret: string | null
  scope: Generated<string>
  weergavenaam: Generated<string>
  actief: Generated<boolean>
  gewijzigd_op: Timestamp
}

export interface OidcPogingTable {
  state: string
  organisatie_id: string
  code_verifier: string
  nonce: string
  terug_naar: string | null
  verloopt_op: Date
  gebruikt_op: Date | null
}
