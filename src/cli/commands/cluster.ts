/**
 * @module cli/commands/cluster
 * `matome cluster` — article JSONL on stdin → `{"id","story"}` per input line, in input order
 * (`{"id","topic"}` with `--topics N`); an old article attached to a story as background gets
 * `{"id","story","background":true}`. The tokenizer is loaded once; each article's body is analysed
 * and its title apart, as the app's rebuild does (app/rebuild's `clusterItem`: one code path),
 * near-duplicates are grouped (dedupe) so copies count once, and the articles are clustered online
 * in publishedAt order (cluster/). A bad line, or an article whose analysis fails, gives an error
 * line; the run goes on.
 */
import type { Command } from 'commander'
import type { Article } from '../../core/article.ts'
import { MatomeError, isMatomeError, type Rejection } from '../../core/errors.ts'
import type { ClusterItem } from '../../core/story.ts'
import { clusterItem } from '../../app/rebuild.ts'
import { analyzeForDigest } from '../../app/stages.ts'
import { clusterStories, clusterStoryTopics, clusterTopics, parseGap, withDuplicateGroups } from '../../cluster/index.ts'
import { groupNearDuplicates } from '../../dedupe/group.ts'
import { loadTokenizer } from '../../runtime/load-tokenizer.ts'
import { addExamples } from '../help.ts'
import { openInput } from '../input.ts'
import { errorLine, readAllArticleLines, writeJsonLine } from '../jsonl.ts'

type ClusterCliOptions = { gap: string; threshold?: string; topics?: string; topicsOf: string; seed: string; dedupe: boolean }

function numberOption(value: string | undefined, name: string, check: (n: number) => boolean, expected: string): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isFinite(n) || !check(n)) throw new MatomeError('cli/usage', `--${name} must be ${expected}, got ${JSON.stringify(value)}`)
  return n
}

export function register(program: Command): void {
  const command = program
    .command('cluster')
    .description('group articles into stories: article JSONL → {"id","story"} per line ({"id","topic"} with --topics N)')
    .argument('[file]', 'article JSONL (default or -: stdin)')
    .option('--gap <duration>', 'a story with no new article for this long closes (3d, 36h)', '3d')
    .option('--threshold <x>', 'similarity an article needs to join a story (0–1; default from evaluation)')
    .option('--topics <n>', 'group into N broad topics instead of stories')
    .option('--topics-of <what>', 'with --topics: group single "articles" or whole "stories"', 'articles')
    .option('--seed <n>', 'seed of the topic k-means', '1')
    .option('--no-dedupe', 'do not group near-duplicate copies first')
    .action(async (file: string | undefined, opts: ClusterCliOptions) => {
      let gapDays: number
      try {
        gapDays = parseGap(opts.gap)
      } catch (error) {
        throw new MatomeError('cli/usage', `--gap: ${(error as Error).message}`)
      }
      const threshold = numberOption(opts.threshold, 'threshold', (n) => n > 0 && n <= 1, 'a number in (0, 1]')
      const topics = numberOption(opts.topics, 'topics', (n) => Number.isInteger(n) && n >= 1, 'a whole number ≥ 1')
      const seed = numberOption(opts.seed, 'seed', Number.isInteger, 'a whole number') ?? 1
      if (opts.topicsOf !== 'articles' && opts.topicsOf !== 'stories') throw new MatomeError('cli/usage', `--topics-of must be articles or stories, got ${JSON.stringify(opts.topicsOf)}`)

      const input = openInput(file)
      const lines = await readAllArticleLines(input.stream, input.name)
      const tokenizer = await loadTokenizer()
      const failed = new Map<number, Rejection & { id?: string }>()
      const articles: Article[] = []
      let items: ClusterItem[] = []
      for (const line of lines) {
        if (!line.ok) continue
        try {
          items.push(clusterItem(line.article, analyzeForDigest(line.article, tokenizer), analyzeForDigest, tokenizer))
          articles.push(line.article)
        } catch (error) {
          if (!isMatomeError(error)) throw error
          failed.set(line.line, { ok: false, reason: error.code, item: `${input.name}:${line.line}`, detail: error.message, id: line.article.id })
        }
      }
      if (opts.dedupe) items = withDuplicateGroups(items, groupNearDuplicates(articles))
      const label = new Map<string, string>()
      /** old articles attached to a story as background (cluster/background.ts), not news */
      const background = new Set<string>()
      if (topics === undefined || opts.topicsOf === 'stories') {
        const stories = clusterStories(items, { gapDays, ...(threshold === undefined ? {} : { threshold }) })
        if (topics === undefined) {
          for (const story of stories) {
            for (const id of story.articleIds) label.set(id, story.id)
            for (const id of story.backgroundArticleIds ?? []) {
              label.set(id, story.id)
              background.add(id)
            }
          }
        }
        else for (const [id, topic] of Object.entries(clusterStoryTopics(stories, items, { k: topics, seed }).assignment)) label.set(id, topic)
      } else {
        for (const [id, topic] of Object.entries(clusterTopics(items, { k: topics, seed }).assignment)) label.set(id, topic)
      }
      const key = topics === undefined ? 'story' : 'topic'
      for (const line of lines) {
        const rejection = line.ok ? failed.get(line.line) : line.rejection
        if (rejection !== undefined) await writeJsonLine(process.stdout, errorLine(rejection))
        else if (line.ok) await writeJsonLine(process.stdout, { id: line.article.id, [key]: label.get(line.article.id) ?? null, ...(background.has(line.article.id) ? { background: true } : {}) })
      }
    })
  addExamples(command, [
    'cat articles.jsonl | matome cluster | jq -r .story',
    'matome cluster articles.jsonl --gap 7d',
    'matome cluster articles.jsonl --topics 9 | jq -r .topic | sort | uniq -c',
  ])
}
