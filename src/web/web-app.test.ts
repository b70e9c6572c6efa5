// The server side of the web app (src/server/web-app.ts): static files with their content type
// and cache headers, index.html for client routes, 404 for missing assets and paths that try to
// leave the folder, and an API-only server when the app is not built.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import Fastify from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { webApp } from '../server/web-app.ts'

const root = mkdtempSync(path.join(tmpdir(), 'koers-web-'))
const js = `console.log(${JSON.stringify('x'.repeat(3000))})`
mkdirSync(path.join(root, 'assets'))
writeFileSync(path.join(root, 'index.html'), '<!doctype html><html lang="nl"><title>Koers</title><div id="koers-app"></div></html>')
writeFileSync(path.join(root, 'assets', 'index-abc123.js'), js)
writeFileSync(path.join(root, 'assets', 'letter.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]))
writeFileSync(path.join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')

const app = Fastify()
beforeAll(async () => {
  await app.register(webApp, { root })
  await app.ready()
})
afterAll(() => app.close())

describe('web app', () => {
  it('redirects / to /app', async () => {
    const r = await app.inject('/')
    expect(r.statusCode).toBe(302)
    expect(r.headers.location).toBe('/app')
  })

  it('serves index.html for /app and every client route, revalidated and with a strict CSP', async () => {
    for (const url of ['/app', '/app/', '/app/o/76508af1-007f-4ebc-8e4e-14b092069680/eenheden/c04ccc06-16e3-4bbe-b5a3-582fbaa0e42f?peildatum=2024-01-01']) {
      const r = await app.inject(url)
      expect(r.statusCode, url).toBe(200)
      expect(r.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(r.headers['cache-control']).toBe('no-cache')
      expect(r.headers['content-security-policy']).toContain("script-src 'self'")
      expect(r.body).toContain('koers-app')
    }
  })

  it('serves hashed assets for a year with their content type, gzipped when asked', async () => {
    const r = await app.inject({ url: '/app/assets/index-abc123.js', headers: { 'accept-encoding': 'gzip, br' } })
    expect(r.statusCode).toBe(200)
    expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(r.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(r.rawPayload).toString()).toBe(js)
    const font = await app.inject('/app/assets/letter.woff2')
    expect(font.headers['content-type']).toBe('font/woff2')
    expect(font.headers['content-encoding']).toBeUndefined()
    const icoon = await app.inject('/app/favicon.svg')
    expect(icoon.headers['content-type']).toBe('image/svg+xml')
    expect(icoon.headers['cache-control']).toBe('public, max-age=3600')
  })

  it('answers 304 to a matching ETag', async () => {
    const eerst = await app.inject('/app/assets/index-abc123.js')
    const weer = await app.inject({ url: '/app/assets/index-abc123.js', headers: { 'if-none-match': String(eerst.headers.etag) } })
    expect(weer.statusCode).toBe(304)
  })

  it('answers 404 for a missing asset and for paths out of the folder or to dot-files', async () => {
    for (const url of ['/app/assets/weg.js', '/app/..%2f..%2fpackage.json', '/app/%2e%2e/%2e%2e/package.json', '/app/.env']) {
      expect((await app.inject(url)).statusCode, url).toBe(404)
    }
  })

  it('leaves the server to the API when the app is not built', async () => {
    const leeg = Fastify()
    await leeg.register(webApp, { root: mkdtempSync(path.join(tmpdir(), 'koers-leeg-')) })
    expect((await leeg.inject('/app')).statusCode).toBe(404)
    expect((await leeg.inject('/')).statusCode).toBe(404)
    await leeg.close()
  })
})
