// Voorstellen and an OR-verzoek for the demo organisation (issue 6), so that a new user finds the
// route of a voorstel in use: something waiting in "mijn taken" of the demo teammanager, a concept of
// the demo medewerker, a raadsvoorstel on its way through the PHO, a DT-voorstel on the next DT agenda,
// and an adviesaanvraag to the ondernemingsraad about the planned reorganisation. Every step goes
// through the same services as the API (route, agendering, audit), as the actor 'systeem'.
// Seed 004 "Route van een voorstel"; WOR art. 25 lid 1e (advies over een reorganisatie).
import { sql } from 'kysely'
import type { Db, Tx } from '../../db/database.ts'
import { plusDagen, vandaag } from '../../server/api-schemas.ts'
import { createVoorstel } from '../voorstel/voorstel.repository.ts'
import { voerStapUit } from '../voorstel/voorstel-route.ts'
import { addAgendapunt } from '../overleg/vergadering.repository.ts'
import { createOrVerzoek } from '../or/or-verzoek.repository.ts'
import { geldigOp } from '../organisatie/geldig.ts'
import type { DemoAccount } from './demo-accounts.ts'

const ACTOR = 'systeem'

/** The next meeting (not cancelled, not closed) of an overleg of this soort, optionally of one portefeuille. */
async function volgendeVergadering(tx: Tx, organisatieId: string, soort: string, portefeuilleId?: string): Promise<string | null> {
  const r = await sql<{ id: string }>`
    select v.id from vergadering v join overleg o on o.id = v.overleg_id
    where v.organisatie_id = ${organisatieId} and o.soort = ${soort} and v.begin > now() and v.status in ('gepland', 'agenda_gepubliceerd')
      ${portefeuilleId ? sql`and o.portefeuille_id = ${portefeuilleId}::uuid` : sql``}
    order by v.begin limit 1`.execute(tx)
  return r.rows[0]?.id ?? null
}

/** A person with a non-leading functie in the eenheid of that name today: the opsteller of a voorstel. */
async function medewerkerVan(tx: Tx, organisatieId: string, eenheidNaam: string): Promise<string | null> {
  const p = vandaag()
  const r = await sql<{ persoon_id: string }>`
    select b.persoon_id from bezetting b
    join functie_versie f on f.functie_id = b.functie_id and ${geldigOp('f', p)}
    join eenheid_versie e on e.eenheid_id = f.eenheid_id and ${geldigOp('e', p)}
    where b.organisatie_id = ${organisatieId} and e.naam = ${eenheidNaam} and not f.leidinggevend and b.vervanging is null
      and ${geldigOp('b', p)}
      and (select count(*) from bezetting x where x.persoon_id = b.persoon_id and ${geldigOp('x', p)}) = 1
    order by b.persoon_id limit 1`.execute(tx)
  return r.rows[0]?.persoon_id ?? null
}

