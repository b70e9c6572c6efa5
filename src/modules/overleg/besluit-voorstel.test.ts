// One dossier from opsteller to besluit (issue 6): a collegevoorstel of the demo organisation goes
// through the teammanager's approval and the PHO to the college, whose vote on the agendapunt
// decides the voorstel.
import { beforeAll, describe, expect, it } from 'vitest'
import { createTestApp } from '../../../test/app.ts'
import { headers, login, WACHTWOORD, type Sessie } from '../../../test/toegang-actoren.ts'
import { DEMO_ORGANISATIECODE } from '../demo/demo-data.ts'
import { seedDemoAccounts } from '../demo/demo-accounts.ts'
import { seedDemoOverleggen } from '../demo/demo-overleggen.ts'

let t: Awaited<ReturnType<typeof createTestApp>>
let org: string
const s: Record<string, Sessie> = {}
const vraag = (wie: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', pad: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1/organisaties/${org}${pad}`, headers: headers(s[wie]), ...(payload ? { payload } : {}) })

beforeAll(async () => {
  t = await createTestApp({ volmacht: false })
  org = (await t.db.selectFrom('organisatie').select('id').where('organisatiecode', '=', DEMO_ORGANISATIECODE).executeTakeFirstOrThrow()).id
  const accounts = await seedDemoAccounts(t.db, org, WACHTWOORD)
  await seedDemoOverleggen(t.db, org)
  for (const a of accounts) s[a.rol] = await login(t.app, a.email)
})

describe('a collegevoorstel', () => {
  it('is decided by the college’s vote on its agendapunt', async () => {
    const portefeuille = await t.db.selectFrom('portefeuille').select('id').where('organisatie_id', '=', org).where('geldig_tot', 'is', null).orderBy('naam').executeTakeFirstOrThrow()
    const v = await vraag('medewerker', 'POST', '/voorstellen', { titel: 'Subsidieregeling groene daken', soort: 'collegevoorstel', tekst: 'Het college besluit…', portefeuilleId: portefeuille.id })
    expect(v.statusCode, v.body).toBe(201)
    const id = v.json().id
    const stap = (wie: string, body: object) => vraag(wie, 'POST', `/voorstellen/${id}/stappen`, body)
    expect((await stap('medewerker', { handeling: 'indienen' })).statusCode).toBe(201)
    expect((await stap('gemeentesecretaris', { handeling: 'agenderen_pho' })).statusCode).toBe(409) // the teammanager approves first (4g)
    expect((await stap('teammanager-a', { handeling: 'goedkeuren' })).statusCode).toBe(201)
    expect((await stap('gemeentesecretaris', { handeling: 'agenderen_pho' })).statusCode).toBe(201)
    const college = await t.db.selectFrom('vergadering as v').innerJoin('overleg as o', 'o.id', 'v.overleg_id').select('v.id').where('o.organisatie_id', '=', org).where('o.soort', '=', 'college').orderBy('v.begin').executeTakeFirstOrThrow()
    const geagendeerd = await stap('gemeentesecretaris', { handeling: 'agenderen_college', vergaderingId: college.id })
    expect(geagendeerd.statusCode, geagendeerd.body).toBe(201)

    await vraag('gemeentesecretaris', 'PATCH', `/vergaderingen/${college.id}`, { status: 'agenda_gepubliceerd' })
    await vraag('gemeentesecretaris', 'PATCH', `/vergaderingen/${college.id}`, { status: 'geopend' })
    const vergadering = (await vraag('gemeentesecretaris', 'GET', `/vergaderingen/${college.id}`)).json()
    const leden = vergadering.deelnemers.filter((d: { rol: string; vervanging: string | null }) => d.rol !== 'adviseur' && d.vervanging === null)
    expect(leden.length).toBeGreaterThanOrEqual(3)
    await vraag('gemeentesecretaris', 'PUT', `/vergaderingen/${college.id}/aanwezigheid`, { aanwezigen: leden.map((d: { persoonId: string }) => ({ persoonId: d.persoonId, aanwezig: true })) })
    const punt = vergadering.agenda.find((p: { voorstelId: string | null }) => p.voorstelId === id)
    expect(punt).toMatchObject({ soort: 'besluitvorming', status: 'open' })
    await vraag('gemeentesecretaris', 'PUT', `/agendapunten/${punt.id}/stemmen`, { stemmen: leden.map((d: { persoonId: string }) => ({ persoonId: d.persoonId, keuze: 'voor' })) })
    const besluit = await vraag('gemeentesecretaris', 'POST', `/agendapunten/${punt.id}/besluit`, { besluit: 'Conform voorstel.' })
    expect(besluit.statusCode, besluit.body).toBe(200)

    const dossier = (await vraag('medewerker', 'GET', `/voorstellen/${id}`)).json()
    expect(dossier).toMatchObject({ status: 'besloten', uitkomst: 'aangenomen' })
    expect(dossier.stappen.map((x: { handeling: string }) => x.handeling)).toEqual(['opstellen', 'indienen', 'goedkeuren', 'agenderen_pho', 'agenderen_college', 'besluiten'])
    expect(dossier.stappen.at(-1)).toMatchObject({ handeling: 'besluiten', uitkomst: 'aangenomen' })
  })
})
