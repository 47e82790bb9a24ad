/**
 * @module cli/commands/eval
 * `matome eval [suite...]` — measure quality on ../shared/evaldata (suites: ner, dates, dedupe, summarize, cluster).
 * Suites are the files of `eval/`; extra options after `--` go to every suite.
 */
import type { Command } from 'commander'
import { runSuites } from '../suites.ts'
import { addExamples } from '../help.ts'

export function register(program: Command): void {
  const command = program
    .command('eval')
    .description('measure quality on ../shared/evaldata (suites: ner, dates, dedupe, summarize, cluster)')
    .argument('[suites...]', 'suite names (default: all)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(async (suites: string[]) => {
      const names = suites.filter((s) => !s.startsWith('-'))
      const args = suites.filter((s) => s.startsWith('-'))
      await runSuites('eval', names, args)
    })
  addExamples(command, [
    'npm run eval                  # every suite',
    'npm run eval -- ner dates',
    'matome eval dedupe',
  ])
}
