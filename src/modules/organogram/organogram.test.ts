// The organogram and huisstijl API on a test database: every format with its content type, the
// peildatum, subtrees, bad input, and a house style that changes the drawing.
import { beforeAll, describe, expect, it } from 'vitest'
import { createTestApp } from '../../../test/app.ts'
import { createFixtureOrganisatie, type Fixture } from '../../../test/fixture-organisatie.ts'
import { KOERS_HUISSTIJL } from './huisstijl.ts'
import type { OrganogramJson } from './organogram.schemas.ts'
import { pngAfmeting, renderPng } from './render-png.ts'
import { svgAfmeting } from './render-svg.ts'
import { xmlProbleem } from './xml-welgevormd.ts'

let t: Awaited<ReturnType<typeof createTestApp>>
let f: Fixture
let basis: string

beforeAll(async () => {
  t = await createTestApp()
  f = await createFixtureOrganisatie(t.db, 'Gemeente Organogramtest')
  basis = `/api/v1/organisaties/${f.organisatieId}`
  // A reorganisation on 2023-01-01: Team B moves from Domein Fysiek to the Concernstaf.
  await t.db.updateTable('lijn').set({ geldig_tot: '2023-01-01' })
    .where('eenheid_id', '=', f.eenheden.teamB).where('soort', '=', 'hierarchisch').execute()
  await t.db.insertInto('lijn').values({
    organisatie_id: f.organisatieId, soort: 'hierarchisch', eenheid_id: f.eenheden.teamB, boven_eenheid_id: f.eenheden.staf, geldig_van: '2023-01-01',
  }).execute()
})

const get = (query: string) => t.app.inject({ method: 'GET', url: `${basis}/organogram${query}` })
const json = async (query: string) => (await get(`?formaat=json&${query}`)).json() as OrganogramJson

describe('GET /organisaties/{id}/organogram', () => {
  it('answers SVG by default: well-formed, titled, every eenheid once as a link', async () => {
    const res = await get('?peildatum=2024-01-01')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('image/svg+xml; charset=utf-8')
    expect(res.headers['api-version']).toBe('1.0.0')
    const svg = res.body
    expect(xmlProbleem(svg)).toBeNull()
    expect(svg).toContain('<title id="organogram-titel">Organogram Gemeente Organogramtest op 1 januari 2024</title>')
    for (const id of Object.values(f.eenheden)) {
      expect(svg.split(`data-id="${id}"`)).toHaveLength(2)
      expect(svg).toContain(`<a href="/organisatie/eenheden/${id}">`)
    }
  })

  it('draws the functional line Team B → Concernstaf dashed with the arrow marker', async () => {
    const svg = (await get('?peildatum=2022-01-01')).body
    const lijn = new RegExp(`<path d="[^"]+" marker-end="url\\(#pijl-functioneel\\)" data-van="${f.eenheden.teamB}" data-naar="${f.eenheden.staf}"/>`)
    expect(svg).toMatch(lijn)
    expect(svg).toMatch(/<g class="lijnen-functioneel" [^>]*stroke-dasharray="8 5"/)
    expect(svg).toMatch(/<g class="lijnen-hierarchisch" [^>]*>(?:(?!stroke-dasharray)[^>])*>/)
  })

  it('shows the organisation as it was before a reorganisation and a rename', async () => {
    const voor = await json('peildatum=2019-06-01')
    const na = await json('peildatum=2024-01-01')
    const teamB = (l: OrganogramJson) => l.layout.knopen.find((k) => k.id === f.eenheden.teamB)!
    expect(teamB(voor).bovenEenheidId).toBe(f.eenheden.fysiek)
    expect(teamB(na).bovenEenheidId).toBe(f.eenheden.staf)
    expect(voor.layout.knopen.find((k) => k.id === f.eenheden.teamA)!.naam).toBe('Team Alpha')
    expect(na.layout.knopen.find((k) => k.id === f.eenheden.teamA)!.naam).toBe('Team A')
    expect((await get('?peildatum=2019-06-01')).body).toContain('>Team Alpha</tspan>')
  })

  it('answers the layout as JSON for the web app', async () => {
    const res = await get('?formaat=json&weergave=honingraat&peildatum=2024-01-01')
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8')
    const body = res.json() as OrganogramJson
    expect(body).toMatchObject({ organisatieId: f.organisatieId, organisatieNaam: 'Gemeente Organogramtest', peildatum: '2024-01-01' })
    expect(body.layout).toMatchObject({ weergave: 'honingraat', totaalEenheden: 5, zichtbareEenheden: 5, niveaus: null })
    expect(body.layout.knopen.every((k) => k.vorm === 'zeshoek')).toBe(true)
    expect(body.layout.knopen.find((k) => k.diepte === 0)!.id).toBe(f.eenheden.cd)
  })

  it('answers PNG of the expected size', async () => {
    const res = await get('?formaat=png&peildatum=2024-01-01')
    expect(res.headers['content-type']).toBe('image/png')
    const png = res.rawPayload
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    const layout = (await json('peildatum=2024-01-01')).layout
    const verwacht = pngAfmeting(svgAfmeting(layout).breedte, svgAfmeting(layout).hoogte)
    expect({ breedte: png.readUInt32BE(16), hoogte: png.readUInt32BE(20) }).toEqual(verwacht)
  })

  it('answers PDF on A4 and A3 landscape', async () => {
    for (const [papier, mediaBox] of [['A4', '[0 0 841.89 595.28]'], ['A3', '[0 0 1190.55 841.89]']] as const) {
      const res = await get(`?formaat=pdf&papier=${papier}&peildatum=2024-01-01`)
      expect(res.headers['content-type']).toBe('application/pdf')
      const pdf = res.rawPayload.toString('latin1')
      expect(pdf.startsWith('%PDF-')).toBe(true)
      expect(pdf).toContain(`/MediaBox ${mediaBox}`)
    }
  })

  it('offers a download with a file name on request', async () => {
    const res = await get('?formaat=pdf&download=true&peildatum=2024-01-01')
    expect(res.headers['content-disposition']).toBe('attachment; filename="organogram-gemeente-organogramtest-2024-01-01.pdf"')
    expect((await get('?peildatum=2024-01-01')).headers['content-disposition']).toBeUndefined()
  })

  it('draws a subtree, and folds in what is asked', async () => {
    const sub = await json(`peildatum=2024-01-01&eenheidId=${f.eenheden.fysiek}`)
    expect(sub.layout.knopen.map((k) => k.id).sort()).toEqual([f.eenheden.fysiek, f.eenheden.teamA].sort())
    const dicht = await json(`peildatum=2019-01-01&ingeklapt=${f.eenheden.fysiek}`)
    expect(dicht.layout.knopen.find((k) => k.id === f.eenheden.fysiek)!.verborgenOnderliggend).toBe(2)
    expect(dicht.layout.zichtbareEenheden).toBe(3)
    const niveaus = await json('peildatum=2019-01-01&niveaus=1')
    expect(niveaus.layout.knopen).toHaveLength(1)
    expect(niveaus.layout.knopen[0]!.verborgenOnderliggend).toBe(4)
  })

  it('answers 400 problem+json naming a bad weergave, formaat or papier, and 404 for an eenheid that does not exist then', async () => {
    for (const [query, veld] of [['weergave=taart', 'weergave'], ['formaat=gif', 'formaat'], ['papier=A5', 'papier'], ['niveaus=0', 'niveaus']] as const) {
      const res = await get(`?${query}`)
      expect(res.statusCode).toBe(400)
      expect(res.headers['content-type']).toContain('application/problem+json')
      expect(res.json().invalidParams.map((p: { name: string }) => p.name)).toEqual([veld])
    }
    const res = await get(`?eenheidId=${f.eenheden.teamA}&peildatum=2010-01-01`)
    expect(res.statusCode).toBe(404)
  })
})

