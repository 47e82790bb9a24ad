/**
 * @module cli/suites
 * Finds and runs evaluation and benchmark suites: `eval/<name>.ts` and `bench/<name>.ts`, each
 * exporting `run(args: string[]): Promise<void>` that prints its own table. With no name, every
 * suite of the folder runs in alphabetical order.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { MatomeError } from '../core/errors.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export type Suite = { readonly run: (args: string[]) => Promise<void> }

/** Names of the suites in `eval/` or `bench/` (files `<name>.ts` that are not tests or helpers starting with `_`). */
export function listSuites(folder: 'eval' | 'bench'): string[] {
  return readdirSync(path.join(ROOT, folder))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('_'))
    .map((f) => f.slice(0, -3))
    .sort()
}

/** Run the named suites (all when none are named), passing the remaining args through. */
export async function runSuites(folder: 'eval' | 'bench', names: readonly string[], args: string[]): Promise<void> {
  const available = listSuites(folder)
  const chosen = names.length > 0 ? names : available
  for (const name of chosen) {
    if (!available.includes(name)) {
      throw new MatomeError('cli/usage', `unknown ${folder} suite "${name}"; expected one of: ${available.join(', ')}`)
    }
  }
  for (const name of chosen) {
    const suite = (await import(pathToFileURL(path.join(ROOT, folder, `${name}.ts`)).href)) as Suite
    process.stdout.write(`\n== ${folder} ${name} ==\n`)
    await suite.run(args)
  }
}
