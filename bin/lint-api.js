#!/usr/bin/env node
// `npm run lint`: checks Koers' OpenAPI document against the NL API Design Rules (Logius), using
// the official Spectral ruleset in ../shared/standards/nl-api-design-rules/linter.yaml.
//
// The document is the one the running app serves at /api/v1/openapi.json, so what is linted is
// exactly what a client gets: the app is built in-process on an in-memory database and asked for
// it. Exits 1 on any error-severity finding or when the document has no paths (warnings are
// printed but do not fail), 2 when the check cannot run (no ../shared, no Spectral).
//
// test/api-lint.test.ts runs the same check through lintOpenapiDocument() below.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const RULESET = path.resolve(REPO_ROOT, '..', 'shared', 'standards', 'nl-api-design-rules', 'linter.yaml')
const SPECTRAL = path.join(REPO_ROOT, 'node_modules', '.bin', 'spectral')
const SEVERITIES = ['error', 'warn', 'info', 'hint']

/** Fails with a readable message when the ruleset (in ../shared) or Spectral is missing. */
function checkTools() {
  if (!fs.existsSync(RULESET)) {
    throw new Error(`de API Design Rules-ruleset ontbreekt: ${RULESET}. Koers verwacht de map shared naast de repository (../shared).`)
  }
  if (!fs.existsSync(SPECTRAL)) {
    throw new Error(`Spectral ontbreekt (${SPECTRAL}); draai eerst npm ci of npm install.`)
  }
}

/**
 * Runs Spectral with the ADR ruleset on an OpenAPI document (an object).
 * @param {object} document
 * @returns {{ errors: Finding[], warnings: Finding[], findings: Finding[] }}
 * @typedef {{ severity: string, code: string, path: string, message: string }} Finding
 */
export function lintOpenapiDocument(document) {
  checkTools()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-lint-'))
  try {
    const file = path.join(dir, 'openapi.json')
    fs.writeFileSync(file, JSON.stringify(document, null, 2))
    const run = spawnSync(SPECTRAL, ['lint', file, '--ruleset', RULESET, '--format', 'json', '--fail-severity', 'error', '--quiet'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    })
    if (run.error) throw run.error
    // Spectral exits 1 when it found errors, 2 when it could not run (bad ruleset, unreadable file).
    let results
    try {
      results = JSON.parse(run.stdout.trim() || '[]')
    } catch {
      throw new Error(`Spectral gaf geen leesbare uitvoer (exitcode ${run.status}):\n${run.stdout}\n${run.stderr}`)
    }
    if (run.status !== 0 && run.status !== 1) {
      throw new Error(`Spectral kon niet draaien (exitcode ${run.status}):\n${run.stderr}`)
    }
    const findings = results.map((r) => ({
      severity: SEVERITIES[r.severity] ?? String(r.severity),
      code: String(r.code),
      path: (r.path ?? []).join('.'),
      message: r.message,
    }))
    return {
      findings,
      errors: findings.filter((f) => f.severity === 'error'),
      warnings: findings.filter((f) => f.severity === 'warn'),
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** Builds the app on an in-memory embedded database and returns the OpenAPI document it serves. */
async function servedOpenapiDocument() {
  // The app is TypeScript run by tsx (no build step); register tsx before importing it.
  const { register } = await import('tsx/esm/api')
  register()
  const { openDatabase } = await import('../src/db/database.ts')
  const { migrate } = await import('../src/db/migrate.ts')
  const { buildApp } = await import('../src/server/app.ts')
  const database = await openDatabase({})
  try {
    await migrate(database.db)
    const app = await buildApp({ db: database.db })
    try {
      const res = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })
      if (res.statusCode !== 200) throw new Error(`GET /api/v1/openapi.json gaf ${res.statusCode}: ${res.body}`)
      return res.json()
    } finally {
      await app.close()
    }
  } finally {
    await database.close()
  }
}

function print(result) {
  const width = Math.max(0, ...result.findings.map((f) => f.code.length))
  for (const f of result.findings) {
    console.log(`${f.severity.padEnd(5)}  ${f.code.padEnd(width)}  ${f.path || '(document)'}\n       ${f.message}`)
  }
  const others = result.findings.length - result.errors.length - result.warnings.length
  console.log(
    `API Design Rules (${path.relative(REPO_ROOT, RULESET)}): ${result.errors.length} fout(en), ${result.warnings.length} waarschuwing(en)` +
      (others > 0 ? `, ${others} overige` : ''),
  )
}

async function main() {
  checkTools()
  const document = await servedOpenapiDocument()
  const result = lintOpenapiDocument(document)
  print(result)
  // A document without operations lints clean and proves nothing: the routes went missing.
  const operations = Object.keys(document.paths ?? {}).length
  if (operations === 0) console.log('error  het document bevat geen paden: de routes ontbreken in /api/v1/openapi.json')
  return result.errors.length === 0 && operations > 0 ? 0 : 1
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => {
      process.exitCode = code
    },
    (error) => {
      console.error(`lint-api: ${error instanceof Error ? error.message : error}`)
      process.exitCode = 2
    },
  )
}
