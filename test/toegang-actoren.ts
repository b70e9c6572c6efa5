// The actors of the toegang tests (issue 4), in two fixture organisaties X and Y, each logged in
// through POST /sessies like a browser (session cookie + CSRF token):
//   medewerker (Anna, team A), teammanager-a (Tom), teammanager-b (Tineke), concernmanager (Carla),
//   loco-secretaris (Frits: loco of the gemeentesecretaris, and concerndirecteur of the domain
//   above teams A and B), beheerder-x and beheerder-y (functioneel beheerder of X resp. Y).
import type { FastifyInstance } from 'fastify'
import type { Db } from '../src/db/database.ts'
import { hashWachtwoord } from '../src/modules/toegang/wachtwoord.ts'
import { createFixtureOrganisatie, type Fixture } from './fixture-organisatie.ts'

export const ACTOREN = ['anoniem', 'medewerker', 'teammanager-a', 'teammanager-b', 'concernmanager', 'loco-secretaris', 'beheerder-x', 'beheerder-y'] as const
export type ActorNaam = (typeof ACTOREN)[number]

export interface Sessie { cookie: string; csrf: string }

export const WACHTWOORD = 'een-lang-testwachtwoord'

/** A functioneel beheerder in the organisatie's concernstaf; returns the persoon. */
async function beheerder(db: Db, f: Fixture, naam: string): Promise<string> {
  const o = f.organisatieId
  const rol = await db.selectFrom('roltype').select('id').where('organisatie_id', '=', o).where('code', '=', 'functioneel_beheerder').executeTakeFirstOrThrow()
  const functie = await db.insertInto('functie').values({ organisatie_id: o }).returning('id').executeTakeFirstOrThrow()
  await db.insertInto('functie_versie').values({ organisatie_id: o, functie_id: functie.id, eenheid_id: f.eenheden.staf, roltype_id: rol.id, naam: 'Functioneel beheerder', formatie_fte: 1, geldig_van: '2015-01-01' }).execute()
  const p = await db.insertInto('persoon').values({ organisatie_id: o, naam }).returning('id').executeTakeFirstOrThrow()
  await db.insertInto('bezetting').values({ organisatie_id: o, persoon_id: p.id, functie_id: functie.id, fte: 1, dienstverband: 'vast', geldig_van: '2015-01-01' }).execute()
  return p.id
}

export async function account(db: Db, organisatieId: string, persoonId: string, email: string): Promise<void> {
  await db.insertInto('account').values({ organisatie_id: organisatieId, persoon_id: persoonId, email, wachtwoord_hash: await hashWachtwoord(WACHTWOORD) }).execute()
}

export async function login(app: FastifyInstance, email: string): Promise<Sessie> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/sessies', payload: { email, wachtwoord: WACHTWOORD }, remoteAddress: `10.0.0.${Math.floor(Math.random() * 250) + 1}` })
  if (res.statusCode !== 201) throw new Error(`Inloggen als ${email} mislukte: ${res.statusCode} ${res.body}`)
  const cookie = res.cookies.find((c) => c.name === 'koers_sessie')!
  return { cookie: `koers_sessie=${cookie.value}`, csrf: (res.json() as { csrfToken: string }).csrfToken }
}

export async function maakActoren(app: FastifyInstance, db: Db) {
  const x = await createFixtureOrganisatie(db, 'Gemeente X')
  const y = await createFixtureOrganisatie(db, 'Gemeente Y')
  const bx = await beheerder(db, x, 'Bea Beheer')
  const by = await beheerder(db, y, 'Yvo Beheer')
  const personen: Record<Exclude<ActorNaam, 'anoniem'>, [string, string]> = {
    medewerker: [x.organisatieId, x.personen.anna],
    'teammanager-a': [x.organisatieId, x.personen.tom],
    'teammanager-b': [x.organisatieId, x.personen.tineke],
    concernmanager: [x.organisatieId, x.personen.carla],
    'loco-secretaris': [x.organisatieId, x.personen.frits],
    'beheerder-x': [x.organisatieId, bx],
    'beheerder-y': [y.organisatieId, by],
  }
  const sessies = new Map<ActorNaam, Sessie | null>([['anoniem', null]])
  for (const [naam, [org, persoon]] of Object.entries(personen)) {
    await account(db, org, persoon, `${naam}@test.example`)
    sessies.set(naam as ActorNaam, await login(app, `${naam}@test.example`))
  }
  return { x, y, sessies }
}

export function headers(sessie: Sessie | null | undefined): Record<string, string> {
  return sessie ? { cookie: sessie.cookie, 'x-csrf-token': sessie.csrf } : {}
}
