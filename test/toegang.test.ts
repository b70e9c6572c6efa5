// Every API route × every kind of actor: the expected allow or deny (issue 4). Generated over the
// OpenAPI document, so a route without an entry below fails this test, and a route registered
// without config.toegang fails at start-up (last test). "Allowed" means the request got past
// authorisation (any answer but 401/403); "denied" means 401 for anonymous and 403 for the rest.
import Fastify from 'fastify'
import { beforeAll, describe, expect, it } from 'vitest'
import { createTestApp } from './app.ts'
import { ACTOREN, headers, maakActoren, type ActorNaam, type Sessie } from './toegang-actoren.ts'
import { toegangHooks } from '../src/server/toegang.ts'
import { createWijziging } from '../src/modules/wijziging/create-wijziging.ts'
import { createApiToken } from '../src/modules/toegang/api-token.repository.ts'
import { createOpgave } from '../src/modules/opgave/opgave.repository.ts'
import { createClaims } from '../src/modules/opgave/capaciteit.repository.ts'
import { createVoorstel } from '../src/modules/voorstel/voorstel.repository.ts'
import { voerStapUit } from '../src/modules/voorstel/voorstel-route.ts'
import { answerOrVerzoek, createOrVerzoek } from '../src/modules/or/or-verzoek.repository.ts'
import { createOverleg, createVergadering } from '../src/modules/overleg/overleg.repository.ts'
import { addAgendapunt } from '../src/modules/overleg/vergadering.repository.ts'
import { createAgendaFeed } from '../src/modules/agenda/agenda-feed.repository.ts'
import { notificeer } from '../src/modules/notificatie/notificatie.repository.ts'

type Verzoek = { pad?: Record<string, string>; query?: string; body?: unknown }
interface Regel { mag: readonly ActorNaam[]; verzoek?: (c: Context) => Verzoek }
interface Context {
  x: Awaited<ReturnType<typeof maakActoren>>['x']
  wijziging: string
  inTeTrekken: string
  mandaat: string
  afspraak: string
  token: string
  account: string
  bezetting: string
  opgave: string
  doel: string
  actie: string
  claim: string
  inTeTrekkenClaim: string
  feed: string
  notificatie: string
}

const IEDEREEN: readonly ActorNaam[] = ACTOREN
const INGELOGD: readonly ActorNaam[] = ACTOREN.filter((a) => a !== 'anoniem')
/** Everyone who holds a functie in X reads X (its beheerder too); beheerder-y does not. */
const LEZERS_X: readonly ActorNaam[] = ['medewerker', 'teammanager-a', 'teammanager-b', 'concernmanager', 'loco-secretaris', 'beheerder-x']
const BEHEER_X: readonly ActorNaam[] = ['beheerder-x']
const VOORZITTERS: readonly ActorNaam[] = ['concernmanager', 'loco-secretaris']
const overlegInvoer = (naam: string) => ({ naam, soort: 'mt', modus: 'adviserend', geldigVan: '2015-01-01', samenstelling: [{ rol: 'voorzitter', roltype: 'concernmanager' }, { rol: 'lid', roltype: 'teammanager' }] })
const ov = { overleg: '', vergadering: '', agendapunt: '' }
const OPSTELLERS: readonly ActorNaam[] = ['concernmanager', 'loco-secretaris'] // organisatiebesluit: concernmanager 1, gemeentesecretaris 2 (the loco holds it)
/** Voorstellen and OR-verzoeken (issue 6), filled in by their own beforeAll below. */
const bv = { concept: '', terGoedkeuring: '', orIngediend: '', orBeantwoord: '' }

