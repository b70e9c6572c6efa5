import { beforeAll, describe, expect, it } from 'vitest'
import { createTestApp } from '../../../test/app.ts'

let t: Awaited<ReturnType<typeof createTestApp>>
beforeAll(async () => { t = await createTestApp() })

describe('organisaties', () => {
  it('lists the demo organisatie with paging and the API-Version header', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/organisaties?paginaGrootte=10' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['api-version']).toBe('1.0.0')
    const body = res.json()
    expect(body.resultaten.some((o: { naam: string }) => o.naam === 'Gemeente Voorbeeld')).toBe(true)
    expect(body.paginering).toMatchObject({ pagina: 1, paginaGrootte: 10 })
  })

  it('answers an unknown query key and a bad page size with 400 problem+json naming both', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/organisaties?paginaGrootte=nul&kleur=rood' })
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toContain('application/problem+json')
    const names = res.json().invalidParams.map((p: { name: string }) => p.name).sort()
    expect(names).toEqual(['kleur', 'paginaGrootte'])
  })

  it('answers an unknown organisatie with 404 problem+json', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/organisaties/00000000-0000-4000-8000-000000000000' })
    expect(res.statusCode).toBe(404)
    expect(res.json()).toMatchObject({ status: 404, title: 'Niet gevonden' })
  })
})
