#!/usr/bin/env node
// Entry point. Node 22.18+ and 24 run the TypeScript sources directly (erasable syntax only); on
// Node 22.12–22.17 type stripping needs a flag, so the CLI is re-run with it.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

if (process.features.typescript) {
  const { main } = await import('../src/cli/main.ts')
  await main(process.argv)
} else {
  const entry = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url))
  const run = spawnSync(process.execPath, ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', entry, ...process.argv.slice(2)], { stdio: 'inherit' })
  process.exitCode = run.status ?? 1
}
