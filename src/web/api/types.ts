// The API's types, taken from the server's TypeBox schemas (type-only imports: no server code ends
// up in the bundle), so the app cannot drift from the contract.
import type { Static } from 'typebox'
import type { Paginering, ProblemSchema } from '../../server/api-schemas.ts'
import type { Organisatie as OrganisatieSchema } from '../../modules/organisatie/organisatie.schemas.ts'
import type { Boom as BoomSchema, Eenheid as EenheidSchema, EenheidGeschiedenis as GeschiedenisSchema, Formatie as FormatieSchema } from '../../modules/organisatie/eenheid.schemas.ts'
import type { Functie as FunctieSchema, FunctieKort as FunctieKortSchema, Keten as KetenSchema } from '../../modules/organisatie/functie.schemas.ts'
import type { Bezetting as BezettingSchema, Persoon as PersoonSchema } from '../../modules/organisatie/persoon.schemas.ts'
import type { Wijziging as WijzigingSchema, WijzigingDiff as DiffSchema, WijzigingInvoer as InvoerSchema, WijzigingSamenvatting as SamenvattingSchema } from '../../modules/wijziging/wijziging.schemas.ts'
import type { Actie as ActieSchema } from '../../modules/wijziging/acties.schemas.ts'
import type { EenheidSoort as EenheidSoortType } from '../../db/schema.ts'
import type { Roltype as RoltypeSchema, RoltypeSamenvatting as RoltypeSamenvattingSchema, Zoekresultaten as ZoekresultatenSchema } from '../../modules/organisatie/roltype.schemas.ts'
import type { AccountUit as AccountUitSchema, ApiTokenUit as ApiTokenUitSchema, HuidigeSessie as HuidigeSessieSchema, MandaatUit as MandaatUitSchema, Recht as RechtSchema, Scope as ScopeSchema } from '../../modules/toegang/toegang.schemas.ts'
import type { Handeling as HandelingType } from '../../modules/toegang/handelingen.ts'
import type { GeschiedenisEvent as GeschiedenisEventSchema } from '../../modules/audit/geschiedenis.routes.ts'
import type { PersoonKort as PersoonKortSchema } from '../../modules/organisatie/persoon.schemas.ts'

export interface Pagina<T> { resultaten: T[]; paginering: Paginering }
export type Probleem = Static<typeof ProblemSchema>
export type Organisatie = Static<typeof OrganisatieSchema>
export type Boom = Static<typeof BoomSchema>
export type BoomKnoop = Boom['eenheden'][number]
export type Lijn = Boom['functioneleLijnen'][number]
export type Eenheid = Static<typeof EenheidSchema>
export type EenheidGeschiedenis = Static<typeof GeschiedenisSchema>
export type Formatie = Static<typeof FormatieSchema>
export type FormatieCijfers = Formatie['eigen']
export type FunctieKort = Static<typeof FunctieKortSchema>
export type Functie = Static<typeof FunctieSchema>
export type Houder = FunctieKort['houders'][number]
export type Keten = Static<typeof KetenSchema>
export type Persoon = Static<typeof PersoonSchema>
export type Bezetting = Static<typeof BezettingSchema>
export type Wijziging = Static<typeof WijzigingSchema>
export type WijzigingSamenvatting = Static<typeof SamenvattingSchema>
export type WijzigingDiff = Static<typeof DiffSchema>
export type WijzigingInvoer = Static<typeof InvoerSchema>
export type Actie = Static<typeof ActieSchema>
export type ActieSoort = Actie['soort']
export type EenheidSoort = EenheidSoortType
export type Vervanging = Houder['vervanging']
export type Dienstverband = Houder['dienstverband']

export type RoltypeSamenvatting = Static<typeof RoltypeSamenvattingSchema>
export type Roltype = Static<typeof RoltypeSchema>
export type Zoekresultaten = Static<typeof ZoekresultatenSchema>

// Toegang: the session, rights, accounts, API tokens, mandates and an object's audit trail.

