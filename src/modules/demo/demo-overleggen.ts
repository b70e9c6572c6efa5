// The structural meetings of seed 004 ("Structurele overleggen"), preconfigured in the demo
// organisation (issue 6), with their meetings for the coming three months:
// - managementteam: gemeentesecretaris (chair), concernmanager, teammanagers; advised by the
//   concerncontroller and the strategisch adviseur; every three weeks; advisory;
// - directieteam: gemeentesecretaris (chair), concernmanager, advisers; weekly; decides, the chair
//   has the casting vote;
// - a weekly portefeuillehoudersoverleg per portefeuille and a periodic strategisch PHO;
// - the college (weekly), the voorbereidende and besluitvormende raad (monthly; quorum: more than
//   half of the members, Gemeentewet art. 20), and the ondernemingsraad.
import type { Db } from '../../db/database.ts'
import { vandaag } from '../../server/api-schemas.ts'
import { createOverleg, planVergaderingen } from '../overleg/overleg.repository.ts'
import { geldigOp } from '../organisatie/geldig.ts'

type Rol = 'voorzitter' | 'lid' | 'adviseur'
const r = (rol: Rol, roltype: string) => ({ rol, roltype })

export async function seedDemoOverleggen(db: Db, organisatieId: string): Promise<number> {
  const peildatum = vandaag()
  const raadsleden = await db.selectFrom('bezetting as b').innerJoin('functie_versie as f', 'f.functie_id', 'b.functie_id').innerJoin('roltype as rt', 'rt.id', 'f.roltype_id')
    .select((eb) => eb.fn.countAll<number>().as('n')).where('b.organisatie_id', '=', organisatieId).where('rt.code', '=', 'raadslid')
    .where(geldigOp('b', peildatum)).executeTakeFirst()
  const raadQuorum = Math.floor(Number(raadsleden?.n ?? 0) / 2) + 1
  const pho = await db.selectFrom('portefeuille').select(['id', 'naam', 'functie_id']).where('organisatie_id', '=', organisatieId)
    .where(geldigOp('portefeuille', peildatum)).orderBy('naam').execute()
  // Weekdays of the next weeks, at Amsterdam times expressed in UTC for the DTSTART of each cadence.
  const maandag = new Date(`${peildatum}T00:00:00Z`)
  maandag.setUTCDate(maandag.getUTCDate() + ((8 - maandag.getUTCDay()) % 7 || 7))
  const op = (dagen: number, uurUtc: number) => new Date(maandag.getTime() + dagen * 86_400_000 + uurUtc * 3_600_000).toISOString()
  const basis = { geldigVan: peildatum }
  const overleggen = [
    { naam: 'Managementteam', soort: 'mt', modus: 'adviserend', rrule: 'FREQ=WEEKLY;INTERVAL=3;BYDAY=TU', eersteBegin: op(1, 8), duurMinuten: 150, locatie: 'Stadhuis, kamer 2.14',
      samenstelling: [r('voorzitter', 'gemeentesecretaris'), r('lid', 'concernmanager'), r('lid', 'teammanager'), r('adviseur', 'concerncontroller'), r('adviseur', 'strategisch_adviseur')] },
    { naam: 'Directieteam', soort: 'dt', modus: 'besluitvormend', besluitregel: 'meerderheid_voorzitter_beslist', quorum: 2, rrule: 'FREQ=WEEKLY;BYDAY=MO', eersteBegin: op(0, 8), duurMinuten: 120, locatie: 'Stadhuis, kamer 2.14',
      samenstelling: [r('voorzitter', 'gemeentesecretaris'), r('lid', 'concernmanager'), r('lid', 'concerndirecteur'), r('adviseur', 'concerncontroller'), r('adviseur', 'strategisch_adviseur')] },
    { naam: 'College van burgemeester en wethouders', soort: 'college', modus: 'besluitvormend', quorum: 3, rrule: 'FREQ=WEEKLY;BYDAY=TU', eersteBegin: op(1, 9), duurMinuten: 180, locatie: 'Stadhuis, collegekamer',
      samenstelling: [r('voorzitter', 'burgemeester'), r('lid', 'wethouder'), r('adviseur', 'gemeentesecretaris')] },
    { naam: 'Strategisch portefeuillehoudersoverleg', soort: 'strategisch_pho', modus: 'adviserend', rrule: 'FREQ=MONTHLY;BYDAY=1TH', eersteBegin: op(3, 12), duurMinuten: 120,
      samenstelling: [r('voorzitter', 'burgemeester'), r('lid', 'wethouder'), r('lid', 'gemeentesecretaris'), r('lid', 'concernmanager')] },
    { naam: 'Raadsvergadering (voorbereidend)', soort: 'voorbereidende_raad', modus: 'adviserend', openbaar: true, rrule: 'FREQ=MONTHLY;BYDAY=1TU', eersteBegin: op(1, 18), duurMinuten: 180, locatie: 'Stadhuis, raadzaal',
      samenstelling: [r('voorzitter', 'burgemeester'), r('lid', 'raadslid'), r('adviseur', 'griffier'), r('adviseur', 'wethouder')] },
    { naam: 'Raadsvergadering (besluitvormend)', soort: 'besluitvormende_raad', modus: 'besluitvormend', quorum: raadQuorum, openbaar: true, rrule: 'FREQ=MONTHLY;BYDAY=3TH', eersteBegin: op(3, 18), duurMinuten: 240, locatie: 'Stadhuis, raadzaal',
      samenstelling: [r('voorzitter', 'burgemeester'), r('lid', 'raadslid'), r('adviseur', 'griffier'), r('adviseur', 'gemeentesecretaris'), r('adviseur', 'wethouder')] },
    // The OR's own meetings with the bestuurder (WOR art. 23): the gemeentesecretaris (seed 004, gemeentesecretaris 10).
    { naam: 'Overlegvergadering ondernemingsraad', soort: 'or', modus: 'adviserend', rrule: 'FREQ=MONTHLY;BYDAY=2WE', eersteBegin: op(2, 13), duurMinuten: 120,
      samenstelling: [r('voorzitter', 'gemeentesecretaris'), r('adviseur', 'strategisch_adviseur')] },
    // A PHO per portefeuille (a PHO belongs to one), so a voorstel of any portefeuille can be agendered
    // for its own PHO; a holder's PHOs follow each other on Thursday morning, an hour each.
    ...pho.map((p) => ({
      naam: `Portefeuillehoudersoverleg ${p.naam}`, soort: 'pho', modus: 'adviserend', rrule: 'FREQ=WEEKLY;BYDAY=TH',
      eersteBegin: op(3, 7 + pho.filter((x) => x.functie_id === p.functie_id).indexOf(p)), duurMinuten: 60, portefeuilleId: p.id,
      samenstelling: [{ rol: 'voorzitter' as Rol, functieId: p.functie_id }, r('lid', 'concernmanager')],
    })),
  ]
  const drieMaanden = new Date(Date.now() + 92 * 86_400_000).toISOString().slice(0, 10)
  let aantal = 0
  for (const o of overleggen) {
    await db.transaction().execute(async (tx) => {
      const id = await createOverleg(tx, organisatieId, { ...basis, ...o } as never, 'systeem')
      await planVergaderingen(tx, organisatieId, id, drieMaanden, 'systeem')
    })
    aantal += 1
  }
  return aantal
}
