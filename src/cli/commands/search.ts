/**
 * @module cli/commands/search
 * `matome search <query…>` — full-text search over the titles and bodies in the store (trigram
 * index; words under 3 characters by LIKE). Plain lines by default, `--json` for one JSON line per hit.
 */
import { existsSync } from 'node:fs'
import type { Command } from 'commander'
import { MatomeError } from '../../core/errors.ts'
import { resolveDbPath } from '../../store/db-path.ts'
import { isPostgresUrl } from '../../store/postgres/url.ts'
import { openStore } from '../../app/open-store.ts'
import { writeJsonLine } from '../jsonl.ts'
import { addExamples } from '../help.ts'

type SearchCliOptions = { json?: boolean; limit: string }

export function register(program: Command): void {
  const command = program
    .command('search')
    .description('full-text search over stored articles (titles and bodies)')
    .argument('<query...>', 'words that must all occur')
    .option('--json', 'one JSON line per hit')
    .option('--limit <n>', 'at most this many hits', '20')
    .action(async (words: string[], opts: SearchCliOptions, command: Command) => {
      const limit = Number(opts.limit)
      if (!Number.isInteger(limit) || limit < 1) throw new MatomeError('cli/usage', `--limit must be a positive integer, got ${JSON.stringify(opts.limit)}`)
      const globals = command.optsWithGlobals<{ db?: string }>()
      const dbPath = resolveDbPath(globals.db)
      if (dbPath !== ':memory:' && !isPostgresUrl(dbPath) && !existsSync(dbPath)) {
        throw new MatomeError('store/not-found', `no store at ${dbPath} (ingest articles first, or pass --db PATH / set MATOME_DB)`)
      }
      const repo = openStore(dbPath)
      try {
        const hits = await repo.search(words.join(' '), limit)
        for (const hit of hits) {
          if (opts.json === true) await writeJsonLine(process.stdout, hit)
          else process.stdout.write(`${hit.publishedAt ?? '-'}\t${hit.source ?? '-'}\t${hit.id}\t${hit.title ?? ''}\n\t${hit.snippet}\n`)
        }
        if (opts.json !== true && hits.length === 0) process.stderr.write('no matches\n')
      } finally {
        await repo.close()
      }
    })
  addExamples(command, [
    'matome search 漁獲枠                          # words that must all occur (trigram index)',
    'matome search 香川県 知事 --limit 5',
    'matome --db out/demo.db search 漁獲枠 --json | jq -r .id',
  ])
}