export type HuidigeSessie = Static<typeof HuidigeSessieSchema>
export type Recht = Static<typeof RechtSchema>
export type Scope = Static<typeof ScopeSchema>
export type Handeling = HandelingType
export type AccountUit = Static<typeof AccountUitSchema>
export type ApiTokenUit = Static<typeof ApiTokenUitSchema>
export type NieuwApiToken = ApiTokenUit & { token: string }
export type MandaatUit = Static<typeof MandaatUitSchema>
export type GeschiedenisEvent = Static<typeof GeschiedenisEventSchema>
export type PersoonKort = Static<typeof PersoonKortSchema>

// Opgaven and capaciteit (issue 5).
import type { Opgave as OpgaveSchema, OpgaveSamenvatting as OpgaveSamenvattingSchema, NieuweOpgave as NieuweOpgaveSchema } from '../../modules/opgave/opgave.schemas.ts'
import type { Claim as ClaimSchema, Conflicten as ConflictenSchema, Heatmap as HeatmapSchema, Netwerk as NetwerkSchema, Toezeggingen as ToezeggingenSchema, Beantwoording as BeantwoordingSchema } from '../../modules/opgave/capaciteit.schemas.ts'

export type Opgave = Static<typeof OpgaveSchema>
export type OpgaveSamenvatting = Static<typeof OpgaveSamenvattingSchema>
export type NieuweOpgave = Static<typeof NieuweOpgaveSchema>
export type OpgaveSoort = Opgave['soort']
export type Domein = Opgave['domein']
export type OpgaveStatus = Opgave['status']
export type Oordeel = Opgave['voortgang'][number]['oordeel']
export type Claim = Static<typeof ClaimSchema>
export type Beantwoording = Static<typeof BeantwoordingSchema>
export type Heatmap = Static<typeof HeatmapSchema>
export type HeatmapCel = Heatmap['eenheden'][number]['cellen'][number]
export type Conflicten = Static<typeof ConflictenSchema>
export type Netwerk = Static<typeof NetwerkSchema>
export type Toezeggingen = Static<typeof ToezeggingenSchema>
export type EenheidKort = Static<typeof EenheidKortSchema>
import type { EenheidKort as EenheidKortSchema } from '../../modules/organisatie/eenheid.schemas.ts'

// Besluitvorming (issue 6): overleggen, vergaderingen, voorstellen, notificaties, agenda-feeds.
import type { OverlegUit as OverlegSchema, VergaderingUit as VergaderingSchema, VergaderingKort as VergaderingKortSchema, AgendapuntUit as AgendapuntSchema, Deelnemer as DeelnemerSchema } from '../../modules/overleg/overleg.schemas.ts'
import type { Voorstel as VoorstelSchema, VoorstelSamenvatting as VoorstelSamenvattingSchema, MijnTaken as MijnTakenSchema, Notificatie as NotificatieSchema } from '../../modules/voorstel/voorstel.schemas.ts'
import type { AgendaFeed as AgendaFeedSchema, NieuweAgendaFeedAntwoord as NieuweAgendaFeedSchema } from '../../modules/agenda/agenda-feed.schemas.ts'
import type { Portefeuille as PortefeuilleSchema } from '../../modules/organisatie/roltype.schemas.ts'
import type { OrVerzoek as OrVerzoekSchema } from '../../modules/or/or-verzoek.schemas.ts'

export type Overleg = Static<typeof OverlegSchema>
export type Deelnemer = Static<typeof DeelnemerSchema>
export type Vergadering = Static<typeof VergaderingSchema>
export type VergaderingKort = Static<typeof VergaderingKortSchema>
export type Agendapunt = Static<typeof AgendapuntSchema>
export type Voorstel = Static<typeof VoorstelSchema>
export type VoorstelSamenvatting = Static<typeof VoorstelSamenvattingSchema>
export type VoorstelStatus = Voorstel['status']
export type VoorstelHandeling = Voorstel['volgendeStappen'][number]['handeling']
export type MijnTaken = Static<typeof MijnTakenSchema>
export type Notificatie = Static<typeof NotificatieSchema>
export type AgendaFeed = Static<typeof AgendaFeedSchema>
export type NieuweAgendaFeed = Static<typeof NieuweAgendaFeedSchema>
export type OrVerzoek = Static<typeof OrVerzoekSchema>
export type Portefeuille = Static<typeof PortefeuilleSchema>