export async function seedDemoVoorstellen(db: Db, organisatieId: string, accounts: DemoAccount[]): Promise<number> {
  const peildatum = vandaag()
  const portefeuilles = await db.selectFrom('portefeuille').select(['id', 'naam']).where('organisatie_id', '=', organisatieId)
    .where(geldigOp('portefeuille', peildatum)).execute()
  const portefeuille = (naam: string) => portefeuilles.find((p) => p.naam === naam)?.id
  const medewerker = accounts.find((a) => a.rol === 'medewerker')
  const concernmanager = accounts.find((a) => a.rol === 'concernmanager')
  let aantal = 0
  const stap = (tx: Tx, id: string, handeling: Parameters<typeof voerStapUit>[3]['handeling'], extra: { vergaderingId?: string; opmerking?: string } = {}) =>
    voerStapUit(tx, organisatieId, id, { handeling, ...extra }, ACTOR)

  await db.transaction().execute(async (tx) => {
    const dienstverlening = portefeuille('Dienstverlening en Digitalisering')
    if (medewerker && dienstverlening) {
      // Submitted by the demo medewerker: waits for the demo teammanager's approval (organisatiebesluit: teammanager 4g).
      const a = await createVoorstel(tx, organisatieId, medewerker.persoonId, {
        titel: 'Beleidsregel adresonderzoek Basisregistratie Personen 2027', soort: 'collegevoorstel', portefeuilleId: dienstverlening,
        tekst: 'Het college wordt voorgesteld de Beleidsregel adresonderzoek BRP 2027 vast te stellen. De beleidsregel legt vast wanneer de gemeente een adresonderzoek start, hoe bewoners worden gehoord en binnen welke termijn het onderzoek wordt afgerond.',
      }, ACTOR)
      await stap(tx, a, 'indienen')
      // Still a concept of the demo medewerker.
      await createVoorstel(tx, organisatieId, medewerker.persoonId, {
        titel: 'Verordening naamgeving en nummering 2027', soort: 'raadsvoorstel', portefeuilleId: dienstverlening,
        tekst: 'De raad wordt voorgesteld de Verordening naamgeving en nummering 2027 vast te stellen, ter vervanging van de verordening uit 2012.',
      }, ACTOR)
      aantal += 2
    }
    const energie = portefeuille('Duurzaamheid en Energietransitie')
    const opsteller = await medewerkerVan(tx, organisatieId, 'Ruimtelijke Ontwikkeling')
    if (energie && opsteller) {
      // Approved by its teammanager and on the agenda of the next PHO of its portefeuille.
      const w = await createVoorstel(tx, organisatieId, opsteller, {
        titel: 'Transitievisie Warmte 2027', soort: 'raadsvoorstel', portefeuilleId: energie,
        tekst: 'De raad wordt voorgesteld de Transitievisie Warmte 2027 vast te stellen: de volgorde waarin wijken van het aardgas gaan, te beginnen met Noord en De Hoven voor 2030, en de rol van het warmtenet.',
      }, ACTOR)
      await stap(tx, w, 'indienen')
      await stap(tx, w, 'goedkeuren', { opmerking: 'Akkoord; let op de financiële paragraaf bij de bespreking in het PHO.' })
      const pho = await volgendeVergadering(tx, organisatieId, 'pho', energie)
      if (pho) await stap(tx, w, 'agenderen_pho', { vergaderingId: pho })
      aantal += 1
    }
    if (concernmanager) {
      // A DT-voorstel of the concernmanager, approved, on the next DT agenda for a besluit.
      const d = await createVoorstel(tx, organisatieId, concernmanager.persoonId, {
        titel: 'Kaders hybride werken 2027', soort: 'dt_voorstel',
        tekst: 'Het directieteam wordt voorgesteld de kaders voor hybride werken 2027 vast te stellen: minimaal twee dagen per week op kantoor voor teams met publieksdienstverlening, en een werkplekbudget per medewerker.',
      }, ACTOR)
      await stap(tx, d, 'indienen')
      await stap(tx, d, 'goedkeuren')
      const dt = await volgendeVergadering(tx, organisatieId, 'dt')
      if (dt) await addAgendapunt(tx, organisatieId, dt, { titel: 'Kaders hybride werken 2027', soort: 'besluitvorming', voorstelId: d }, ACTOR)
      aantal += 1
    }
    // The planned reorganisation (the demo's concept wijziging) goes to the OR for advice.
    const wijziging = await tx.selectFrom('wijziging').select(['id', 'titel']).where('organisatie_id', '=', organisatieId).where('status', '=', 'concept')
      .where('ingangsdatum', '>', peildatum).orderBy('ingangsdatum').executeTakeFirst()
    if (wijziging) {
      await createOrVerzoek(tx, organisatieId, {
        soort: 'advies', worGrondslag: 'art. 25 lid 1e', onderwerp: wijziging.titel, wijzigingId: wijziging.id,
        toelichting: 'De bestuurder vraagt de ondernemingsraad advies over deze wijziging van de organisatie, op een tijdstip waarop het advies nog wezenlijke invloed kan hebben (WOR art. 25 lid 2).',
        // Six weeks: the WOR sets no term; a reasonable one is agreed with the OR (common practice: six weeks).
        termijn: plusDagen(peildatum, 42),
      }, ACTOR)
      aantal += 1
    }
  })
  return aantal
}
