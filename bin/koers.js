#!/usr/bin/env node
// The `koers` command. Plain JavaScript so that Node can start it as is: it registers tsx, which
// lets Node load the TypeScript sources directly (no build step), and hands over to src/cli/main.ts.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/cli/main.ts')
const code = await main(process.argv.slice(2))
// serve returns undefined and keeps running; every other command ends here, even if a library
// left a timer or socket behind.
if (code !== undefined) process.exit(code)