const REGELS: Record<string, Regel> = {
  'GET /organisaties': { mag: IEDEREEN },
  'GET /organisaties/{organisatieId}': { mag: IEDEREEN },
  'GET /organisaties/{organisatieId}/boom': { mag: LEZERS_X },
  'GET /organisaties/{organisatieId}/eenheden': { mag: LEZERS_X },
  'GET /organisaties/{organisatieId}/eenheden/{eenheidId}': { mag: LEZERS_X },
  'GET /organisaties/{organisatieId}/eenheden/{eenheidId}/subboom': { mag: LEZERS_X },
  'GET /organisaties/{organisatieId}/eenheden/{eenheidId}/formatie': { mag: LEZERS_X },
  'GET /organisaties/{organisatieId}/eenheden/{eenheidId}/geschiedenis': { mag: LEZERS_X },
  'GET /organisaties/{organisatieId}/lijnen': { mag: LEZERS_X },
  'GET /organisaties/{organisatieId}/functies': { mag: LEZERS_X },
  'GET /organisaties/{organisatieId}/functies/{functieId}': { mag: LEZERS_X },
  'GET /organisaties/{organisatieId}/functies/{functieId}/keten': { mag: LEZERS_X },
  'GET /organisaties/{organisatieId}/personen': { mag: LEZERS_X },
  'GET /organisaties/{organisatieId}/personen/{persoonId}': { mag: LEZERS_X },
  'GET /organisaties/{organisatieId}/personen/{persoonId}/keten': { mag: LEZERS_X },
  'GET /organisaties/{organisatieId}/bezettingen/{bezettingId}': { mag: LEZERS_X },
  'GET /organisaties/{organisatieId}/roltypen': { mag: LEZERS_X },
  'GET /organisaties/{organisatieId}/roltypen/{roltypeId}': { mag: LEZERS_X },
  'GET /organisaties/{organisatieId}/portefeuilles': { mag: LEZERS_X },
  'GET /organisaties/{organisatieId}/zoekresultaten': { mag: LEZERS_X, verzoek: () => ({ query: '?zoek=Team' }) },
  'GET /organisaties/{organisatieId}/organogram': { mag: IEDEREEN }, // Woo art. 3.3: the public page draws it too
  'GET /organisaties/{organisatieId}/huisstijl': { mag: LEZERS_X },
  'GET /organisaties/{organisatieId}/mandaten': { mag: LEZERS_X },
  'POST /organisaties/{organisatieId}/functies': {
    mag: ['loco-secretaris'], // functie.beheren: gemeentesecretaris only (held by the loco)
    verzoek: (c) => ({ body: { eenheidId: c.x.eenheden.teamA, roltype: 'medewerker', naam: 'Nieuwe functie', formatieFte: 1, geldigVan: '2026-01-01' } }),
  },
  'POST /organisaties/{organisatieId}/personen': { mag: OPSTELLERS, verzoek: () => ({ body: { naam: 'Nieuwe Collega' } }) },
  'PATCH /organisaties/{organisatieId}/personen/{persoonId}': { mag: OPSTELLERS, verzoek: (c) => ({ pad: { persoonId: c.x.personen.bram }, body: { telefoon: '14 0999' } }) },
  // bezetting.beheren on team A: its teammanager (eigen eenheid), the concernmanager (organisatie),
  // and Frits (loco-secretaris: organisatie; also concerndirecteur: subboom of the domain).
  'POST /organisaties/{organisatieId}/bezettingen': {
    mag: ['teammanager-a', 'concernmanager', 'loco-secretaris'],
    verzoek: (c) => ({ body: { persoonId: c.x.personen.bram, functieId: c.x.functies.a3, fte: 0.2, dienstverband: 'tijdelijk', geldigVan: '2026-02-01' } }),
  },
  'PATCH /organisaties/{organisatieId}/bezettingen/{bezettingId}': {
    mag: ['teammanager-a', 'concernmanager', 'loco-secretaris'],
    verzoek: (c) => ({ pad: { bezettingId: c.bezetting }, body: { geldigTot: '2031-01-01' } }),
  },
  'GET /organisaties/{organisatieId}/wijzigingen': { mag: OPSTELLERS },
  'POST /organisaties/{organisatieId}/wijzigingen': { mag: OPSTELLERS, verzoek: (c) => ({ body: hernoem(c, 'Team Bèta') }) },
  'GET /organisaties/{organisatieId}/wijzigingen/{wijzigingId}': { mag: OPSTELLERS, verzoek: (c) => ({ pad: { wijzigingId: c.wijziging } }) },
  'PUT /organisaties/{organisatieId}/wijzigingen/{wijzigingId}': { mag: OPSTELLERS, verzoek: (c) => ({ pad: { wijzigingId: c.wijziging }, body: hernoem(c, 'Team Beta') }) },
  'GET /organisaties/{organisatieId}/wijzigingen/{wijzigingId}/voorvertoning': { mag: OPSTELLERS, verzoek: (c) => ({ pad: { wijzigingId: c.wijziging } }) },
  'POST /organisaties/{organisatieId}/wijzigingen/{wijzigingId}/vaststelling': { mag: ['loco-secretaris'], verzoek: (c) => ({ pad: { wijzigingId: c.wijziging } }) },
  'POST /organisaties/{organisatieId}/wijzigingen/{wijzigingId}/intrekking': { mag: OPSTELLERS, verzoek: (c) => ({ pad: { wijzigingId: c.inTeTrekken } }) },
  'PUT /organisaties/{organisatieId}/huisstijl': { mag: BEHEER_X, verzoek: () => ({ body: { tokens: {} } }) },
  'GET /organisaties/{organisatieId}/accounts': { mag: BEHEER_X },
  'POST /organisaties/{organisatieId}/accounts': { mag: BEHEER_X, verzoek: (c) => ({ body: { persoonId: c.x.personen.bob, email: 'bob@test.example' } }) },
  'PATCH /organisaties/{organisatieId}/accounts/{accountId}': { mag: BEHEER_X, verzoek: (c) => ({ pad: { accountId: c.account }, body: { actief: false } }) },
  'GET /organisaties/{organisatieId}/api-tokens': { mag: BEHEER_X },
  'POST /organisaties/{organisatieId}/api-tokens': { mag: BEHEER_X, verzoek: () => ({ body: { naam: 'Datawarehouse', handelingen: ['organisatie.lezen'] } }) },
  'DELETE /organisaties/{organisatieId}/api-tokens/{tokenId}': { mag: BEHEER_X, verzoek: (c) => ({ pad: { tokenId: c.token } }) },
  'GET /organisaties/{organisatieId}/oidc-configuratie': { mag: BEHEER_X },
  'PUT /organisaties/{organisatieId}/oidc-configuratie': { mag: BEHEER_X, verzoek: () => ({ body: { issuer: 'https://login.example.org/realms/x', clientId: 'koers', actief: false } }) },
  'POST /organisaties/{organisatieId}/mandaten': { mag: BEHEER_X, verzoek: () => ({ body: { roltype: 'programmamanager', handeling: 'capaciteit.toezeggen', scope: 'eigen_eenheid', geldigVan: '2026-01-01' } }) },
  'PATCH /organisaties/{organisatieId}/mandaten/{mandaatId}': { mag: BEHEER_X, verzoek: (c) => ({ pad: { mandaatId: c.mandaat }, body: { geldigTot: '2031-01-01' } }) },
  'GET /organisaties/{organisatieId}/samenwerkingsafspraken': { mag: BEHEER_X },
  'POST /organisaties/{organisatieId}/samenwerkingsafspraken': { mag: BEHEER_X, verzoek: (c) => ({ body: { naam: 'Gedeelde dienst', partnerOrganisatieId: c.x.organisatieId, partnerFunctieId: c.x.functies.cm, roltype: 'concernmanager', geldigVan: '2026-01-01' } }) },
  'PATCH /organisaties/{organisatieId}/samenwerkingsafspraken/{afspraakId}': { mag: BEHEER_X, verzoek: (c) => ({ pad: { afspraakId: c.afspraak }, body: { geldigTot: '2031-01-01' } }) },
  // audit.lezen on team A: its teammanager (eigen eenheid), the concernmanager, the loco-secretaris, the beheerder.
  'GET /organisaties/{organisatieId}/geschiedenis': {
    mag: ['teammanager-a', 'concernmanager', 'loco-secretaris', 'beheerder-x'],
    verzoek: (c) => ({ query: `?objectType=eenheid&objectId=${c.x.eenheden.teamA}` }),
  },
  // Opgaven (issue 5): reading for everyone in X; managing by mandate (concernmanager 3,
  // gemeentesecretaris 3) or as the opgave's opdrachtgever/manager (none of these actors here);
  // ranking by concernmanager 4b; answering a claim on team A by its teammanager only (4f).
  'GET /organisaties/{organisatieId}/opgaven': { mag: LEZERS_X },
  'GET /organisaties/{organisatieId}/opgaven/{opgaveId}': { mag: LEZERS_X, verzoek: (c) => ({ pad: { opgaveId: c.opgave } }) },
  'POST /organisaties/{organisatieId}/opgaven': { mag: OPSTELLERS, verzoek: (c) => ({ body: { naam: 'Nieuwe opgave', soort: 'project', maatschappelijkDoel: 'Iets beters', domein: 'sociaal', ambtelijkOpdrachtgeverId: c.x.functies.cm, startdatum: '2026-01-01' } }) },
  'PATCH /organisaties/{organisatieId}/opgaven/{opgaveId}': { mag: OPSTELLERS, verzoek: (c) => ({ pad: { opgaveId: c.opgave }, body: { status: 'actief' } }) },
  'POST /organisaties/{organisatieId}/opgaven/{opgaveId}/metingen': { mag: OPSTELLERS, verzoek: (c) => ({ pad: { opgaveId: c.opgave }, body: { doelId: c.doel, peildatum: '2026-06-30', waarde: 12 } }) },
  'POST /organisaties/{organisatieId}/opgaven/{opgaveId}/acties': { mag: OPSTELLERS, verzoek: (c) => ({ pad: { opgaveId: c.opgave }, body: { omschrijving: 'Bijeenkomst', eigenaarFunctieId: c.x.functies.a1, deadline: '2026-12-01' } }) },
  'PATCH /organisaties/{organisatieId}/opgaven/{opgaveId}/acties/{actieId}': { mag: OPSTELLERS, verzoek: (c) => ({ pad: { opgaveId: c.opgave, actieId: c.actie }, body: { status: 'gereed' } }) },
  'POST /organisaties/{organisatieId}/opgaven/{opgaveId}/kernteamleden': { mag: OPSTELLERS, verzoek: (c) => ({ pad: { opgaveId: c.opgave }, body: { persoonId: c.x.personen.bob, rol: 'lid' } }) },
  'POST /organisaties/{organisatieId}/opgaven/{opgaveId}/voortgangsrapportages': { mag: OPSTELLERS, verzoek: (c) => ({ pad: { opgaveId: c.opgave }, body: { periode: '2026-T2', oordeel: 'risico', toelichting: 'Vertraging' } }) },
  'POST /organisaties/{organisatieId}/opgaven/{opgaveId}/capaciteitsclaims': { mag: OPSTELLERS, verzoek: (c) => ({ pad: { opgaveId: c.opgave }, body: { eenheidId: c.x.eenheden.teamB, kwartalen: [{ kwartaal: '2027-Q1', fte: 0.5 }] } }) },
  'PUT /organisaties/{organisatieId}/opgave-prioriteiten': { mag: OPSTELLERS, verzoek: (c) => ({ body: { volgorde: [c.opgave] } }) },
  // Overleggen en vergaderingen (issue 6): reading for everyone in X; overleg.beheren for the
  // gemeentesecretaris (its loco) and the functioneel beheerder; meetings are managed by mandate
  // (gemeentesecretaris) or by the overleg's chair (here the concernmanager).
  'GET /organisaties/{organisatieId}/overleggen': { mag: LEZERS_X },
  'GET /organisaties/{organisatieId}/overleggen/{overlegId}': { mag: LEZERS_X, verzoek: () => ({ pad: { overlegId: ov.overleg } }) },
  'POST /organisaties/{organisatieId}/overleggen': { mag: ['loco-secretaris', 'beheerder-x'], verzoek: () => ({ body: overlegInvoer('Managementteam') }) },
  'POST /organisaties/{organisatieId}/overleggen/{overlegId}/vergaderplanning': { mag: VOORZITTERS, verzoek: () => ({ pad: { overlegId: ov.overleg }, body: { tot: '2027-03-01' } }) },
  'POST /organisaties/{organisatieId}/overleggen/{overlegId}/vergaderingen': { mag: VOORZITTERS, verzoek: () => ({ pad: { overlegId: ov.overleg }, body: { begin: '2026-12-01T09:00:00Z' } }) },
  'GET /organisaties/{organisatieId}/vergaderingen': { mag: LEZERS_X },
  'GET /organisaties/{organisatieId}/vergaderingen/{vergaderingId}': { mag: LEZERS_X, verzoek: () => ({ pad: { vergaderingId: ov.vergadering } }) },
  'PATCH /organisaties/{organisatieId}/vergaderingen/{vergaderingId}': { mag: VOORZITTERS, verzoek: () => ({ pad: { vergaderingId: ov.vergadering }, body: { notulen: 'Concept' } }) },
  'POST /organisaties/{organisatieId}/vergaderingen/{vergaderingId}/agendapunten': { mag: VOORZITTERS, verzoek: () => ({ pad: { vergaderingId: ov.vergadering }, body: { titel: 'Mededelingen', soort: 'informatie' } }) },
  'PUT /organisaties/{organisatieId}/vergaderingen/{vergaderingId}/aanwezigheid': { mag: VOORZITTERS, verzoek: () => ({ pad: { vergaderingId: ov.vergadering }, body: { aanwezigen: [] } }) },
  'PATCH /organisaties/{organisatieId}/agendapunten/{agendapuntId}': { mag: VOORZITTERS, verzoek: () => ({ pad: { agendapuntId: ov.agendapunt }, body: { titel: 'Rondvraag' } }) },
  'PUT /organisaties/{organisatieId}/agendapunten/{agendapuntId}/stemmen': { mag: VOORZITTERS, verzoek: (c) => ({ pad: { agendapuntId: ov.agendapunt }, body: { stemmen: [{ persoonId: c.x.personen.carla, keuze: 'voor' }] } }) },
  'POST /organisaties/{organisatieId}/agendapunten/{agendapuntId}/besluit': { mag: VOORZITTERS, verzoek: () => ({ pad: { agendapuntId: ov.agendapunt }, body: { besluit: 'Akkoord', uitkomst: 'aangenomen' } }) },
  'GET /organisaties/{organisatieId}/capaciteitsclaims': { mag: LEZERS_X },
  'GET /organisaties/{organisatieId}/capaciteitsclaims/{claimId}': { mag: LEZERS_X, verzoek: (c) => ({ pad: { claimId: c.claim } }) },
  'POST /organisaties/{organisatieId}/capaciteitsclaims/{claimId}/beantwoording': { mag: ['teammanager-a'], verzoek: (c) => ({ pad: { claimId: c.claim }, body: { besluit: 'deels', toegekendFte: 0.5 } }) },
  'POST /organisaties/{organisatieId}/capaciteitsclaims/{claimId}/intrekking': { mag: OPSTELLERS, verzoek: (c) => ({ pad: { claimId: c.inTeTrekkenClaim } }) },
  'GET /organisaties/{organisatieId}/capaciteit': { mag: LEZERS_X, verzoek: () => ({ query: '?van=2027-Q1&tot=2027-Q4' }) },
  'GET /organisaties/{organisatieId}/capaciteitsconflicten': { mag: LEZERS_X, verzoek: () => ({ query: '?van=2027-Q1&tot=2027-Q4' }) },
  'GET /organisaties/{organisatieId}/samenwerking': { mag: LEZERS_X },
  'GET /organisaties/{organisatieId}/personen/{persoonId}/toezeggingen': { mag: LEZERS_X },
  // Agenda-feeds, notificaties (issue 6): everyone who reads X, for themself; someone else's feed or
  // notificatie is 404 (not a refusal). ORI export: public (Woo).
  'POST /organisaties/{organisatieId}/agenda-feeds': { mag: LEZERS_X, verzoek: () => ({ body: { voorMijzelf: true } }) },
  'GET /organisaties/{organisatieId}/agenda-feeds': { mag: LEZERS_X },
  'GET /organisaties/{organisatieId}/agenda-feeds/{feedId}': { mag: LEZERS_X, verzoek: (c) => ({ pad: { feedId: c.feed } }) },
  'DELETE /organisaties/{organisatieId}/agenda-feeds/{feedId}': { mag: LEZERS_X, verzoek: (c) => ({ pad: { feedId: c.feed } }) },
  'GET /organisaties/{organisatieId}/notificaties': { mag: LEZERS_X },
  'POST /organisaties/{organisatieId}/notificaties/{notificatieId}/gelezen': { mag: LEZERS_X, verzoek: (c) => ({ pad: { notificatieId: c.notificatie } }) },
  'GET /organisaties/{organisatieId}/ori/vergaderingen': { mag: IEDEREEN },
  'GET /organisaties/{organisatieId}/ori/vergaderingen/{vergaderingId}': { mag: IEDEREEN },
  'GET /organisaties/{organisatieId}/ori/agendapunten': { mag: IEDEREEN },
  'GET /organisaties/{organisatieId}/ori/agendapunten/{agendapuntId}': { mag: IEDEREEN },
  'GET /organisaties/{organisatieId}/ori/besluiten': { mag: IEDEREEN },
  'GET /organisaties/{organisatieId}/ori/besluiten/{besluitId}': { mag: IEDEREEN },
  // Voorstellen (issue 6): everyone in X reads and drafts. Anna's concept text: Anna (opsteller) or
  // voorstel.routeren (gemeentesecretaris 1, held by the loco). Anna's voorstel ter goedkeuring: only
  // team A's teammanager approves (organisatiebesluit: teammanager 4g). OR-verzoeken: or.beheren, the
  // gemeentesecretaris as bestuurder in the sense of the WOR (organisatiebesluit: gemeentesecretaris 10).
  'GET /organisaties/{organisatieId}/voorstellen': { mag: LEZERS_X },
  'POST /organisaties/{organisatieId}/voorstellen': { mag: LEZERS_X, verzoek: () => ({ body: { titel: 'Nieuw voorstel', soort: 'dt_voorstel', tekst: 'Eerste versie' } }) },
  'GET /organisaties/{organisatieId}/voorstellen/{voorstelId}': { mag: LEZERS_X, verzoek: () => ({ pad: { voorstelId: bv.concept } }) },
  'PUT /organisaties/{organisatieId}/voorstellen/{voorstelId}/tekst': { mag: ['medewerker', 'loco-secretaris'], verzoek: () => ({ pad: { voorstelId: bv.concept }, body: { tekst: 'Nieuwe versie' } }) },
  'POST /organisaties/{organisatieId}/voorstellen/{voorstelId}/stappen': { mag: ['teammanager-a'], verzoek: () => ({ pad: { voorstelId: bv.terGoedkeuring }, body: { handeling: 'goedkeuren' } }) },
  'GET /organisaties/{organisatieId}/mijn-taken': { mag: LEZERS_X },
  'GET /organisaties/{organisatieId}/or-verzoeken': { mag: LEZERS_X },
  'POST /organisaties/{organisatieId}/or-verzoeken': { mag: ['loco-secretaris'], verzoek: () => ({ body: { soort: 'informatie', onderwerp: 'Jaarverslag', termijn: '2030-01-01' } }) },
  'GET /organisaties/{organisatieId}/or-verzoeken/{verzoekId}': { mag: LEZERS_X, verzoek: () => ({ pad: { verzoekId: bv.orIngediend } }) },
  'PATCH /organisaties/{organisatieId}/or-verzoeken/{verzoekId}': { mag: ['loco-secretaris'], verzoek: () => ({ pad: { verzoekId: bv.orIngediend }, body: { termijn: '2031-01-01' } }) },
  'POST /organisaties/{organisatieId}/or-verzoeken/{verzoekId}/antwoord': { mag: ['loco-secretaris'], verzoek: () => ({ pad: { verzoekId: bv.orIngediend }, body: { standpunt: 'positief', antwoord: 'Positief advies' } }) },
  'POST /organisaties/{organisatieId}/or-verzoeken/{verzoekId}/besluit': { mag: ['loco-secretaris'], verzoek: () => ({ pad: { verzoekId: bv.orBeantwoord }, body: { besluit: 'Doorgaan', afwijkend: false } }) },
  'GET /organisaties/{organisatieId}/or-instelling': { mag: LEZERS_X },
  'PUT /organisaties/{organisatieId}/or-instelling': { mag: ['loco-secretaris'], verzoek: () => ({ body: { wijzigingWachtOpOr: false } }) },
  'GET /organisaties/{organisatieId}/toegestane-handelingen': { mag: INGELOGD },
  'GET /handelingen': { mag: INGELOGD },
  'POST /sessies': { mag: IEDEREEN, verzoek: () => ({ body: { email: 'niemand@test.example', wachtwoord: 'fout' } }) },
  'GET /sessies/huidig': { mag: INGELOGD },
  'PUT /sessies/huidig/wachtwoord': { mag: INGELOGD, verzoek: () => ({ body: { huidigWachtwoord: 'niet-het-goede', nieuwWachtwoord: 'een-ander-lang-wachtwoord' } }) },
  'DELETE /sessies/huidig': { mag: INGELOGD },
}

