// Serves the built web app (dist/web, made by `vite build`, see vite.config.ts) under /app:
// static files with their content type and cache headers, and index.html for every client route
// (/app/o/…/eenheden/…), so a deep link or a reload works. `/` redirects to /app.
// Without dist/web the server still starts and serves the API only, and says so in the log.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
// For `schema.hide`: these routes are not part of the API, so they stay out of the OpenAPI document.
import type {} from '@fastify/swagger'
import { projectPad } from '../projectmap.ts'

export const WEB_PREFIX = '/app'
export const DEFAULT_WEB_ROOT = projectPad('dist', 'web') + path.sep

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt', '.webmanifest'])

/**
 * The app's own pages get a strict policy: scripts, fonts and data only from this server (no CDN),
 * and no framing. Styles allow 'unsafe-inline' because the organogram SVG the API renders carries
 * style attributes; scripts never do.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

interface CachedFile { mtimeMs: number; size: number; body: Buffer; gzip: Buffer | null; etag: string }

export interface WebAppOptions {
  /** Folder with the built app; default dist/web next to src. */
  root?: string
}

export async function webApp(app: FastifyInstance, options: WebAppOptions = {}) {
  const root = path.resolve(options.root ?? DEFAULT_WEB_ROOT)
  const indexFile = path.join(root, 'index.html')
  if (!existsSync(indexFile)) {
    app.log.warn(`De web-app is niet gebouwd (${indexFile} ontbreekt): alleen de API draait. Bouw haar met "npm run build".`)
    return
  }
  const cache = new Map<string, CachedFile>()

  async function load(file: string): Promise<CachedFile | null> {
    const info = await stat(file).catch(() => null)
    if (!info?.isFile()) return null
    const cached = cache.get(file)
    if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached
    const body = await readFile(file)
    const compressible = COMPRESSIBLE.has(path.extname(file)) && body.length > 1024
    const entry: CachedFile = {
      mtimeMs: info.mtimeMs,
      size: info.size,
      body,
      gzip: compressible ? gzipSync(body) : null,
      etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`,
    }
    cache.set(file, entry)
    return entry
  }

  async function send(request: FastifyRequest, reply: FastifyReply, file: string, cacheControl: string) {
    const entry = await load(file)
    if (!entry) return null
    const extension = path.extname(file)
    reply
      .header('Content-Type', CONTENT_TYPES[extension] ?? 'application/octet-stream')
      .header('Cache-Control', cacheControl)
      .header('ETag', entry.etag)
      .header('X-Content-Type-Options', 'nosniff')
      .header('Vary', 'Accept-Encoding')
    if (extension === '.html') {
      reply
        .header('Content-Security-Policy', CONTENT_SECURITY_POLICY)
        .header('X-Frame-Options', 'DENY')
        .header('Referrer-Policy', 'same-origin')
    }
    if (request.headers['if-none-match'] === entry.etag) return reply.code(304).send()
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
    if (entry.gzip && acceptsGzip) return reply.header('Content-Encoding', 'gzip').send(entry.gzip)
    return reply.send(entry.body)
  }

  /** index.html is small and names the hashed bundles: always revalidate it. */
  const sendIndex = (request: FastifyRequest, reply: FastifyReply) => send(request, reply, indexFile, 'no-cache')

  app.get('/', { schema: { hide: true } }, (_request, reply) => reply.redirect(`${WEB_PREFIX}`, 302))
  app.get(WEB_PREFIX, { schema: { hide: true } }, sendIndex)
  app.get(`${WEB_PREFIX}/*`, { schema: { hide: true } }, async (request, reply) => {
    const relative = (request.params as { '*': string })['*']
    const segments = relative.split('/').filter((s) => s !== '')
    if (segments.length === 0) return sendIndex(request, reply)
    // No dot-files and no way out of the folder ('..', encoded or not: Fastify has decoded it).
    if (segments.some((s) => s.startsWith('.') || s.includes('\\') || s.includes('\0'))) return reply.callNotFound()
    const file = path.join(root, ...segments)
    if (!file.startsWith(root + path.sep)) return reply.callNotFound()
    if (path.extname(file) !== '') {
      // Vite names the bundles by their content hash, so they never change: cache for a year.
      const immutable = segments[0] === 'assets'
      const sent = await send(request, reply, file, immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=3600')
      // A missing file is a 404, not the app: a broken asset link must show up as broken.
      return sent ?? reply.callNotFound()
    }
    return sendIndex(request, reply)
  })
}
