// Issue 6, ORI export: what Koers answers validates against the component schemas of the VNG ORI API
// itself (../shared/standards/ori/vng-ori-openapi.yaml, OpenAPI 3.0, converted to JSON Schema for
// Ajv: nullable → a null type), anyone may read it (Woo), and the meetings of an overleg that is
// not public never appear, nor the items of an agenda that is not yet published.
import { beforeAll, describe, expect, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsPkg from 'ajv-formats'
import { parse } from 'yaml'
import { createTestApp } from '../../../test/app.ts'
import { createFixtureOrganisatie, type Fixture } from '../../../test/fixture-organisatie.ts'

const addFormats = addFormatsPkg as unknown as (ajv: Ajv) => Ajv
const ORI_YAML = path.resolve(import.meta.dirname, '../../../../shared/standards/ori/vng-ori-openapi.yaml')

/** OpenAPI 3.0 schema → JSON Schema: nullable becomes a null type; example is no keyword. */
function naarJsonSchema(s: unknown): unknown {
  if (Array.isArray(s)) return s.map(naarJsonSchema)
  if (!s || typeof s !== 'object') return s
  const uit: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(s)) {
    if (k === 'example' || k === 'nullable') continue
    uit[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as object).map(([p, w]) => [p, naarJsonSchema(w)])) : naarJsonSchema(v)
  }
  const o = s as { nullable?: boolean; type?: string; enum?: unknown[] }
  if (o.nullable === true) {
    if (typeof o.type === 'string') uit.type = [o.type, 'null']
    if (o.enum) uit.enum = [...o.enum, null]
  }
  return uit
}

let schema: (naam: string) => ValidateFunction
let t: Awaited<ReturnType<typeof createTestApp>>
let fx: Fixture
const ids = { raadGehouden: '', raadGepland: '', mt: '', besluit: '', open: '', verborgen: '', mtPunt: '' }
const basis = () => `/api/v1/organisaties/${fx.organisatieId}/ori`

beforeAll(async () => {
  const doc = parse(fs.readFileSync(ORI_YAML, 'utf8')) as { components: { schemas: Record<string, unknown> } }
  const ajv = new Ajv({ allErrors: true, strict: false })
  addFormats(ajv)
  ajv.addSchema({ $id: 'ori', components: { schemas: naarJsonSchema(doc.components.schemas) } })
  schema = (naam) => ajv.getSchema(`ori#/components/schemas/${naam}`)!

  t = await createTestApp({ volmacht: false })
  fx = await createFixtureOrganisatie(t.db, 'Gemeente Openbaar')
  const o = fx.organisatieId
  await t.db.updateTable('organisatie').set({ organisatiecode: 'gm0999' }).where('id', '=', o).execute()
  const overleg = async (naam: string, soort: 'besluitvormende_raad' | 'mt', openbaar: boolean) =>
    (await t.db.insertInto('overleg').values({ organisatie_id: o, naam, soort, modus: 'besluitvormend', openbaar, locatie: 'Raadzaal', geldig_van: '2026-01-01' }).returning('id').executeTakeFirstOrThrow()).id
  const raad = await overleg('Gemeenteraad', 'besluitvormende_raad', true)
  const mt = await overleg('Managementteam', 'mt', false)
  const vergadering = async (overlegId: string, begin: string, status: 'geopend' | 'gepland') =>
    (await t.db.insertInto('vergadering').values({ organisatie_id: o, overleg_id: overlegId, begin: new Date(begin), eind: new Date(new Date(begin).getTime() + 3 * 3600_000), bron: 'adhoc', status }).returning('id').executeTakeFirstOrThrow()).id
  ids.raadGehouden = await vergadering(raad, '2026-10-01T17:30:00Z', 'geopend')
  ids.raadGepland = await vergadering(raad, '2026-12-10T18:30:00Z', 'gepland')
  ids.mt = await vergadering(mt, '2026-10-06T07:00:00Z', 'geopend')
  const punt = async (vergaderingId: string, volgorde: number, titel: string, besloten: boolean) =>
    (await t.db.insertInto('agendapunt').values({
      organisatie_id: o, vergadering_id: vergaderingId, volgorde, titel, soort: 'besluitvorming', toelichting: `Toelichting bij ${titel}`,
      ...(besloten ? { status: 'besloten' as const, uitkomst: 'aangenomen' as const, besluit: 'De raad stelt de begroting 2027 vast.', stemmen_voor: 20, stemmen_tegen: 9, onthoudingen: 0, besloten_op: new Date('2026-10-01T20:00:00Z') } : {}),
    }).returning('id').executeTakeFirstOrThrow()).id
  ids.besluit = await punt(ids.raadGehouden, 1, 'Programmabegroting 2027', true)
  ids.open = await punt(ids.raadGehouden, 2, 'Rondvraag', false)
  ids.verborgen = await punt(ids.raadGepland, 1, 'Concept: nog niet gepubliceerd', false)
  ids.mtPunt = await punt(ids.mt, 1, 'Vertrouwelijke personeelszaak', true)
  await t.db.updateTable('vergadering').set({ status: 'gesloten' }).where('id', 'in', [ids.raadGehouden, ids.mt]).execute()
})

