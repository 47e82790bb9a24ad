/**
 * @module cli/commands/stories
 * `matome stories` — list the stories in the store, newest and growing first: time span, sources,
 * articles, headline and id (`--json`: one StoryListItem per line). Filters as on the web.
 */
import type { Command } from 'commander'
import { MatomeError } from '../../core/errors.ts'
import { loadCatalog } from '../../app/catalog.ts'
import { filterStories } from '../../app/filter-stories.ts'
import { openStore } from '../../app/open-store.ts'
import { checkDay } from '../../http/params.ts'
import { writeJsonLine } from '../jsonl.ts'
import { addExamples } from '../help.ts'
import { needsRebuild, rebuildIfDue } from '../../app/service.ts'
import { ttyProgress } from '../../app/logger.ts'
import { loadTokenizer } from '../../runtime/load-tokenizer.ts'

type StoriesOptions = { rebuild?: boolean; json?: boolean; limit: string; topic?: string; entity?: string; from?: string; to?: string }

export function register(program: Command): void {
  const command = program
    .command('stories')
    .description('list stories in the store, newest and growing first')
    .option('--json', 'one JSON line per story')
    .option('--limit <n>', 'at most this many stories', '50')
    .option('--topic <label>', 'only stories of this topic')
    .option('--entity <name>', 'only stories mentioning this person, organisation or place')
    .option('--from <YYYY-MM-DD>', 'only stories with an article on or after this day')
    .option('--to <YYYY-MM-DD>', 'only stories with an article on or before this day')
    .option('--rebuild', 'first analyse, group and cluster articles ingested since the last rebuild')
    .action(async (opts: StoriesOptions, command: Command) => {
      const limit = Number(opts.limit)
      if (!Number.isInteger(limit) || limit < 1) throw new MatomeError('cli/usage', `--limit must be a positive integer, got ${JSON.stringify(opts.limit)}`)
      const from = checkDay(opts.from, '--from')
      const to = checkDay(opts.to, '--to')
      if (!from.ok) throw new MatomeError('cli/usage', from.message)
      if (!to.ok) throw new MatomeError('cli/usage', to.message)
      const repository = openStore(command.optsWithGlobals<{ db?: string }>().db)
      try {
        if (opts.rebuild === true) await rebuildIfDue(repository, { tokenizer: () => loadTokenizer(), progress: ttyProgress('rebuild') })
        else if (await needsRebuild(repository)) {
          process.stderr.write('matome: some articles are not in stories yet; run `matome stories --rebuild` (or `matome serve`)\n')
        }
        const catalog = await loadCatalog(repository)
        const stories = filterStories(catalog, { topic: opts.topic, entity: opts.entity, from: from.value, to: to.value }).slice(0, limit)
        for (const { item } of stories) {
          if (opts.json === true) {
            await writeJsonLine(process.stdout, item)
            continue
          }
          const span = `${item.firstPublishedAt?.slice(0, 10) ?? '?'}..${item.lastPublishedAt?.slice(0, 10) ?? '?'}`
          process.stdout.write(`${span}\t${item.sourceCount}媒体/${item.articleCount}本${item.growing ? '\t続報' : ''}\t${item.headline}\t${item.id}\n`)
        }
        if (opts.json !== true && stories.length === 0) process.stderr.write('no stories\n')
      } finally {
        await repository.close()
      }
    })
  addExamples(command, [
    'matome stories                                   # after matome ingest (which rebuilds)',
    'matome stories --rebuild                         # after matome ingest --no-rebuild or matome watch',
    'matome --db out/demo.db stories --entity 香川県 --json | jq -r .headline',
    'matome stories --from 2024-05-01 --to 2024-05-31 --limit 10',
  ])
}
