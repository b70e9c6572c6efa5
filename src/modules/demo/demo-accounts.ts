// Accounts for the demo organisation, one per kind of user the toegang tests and a new user need:
// the gemeentesecretaris, the concernmanager, two teammanagers, a medewerker and a functioneel
// beheerder (who gets a functie "Functioneel beheerder Koers" in the concernstaf, formatie 0, held
// next to their own post). All share one password, chosen by whoever seeds (never in the repo).
import { sql } from 'kysely'
import type { Db } from '../../db/database.ts'
import { vandaag } from '../../server/api-schemas.ts'
import { recordAuditEvent } from '../audit/record-audit-event.ts'
import { hashWachtwoord } from '../toegang/wachtwoord.ts'
import { DEMO_DOMEIN } from './demo-data.ts'
import { geldigOp } from '../organisatie/geldig.ts'

export interface DemoAccount {
  rol: 'gemeentesecretaris' | 'concernmanager' | 'teammanager-a' | 'teammanager-b' | 'medewerker' | 'beheerder'
  email: string
  persoonId: string
  persoonNaam: string
  /** The eenheid of the functie that makes this account what it is (the team of a teammanager). */
  eenheidId: string
  eenheidNaam: string
}

interface Houder { persoonId: string; persoonNaam: string; functieId: string; eenheidId: string; eenheidNaam: string; roltype: string; functieNaam: string }

async function houders(db: Db, organisatieId: string, peildatum: string): Promise<Houder[]> {
  const r = await sql<Houder>`
    select p.id as "persoonId", p.naam as "persoonNaam", fv.functie_id as "functieId", fv.eenheid_id as "eenheidId",
           ev.naam as "eenheidNaam", r.code as roltype, fv.naam as "functieNaam"
    from bezetting b
    join persoon p on p.id = b.persoon_id
    join functie_versie fv on fv.functie_id = b.functie_id and ${geldigOp('fv', peildatum)}
    join eenheid_versie ev on ev.eenheid_id = fv.eenheid_id and ${geldigOp('ev', peildatum)}
    join roltype r on r.id = fv.roltype_id
    where b.organisatie_id = ${organisatieId} and b.vervanging is null
      and ${geldigOp('b', peildatum)}
    order by ev.naam, fv.naam, p.naam`.execute(db)
  return r.rows
}

/** Creates the demo accounts unless they exist; returns them. */
export async function seedDemoAccounts(db: Db, organisatieId: string, wachtwoord: string): Promise<DemoAccount[]> {
  const peildatum = vandaag()
  const alle = await houders(db, organisatieId, peildatum)
  const eerste = (roltype: string, filter: (h: Houder) => boolean = () => true) => alle.find((h) => h.roltype === roltype && filter(h))
  const gs = eerste('gemeentesecretaris')
  const cm = eerste('concernmanager')
  const tmA = eerste('teammanager')
  const tmB = eerste('teammanager', (h) => h.eenheidId !== tmA?.eenheidId)
  const mw = eerste('medewerker', (h) => h.eenheidId === tmA?.eenheidId)
  const adviseur = eerste('medewerker', (h) => h.functieNaam === 'Adviseur organisatieontwikkeling') ?? eerste('strategisch_adviseur')
  if (!gs || !cm || !tmA || !tmB || !mw || !adviseur) throw new Error('De demo-organisatie mist een functie voor de demo-accounts.')

  const hash = await hashWachtwoord(wachtwoord)
  return db.transaction().execute(async (tx) => {
    // The functioneel beheerder: a functie with that roltype, next to the adviseur's own post.
    let beheer = alle.find((h) => h.roltype === 'functioneel_beheerder')
    if (!beheer) {
      const roltype = await tx.selectFrom('roltype').select('id').where('organisatie_id', '=', organisatieId).where('code', '=', 'functioneel_beheerder').executeTakeFirstOrThrow()
      const functie = await tx.insertInto('functie').values({ organisatie_id: organisatieId }).returning('id').executeTakeFirstOrThrow()
      const versie = { organisatie_id: organisatieId, functie_id: functie.id, eenheid_id: adviseur.eenheidId, roltype_id: roltype.id, naam: 'Functioneel beheerder Koers', schaal: 11, formatie_fte: 0, geldig_van: peildatum }
      await tx.insertInto('functie_versie').values(versie).execute()
      await tx.insertInto('bezetting').values({ organisatie_id: organisatieId, persoon_id: adviseur.persoonId, functie_id: functie.id, fte: 0, dienstverband: 'vast', geldig_van: peildatum }).execute()
      await recordAuditEvent(tx, { organisatieId, actor: 'systeem', handeling: 'functie.aanmaken', objectType: 'functie', objectId: functie.id, na: versie })
      beheer = { ...adviseur, functieId: functie.id, roltype: 'functioneel_beheerder', functieNaam: versie.naam }
    }
    const accounts: DemoAccount[] = [
      ['gemeentesecretaris', gs], ['concernmanager', cm], ['teammanager-a', tmA], ['teammanager-b', tmB], ['medewerker', mw], ['beheerder', beheer],
    ].map(([rol, h]) => {
      const x = h as Houder
      return { rol: rol as DemoAccount['rol'], email: `${rol as string}@${DEMO_DOMEIN}`, persoonId: x.persoonId, persoonNaam: x.persoonNaam, eenheidId: x.eenheidId, eenheidNaam: x.eenheidNaam }
    })
    for (const a of accounts) {
      const rij = await tx.insertInto('account').values({ organisatie_id: organisatieId, persoon_id: a.persoonId, email: a.email, wachtwoord_hash: hash })
        .onConflict((oc) => oc.expression(sql`lower(email)`).doNothing()).returning('id').executeTakeFirst()
      if (rij) await recordAuditEvent(tx, { organisatieId, actor: 'systeem', handeling: 'account.aanmaken', objectType: 'account', objectId: rij.id, na: { email: a.email, persoonId: a.persoonId } })
    }
    return accounts
  })
}