function geldig(naam: string, data: unknown) {
  const v = schema(naam)
  expect(v(data), `${naam}: ${JSON.stringify(v.errors)}`).toBe(true)
}

describe('ORI export', () => {
  it('answers vergaderingen in the ORI shape, to anyone, without the meetings of a non-public overleg', async () => {
    const res = await t.app.inject({ method: 'GET', url: `${basis()}/vergaderingen` })
    expect(res.statusCode, res.body).toBe(200)
    const lijst = res.json()
    geldig('PaginatedVergaderingList', lijst)
    for (const v of lijst.results) geldig('Vergadering', v)
    expect(lijst.results.map((v: { id: string }) => v.id)).toEqual([ids.raadGepland, ids.raadGehouden])
    const gehouden = lijst.results[1]
    expect(gehouden).toMatchObject({
      naam: 'Gemeenteraad', vergaderingstype: 'raadsvergadering', status: 'gehouden', vergaderdatum: '2026-10-01', locatie: 'Raadzaal',
      gemeente: { gemeentecode: '0999', gemeentenaam: 'Gemeente Openbaar' }, geplandeAanvangVergadering: '2026-10-01T17:30:00.000Z',
    })
    expect(gehouden.agendapunten).toEqual([ids.besluit, ids.open].map((id) => `http://localhost:80${basis()}/agendapunten/${id}`))
    expect(lijst.results[0]).toMatchObject({ status: 'gepland', agendapunten: [] }) // agenda not yet published
    // The standard's schema is not vacuous: a type it does not know fails.
    expect(schema('Vergadering')({ ...gehouden, vergaderingstype: 'mt' })).toBe(false)

    const een = await t.app.inject({ method: 'GET', url: `${basis()}/vergaderingen/${ids.raadGehouden}` })
    geldig('Vergadering', een.json())
    expect((await t.app.inject({ method: 'GET', url: `${basis()}/vergaderingen/${ids.mt}` })).statusCode).toBe(404)
  })

  it('answers agendapunten and besluiten in the ORI shape, only of public meetings with a published agenda', async () => {
    const punten = (await t.app.inject({ method: 'GET', url: `${basis()}/agendapunten` })).json()
    geldig('PaginatedAgendapuntList', punten)
    for (const a of punten.results) geldig('Agendapunt', a)
    expect(punten.results.map((a: { id: string }) => a.id)).toEqual([ids.besluit, ids.open])
    expect(punten.results[0]).toMatchObject({ agendapuntTitel: 'Programmabegroting 2027', agendapuntvolgnummer: '1', indicatorBehandeld: true, vergadering: { id: ids.raadGehouden } })

    const besluiten = (await t.app.inject({ method: 'GET', url: `${basis()}/besluiten` })).json()
    geldig('PaginatedBesluitList', besluiten)
    for (const b of besluiten.results) geldig('Besluit', b)
    expect(besluiten.results).toEqual([{
      url: `http://localhost:80${basis()}/besluiten/${ids.besluit}`, id: ids.besluit,
      besluitresultaat: 'Aangenomen (20 voor, 9 tegen)', besluittoelichting: 'De raad stelt de begroting 2027 vast.',
    }])
    geldig('Besluit', (await t.app.inject({ method: 'GET', url: `${basis()}/besluiten/${ids.besluit}` })).json())
    geldig('Agendapunt', (await t.app.inject({ method: 'GET', url: `${basis()}/agendapunten/${ids.open}` })).json())

    for (const pad of [`agendapunten/${ids.mtPunt}`, `besluiten/${ids.mtPunt}`, `agendapunten/${ids.verborgen}`, `besluiten/${ids.open}`]) {
      expect((await t.app.inject({ method: 'GET', url: `${basis()}/${pad}` })).statusCode, pad).toBe(404)
    }
    const alles = JSON.stringify([punten, besluiten])
    expect(alles).not.toContain('Vertrouwelijke personeelszaak')
    expect(alles).not.toContain(ids.mt)
  })
})