/** Answers that are not about authorisation for these routes (a failed login is 401 by design). */
const GEEN_WEIGERING: Record<string, number[]> = { 'POST /sessies': [401] }

function hernoem(c: Context, naam: string) {
  return { titel: `Team B heet ${naam}`, ingangsdatum: '2030-01-01', acties: [{ soort: 'eenheidHernoemen' as const, eenheidId: c.x.eenheden.teamB, naam }] }
}

let t: Awaited<ReturnType<typeof createTestApp>>
let actoren: Awaited<ReturnType<typeof maakActoren>>
let ctx: Context
let operaties: Array<{ sleutel: string; methode: string; pad: string }>

beforeAll(async () => {
  t = await createTestApp({ volmacht: false })
  actoren = await maakActoren(t.app, t.db)
  const { x } = actoren
  const w = (naam: string) => createWijziging(t.db, x.organisatieId, hernoem({ x } as Context, naam), 'test')
  const bez = await t.db.selectFrom('bezetting').select('id').where('persoon_id', '=', x.personen.bram).executeTakeFirstOrThrow()
  const mandaat = await t.db.selectFrom('mandaat as m').innerJoin('roltype as r', 'r.id', 'm.roltype_id').select('m.id')
    .where('m.organisatie_id', '=', x.organisatieId).where('r.code', '=', 'concerndirecteur').where('m.handeling', '=', 'audit.lezen').executeTakeFirstOrThrow()
  const afspraak = await t.db.insertInto('samenwerkingsafspraak').values({ organisatie_id: x.organisatieId, partner_organisatie_id: actoren.y.organisatieId, naam: 'Regionaal meldpunt', partner_functie_id: actoren.y.functies.hoofdStaf, roltype_id: (await t.db.selectFrom('roltype').select('id').where('organisatie_id', '=', x.organisatieId).where('code', '=', 'strategisch_adviseur').executeTakeFirstOrThrow()).id, geldig_van: '2026-01-01' }).returning('id').executeTakeFirstOrThrow()
  const token = await t.db.transaction().execute((tx) => createApiToken(tx, x.organisatieId, { naam: 'Oud', handelingen: ['organisatie.lezen'] }, 'test'))
  const account = await t.db.insertInto('account').values({ organisatie_id: x.organisatieId, persoon_id: x.personen.hanna, email: 'hanna@test.example' }).returning('id').executeTakeFirstOrThrow()
  const opgave = await t.db.transaction().execute((tx) => createOpgave(tx, x.organisatieId, {
    naam: 'Energietransitie', soort: 'programma', maatschappelijkDoel: 'Aardgasvrije wijken', domein: 'fysiek', ambtelijkOpdrachtgeverId: x.functies.hoofdStaf,
    opgavemanagerId: x.functies.a2, startdatum: '2026-01-01', doelen: [{ omschrijving: 'Woningen van het gas', indicator: 'woningen', meeteenheid: 'aantal', streefwaarde: 500, streefdatum: '2030-01-01' }],
    acties: [{ omschrijving: 'Wijkaanpak', eigenaarFunctieId: x.functies.a1, deadline: '2026-09-01' }],
  }, 'test'))
  const [claim, inTeTrekkenClaim] = await t.db.transaction().execute((tx) => createClaims(tx, x.organisatieId, opgave, { eenheidId: x.eenheden.teamA, kwartalen: [{ kwartaal: '2027-Q1', fte: 1 }, { kwartaal: '2027-Q2', fte: 1 }] }, 'test'))
  const doel = await t.db.selectFrom('opgave_doel').select('id').where('opgave_id', '=', opgave).executeTakeFirstOrThrow()
  const actie = await t.db.selectFrom('opgave_actie').select('id').where('opgave_id', '=', opgave).executeTakeFirstOrThrow()
  // Issue 6: a feed and a notificatie of Anna (medewerker).
  const feed = await t.db.transaction().execute((tx) => createAgendaFeed(tx, x.organisatieId, { persoonId: x.personen.anna }, 'test'))
  const [notificatie] = await t.db.transaction().execute((tx) => notificeer(tx, { organisatieId: x.organisatieId, persoonIds: [x.personen.anna], soort: 'test', titel: 'Test' }))
  ctx = {
    x, wijziging: (await w('Team Beta')).id, inTeTrekken: (await w('Team Gamma')).id, mandaat: mandaat.id, afspraak: afspraak.id, token: token.rij.id, account: account.id, bezetting: bez.id,
    opgave, doel: doel.id, actie: actie.id, claim: claim!, inTeTrekkenClaim: inTeTrekkenClaim!,
    feed: feed.id, notificatie: notificatie!,
  }

  const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> }
  operaties = Object.entries(doc.paths).flatMap(([pad, item]) => Object.keys(item).map((m) => ({ sleutel: `${m.toUpperCase()} ${pad}`, methode: m.toUpperCase(), pad })))
  // Logging out last, so every other request still has its session.
  operaties.sort((a, b) => Number(a.sleutel === 'DELETE /sessies/huidig') - Number(b.sleutel === 'DELETE /sessies/huidig'))
})

