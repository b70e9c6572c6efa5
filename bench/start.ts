// First start on an empty data folder (initdb, migrations, demo seed) and a restart, each timed
// from spawning `koers serve` to the first answered API request.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port
      s.close(() => resolve(port))
    })
  })
}

async function startTotEersteAntwoord(dataDir: string, port: number) {
  const t0 = performance.now()
  const child = spawn(process.execPath, ['bin/koers.js', 'serve'], {
    env: { ...process.env, KOERS_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/organisaties?paginaGrootte=1`)
      if (res.ok) break
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 25))
  }
  const ms = performance.now() - t0
  const exited = new Promise((r) => child.once('exit', r))
  child.kill('SIGTERM')
  await exited
  return ms
}

export async function benchStart() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-bench-start-'))
  try {
    const port = await freePort()
    const eerste = await startTotEersteAntwoord(dataDir, port)
    const herstart = await startTotEersteAntwoord(dataDir, port)
    return { eerste, herstart }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
