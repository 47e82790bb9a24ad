/**
 * @module cli/commands/eval
 * `matome eval [suite...]` — measure quality on ../shared/evaldata (suites: ner, dates, dedupe, summarize, cluster).
 * Suites are the files of `eval/`; extra options after `--` go to every suite.
 */
import type { Command } from 'commander'
import { runSuites } from '../suites.ts'

export function register(program: Command): void {
  program
    .command('eval')
    .description('measure quality on ../shared/evaldata (suites: ner, dates, dedupe, summarize, cluster)')
    .argument('[suites...]', 'suite names (default: all)')
    .allowUnknownOption()
    .allowExcessArguments()
    .addHelpText('after', '\nExamples:\n  npm run eval\n  npm run eval -- ner\n')
    .action(async (suites: string[]) => {
      const names = suites.filter((s) => !s.startsWith('-'))
      const args = suites.filter((s) => s.startsWith('-'))
      await runSuites('eval', names, args)
    })
}