// Issue 6: Anna's voorstellen (a concept, one ter goedkeuring) and two adviesverzoeken (one answered).
beforeAll(async () => {
  const { x } = actoren
  const o = x.organisatieId
  const voorstel = (titel: string) => t.db.transaction().execute((tx) => createVoorstel(tx, o, x.personen.anna, { titel, soort: 'dt_voorstel', tekst: titel }, 'test'))
  bv.concept = await voorstel('Concept')
  bv.terGoedkeuring = await voorstel('Ter goedkeuring')
  await t.db.transaction().execute((tx) => voerStapUit(tx, o, bv.terGoedkeuring, { handeling: 'indienen' }, 'test'))
  const advies = (onderwerp: string) => t.db.transaction().execute((tx) => createOrVerzoek(tx, o, { soort: 'advies', worGrondslag: 'art. 25 lid 1e', onderwerp, termijn: '2030-01-01' }, 'test'))
  bv.orIngediend = await advies('Herinrichting')
  bv.orBeantwoord = await advies('Samenvoeging')
  await t.db.transaction().execute((tx) => answerOrVerzoek(tx, o, bv.orBeantwoord, { standpunt: 'positief', antwoord: 'Akkoord' }, 'test'))
})

// Meetings in X for the overleg routes (after the actors exist).
beforeAll(async () => {
  const { x } = actoren
  ov.overleg = await t.db.transaction().execute((tx) => createOverleg(tx, x.organisatieId, overlegInvoer('Teammanagersoverleg') as never, 'test'))
  ov.vergadering = await t.db.transaction().execute((tx) => createVergadering(tx, x.organisatieId, ov.overleg, { begin: '2026-11-30T09:00:00Z' }, 'test'))
  ov.agendapunt = await t.db.transaction().execute((tx) => addAgendapunt(tx, x.organisatieId, ov.vergadering, { titel: 'Werkplan', soort: 'besluitvorming' }, 'test'))
})

