/**
 * @module cli/commands/bench
 * `matome bench [suite...]` — print throughput, latency and memory figures.
 * Suites are the files of `bench/`; extra options after `--` go to every suite.
 */
import type { Command } from 'commander'
import { runSuites } from '../suites.ts'
import { addExamples } from '../help.ts'

export function register(program: Command): void {
  const command = program
    .command('bench')
    .description('print throughput, latency and memory figures')
    .argument('[suites...]', 'suite names (default: all)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(async (suites: string[]) => {
      const names = suites.filter((s) => !s.startsWith('-'))
      const args = suites.filter((s) => s.startsWith('-'))
      await runSuites('bench', names, args)
    })
  addExamples(command, [
    'npm run bench                 # every suite',
    'npm run bench -- analyze',
    'matome bench server',
  ])
}