describe('huisstijl', () => {
  const tokens = { kleuren: { primair: '#7a1f5c', tekst: '#222222', achtergrond: '#fffdf8', lijn: '#5a5a5a', accent: '#f4e1ec' }, lettertype: 'Fira Sans' }
  const put = (payload: object) => t.app.inject({ method: 'PUT', url: `${basis}/huisstijl`, payload })

  it('is the neutral Koers theme until the organisatie sets its own', async () => {
    const res = await t.app.inject({ method: 'GET', url: `${basis}/huisstijl` })
    expect(res.json()).toMatchObject({ standaard: true, tokens: KOERS_HUISSTIJL.tokens, logo: null, gewijzigdOp: null })
  })

  it('rejects a colour that is not #rrggbb, naming the field', async () => {
    const res = await put({ tokens: { ...tokens, kleuren: { ...tokens.kleuren, primair: 'paars' } }, logo: null })
    expect(res.statusCode).toBe(400)
    expect(res.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['tokens.kleuren.primair'])
  })

  it('rejects an SVG logo with a script', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    const res = await put({ tokens, logo: { mediatype: 'image/svg+xml', data: Buffer.from(svg).toString('base64') } })
    expect(res.statusCode).toBe(400)
    expect(res.json().invalidParams[0].name).toBe('logo.data')
  })

  it('changes the colours, font and logo of every export, with an audit event', async () => {
    const logo = await renderPng('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#7a1f5c"/></svg>', 40, 20)
    const res = await put({ tokens, logo: { mediatype: 'image/png', data: logo.toString('base64') } })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ standaard: false, tokens, logo: { mediatype: 'image/png' } })

    const svg = (await get('?peildatum=2024-01-01')).body
    expect(svg).toContain('fill="#7a1f5c"') // the concerndirectie in the primary colour
    expect(svg).toContain('fill="#fffdf8"') // the background
    expect(svg).toContain("font-family=\"'Fira Sans', 'Noto Sans', Arial, sans-serif\"")
    expect(svg).toContain('href="data:image/png;base64,')
    expect(svg).not.toContain(KOERS_HUISSTIJL.tokens.kleuren.primair)
    expect(xmlProbleem(svg)).toBeNull()
    const pdf = await get('?formaat=pdf&peildatum=2024-01-01')
    expect(pdf.statusCode).toBe(200)

    const audit = await t.db.selectFrom('audit_event').selectAll().where('object_type', '=', 'huisstijl').where('object_id', '=', f.organisatieId).execute()
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ handeling: 'huisstijl.wijzigen', actor: expect.stringMatching(/^token:/), voor: null, na: { tokens, logo: { mediatype: 'image/png', bytes: logo.length } } })
  })

  it('falls back to black or white text where the tokens would fail WCAG AA contrast', async () => {
    // Pale yellow text on a white background, and a pale accent fill: both fail 4.5:1.
    const slecht = { kleuren: { primair: '#ffff66', tekst: '#eeeeee', achtergrond: '#ffffff', lijn: '#f0f0f0', accent: '#ffffaa' }, lettertype: 'Noto Sans' }
    expect((await put({ tokens: slecht, logo: null })).statusCode).toBe(200)
    const svg = (await get('?peildatum=2024-01-01')).body
    expect(svg).not.toMatch(/<text[^>]*fill="#eeeeee"/)
    expect(svg).not.toMatch(/<text[^>]*fill="#ffffff"/)
    expect(svg).toMatch(/<text text-anchor="middle" fill="#000000">/)
  })
})
