/**
 * @module cli/main
 * The `matome` command line (commander). Each subcommand lives in `commands/<name>.ts` and exports
 * `register(program)`. Errors reach stderr with their code; exit codes 0 ok, 1 failure, 2 usage.
 */
import { Command, CommanderError } from 'commander'
import { reportError, EXIT_USAGE } from './exit.ts'
import { addExamples } from './help.ts'
import { register as analyze } from './commands/analyze.ts'
import { register as bench } from './commands/bench.ts'
import { register as cluster } from './commands/cluster.ts'
import { register as dedupe } from './commands/dedupe.ts'
import { register as demo } from './commands/demo.ts'
import { register as digest } from './commands/digest.ts'
import { register as evaluate } from './commands/eval.ts'
import { register as ingest } from './commands/ingest.ts'
import { register as search } from './commands/search.ts'
import { register as serve } from './commands/serve.ts'
import { register as stories } from './commands/stories.ts'
import { register as summarize } from './commands/summarize.ts'
import { register as watch } from './commands/watch.ts'
import { register as worker } from './commands/worker.ts'

export const VERSION = '0.1.0'

/** Build the program (exported for tests). */
export function buildProgram(): Command {
  const program = new Command()
    .name('matome')
    .description('Trustworthy story digests from a stream of Japanese news (extractive, cited, deduplicated).')
    .version(VERSION)
    .option('--db <path>', 'SQLite file or postgres:// URL (default: $MATOME_DB or ./matome.db)')
    .exitOverride()
    // commander's own errors (unknown option, missing argument …) in the one error format of cli/exit
    .configureOutput({ outputError: (message, write) => write(`matome: error cli/usage: ${message.replace(/^error: /, '')}`) })
    .showHelpAfterError('(add --help for usage and examples)')
  addExamples(program, [
    'matome ingest data/demo && matome stories     # store a folder, build stories, list them',
    'cat articles.jsonl | matome analyze | jq .entities',
    'matome serve --port 8080',
    'matome <command> --help                      # options and examples of one command',
  ])
  for (const register of [ingest, watch, dedupe, analyze, summarize, cluster, digest, stories, search, serve, evaluate, bench, demo, worker]) {
    register(program)
  }
  return program
}

/** Run the CLI; sets process.exitCode instead of exiting so streams flush. */
export async function main(argv: readonly string[]): Promise<void> {
  const program = buildProgram()
  try {
    await program.parseAsync([...argv])
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE
      return
    }
    process.exitCode = reportError(error)
  }
}

/** `matome … | head` closes stdout early: stop quietly (exit 0) instead of an EPIPE stack trace. */
export function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(process.exitCode ?? 0)
  })
}

if (import.meta.main) {
  exitQuietlyOnClosedPipe()
  await main(process.argv)
}