async function vraag(op: { sleutel: string; methode: string; pad: string }, sessie: Sessie | null | undefined) {
  const v = REGELS[op.sleutel]?.verzoek?.(ctx) ?? {}
  const waarden: Record<string, string> = { organisatieId: ctx.x.organisatieId, eenheidId: ctx.x.eenheden.teamA, functieId: ctx.x.functies.a1, persoonId: ctx.x.personen.anna, bezettingId: ctx.bezetting, roltypeId: ctx.x.functies.a1, ...v.pad }
  const url = `/api/v1${op.pad.replace(/\{(\w+)\}/g, (_, n: string) => waarden[n] ?? '00000000-0000-4000-8000-000000000000')}${v.query ?? ''}`
  return t.app.inject({ method: op.methode as 'GET', url, headers: headers(sessie), ...(v.body !== undefined ? { payload: v.body as object } : {}) })
}

describe('toegang: every route × every actor', () => {
  it('has an expected allow/deny for every API route, and no rule for a route that is gone', () => {
    expect(operaties.length).toBeGreaterThan(45)
    expect(operaties.map((o) => o.sleutel).filter((s) => !REGELS[s])).toEqual([])
    expect(Object.keys(REGELS).filter((s) => !operaties.some((o) => o.sleutel === s))).toEqual([])
  })

  it('allows and refuses exactly as the mandates say', async () => {
    const afwijkingen: string[] = []
    for (const op of operaties) {
      const regel = REGELS[op.sleutel]!
      for (const actor of ACTOREN) {
        const res = await vraag(op, actoren.sessies.get(actor))
        const geweigerd = (res.statusCode === 401 || res.statusCode === 403) && !(GEEN_WEIGERING[op.sleutel] ?? []).includes(res.statusCode)
        const verwacht = regel.mag.includes(actor)
        if (geweigerd === verwacht) afwijkingen.push(`${op.sleutel} als ${actor}: ${res.statusCode} ${res.body.slice(0, 160)}`)
        else if (geweigerd) expect(res.statusCode, `${op.sleutel} als ${actor}`).toBe(actor === 'anoniem' ? 401 : 403)
        if (res.statusCode >= 500) afwijkingen.push(`${op.sleutel} als ${actor}: ${res.statusCode} ${res.body.slice(0, 160)}`)
      }
    }
    expect(afwijkingen).toEqual([])
  }, 180_000) // ~600 requests; generous for a loaded CI machine

  it('refuses to start with a route that has no access rule', async () => {
    const app = Fastify()
    const start = async () => {
      await app.register(async (api) => {
        toegangHooks(api, t.db)
        api.get('/zonder-regel', async () => 'open')
      })
      await app.ready()
    }
    await expect(start()).rejects.toThrow(/GET \/zonder-regel heeft geen toegangsregel/)
  })
})
