/**
 * @module cli/commands/digest
 * `matome digest [file] --format json|md|html|seed` — article JSONL → one digest per story: the
 * articles are analysed, grouped into near-duplicates (dedupe) and clustered into stories
 * (`--one-story` treats the whole input as one story). `--story ID` / `--query 語` read from the store
 * instead. JSON is one line per story; the other formats are separated by a blank line (md, seed) or
 * written one page after another (html).
 */
import { createReadStream } from 'node:fs'
import type { Command } from 'commander'
import type { Article } from '../../core/article.ts'
import type { AnalyzedDoc } from '../../core/doc.ts'
import { MatomeError } from '../../core/errors.ts'
import type { DuplicateMembership } from '../../core/story.ts'
import { analyzeArticle } from '../../analyze/pipeline.ts'
import { clusterStories } from '../../cluster/index.ts'
import { groupNearDuplicates } from '../../dedupe/group.ts'
import { buildDigest } from '../../digest/build-digest.ts'
import { splitStories } from '../../extract/split-stories.ts'
import { RENDER_FORMATS, renderDigest, type RenderFormat } from '../../render/index.ts'
import { loadTokenizer } from '../../runtime/load-tokenizer.ts'
import { resolveDbPath } from '../../store/db-path.ts'
import { openSqliteRepository } from '../../store/sqlite/sqlite-repository.ts'
import { errorLine, readAllArticleLines, writeJsonLine } from '../jsonl.ts'

type DigestCliOptions = { format: string; story?: string; query?: string; oneStory?: boolean; split: boolean; limit: string }

type StoryInput = { id: string; articleIds: string[] }

export function register(program: Command): void {
  program
    .command('digest')
    .description('story digests (extractive, every line cited) from article JSONL or the store')
    .argument('[file]', 'article JSONL (default: stdin)')
    .option('--format <format>', `output format: ${RENDER_FORMATS.join(', ')}`, 'json')
    .option('--story <id>', 'digest one stored story (reads the store)')
    .option('--query <words>', 'digest the stored articles matching a full-text query')
    .option('--limit <n>', 'at most this many articles for --query', '200')
    .option('--one-story', 'treat the whole input as one story (no clustering)')
    .option('--no-split', 'do not split pages that carry several stories at their headline lines')
    .action(async (file: string | undefined, opts: DigestCliOptions, command: Command) => {
      const format = opts.format as RenderFormat
      if (!RENDER_FORMATS.includes(format)) throw new MatomeError('cli/usage', `--format must be one of ${RENDER_FORMATS.join(', ')}, got "${opts.format}"`)
      const tokenizer = await loadTokenizer()
      const articles: Article[] = []
      const stored = new Map<string, AnalyzedDoc>()
      /** parts of one split page stay in one story (the page is the publisher's own grouping) */
      const pageOf = new Map<string, string>()
      let stories: StoryInput[] | undefined
      if (opts.story !== undefined || opts.query !== undefined) {
        const globals = command.optsWithGlobals<{ db?: string }>()
        const repo = openSqliteRepository({ path: resolveDbPath(globals.db) })
        try {
          if (opts.story !== undefined) {
            const story = await repo.getStory(opts.story)
            if (story === undefined) throw new MatomeError('store/not-found', `no story "${opts.story}" in the store`)
            articles.push(...(await repo.getArticles(story.articleIds)))
            stories = [{ id: story.id, articleIds: articles.map((a) => a.id) }]
          } else {
            const hits = await repo.search(opts.query ?? '', Number.parseInt(opts.limit, 10) || 200)
            articles.push(...(await repo.getArticles(hits.map((h) => h.id))))
          }
          for (const a of articles) {
            const doc = await repo.getAnalysis(a.id)
            if (doc !== undefined && doc.text === a.body) stored.set(a.id, doc)
          }
        } finally {
          await repo.close()
        }
      } else {
        for (const line of await readAllArticleLines(file === undefined ? process.stdin : createReadStream(file), file ?? 'stdin')) {
          if (!line.ok) {
            process.stderr.write(JSON.stringify(errorLine(line.rejection)) + '\n')
            continue
          }
          const parts = opts.split ? splitStories(line.article.body, line.article.title) : null
          if (parts === null) articles.push(line.article)
          else
            parts.forEach((part, k) => {
              const { title: _title, body: _body, ...meta } = line.article
              articles.push({ ...meta, id: `${line.article.id}#${k + 1}`, title: part.title, body: part.body })
              pageOf.set(`${line.article.id}#${k + 1}`, line.article.id)
            })
        }
      }
      const docs = articles.map((a) => stored.get(a.id) ?? analyzeArticle(a, { tokenizer }))
      const duplicates: DuplicateMembership[] = groupNearDuplicates(articles).map((d) => ({ id: d.id, group: d.group, canonical: d.canonical === d.id }))
      if (stories === undefined) {
        if (opts.oneStory === true && articles.length > 0) stories = [{ id: `story:${articles[0]!.id}`, articleIds: articles.map((a) => a.id) }]
        else {
          const groupOf = new Map(duplicates.map((d) => [d.id, d.group]))
          const items = docs.map((doc) => {
            const group = groupOf.get(doc.articleId)
            const publishedAt = doc.publishedAt
            return { doc, meta: { ...(publishedAt === undefined ? {} : { publishedAt }), ...(group === undefined ? {} : { duplicateGroup: group }) } }
          })
          stories = mergeByPage(clusterStories(items).map((s) => ({ id: s.id, articleIds: [...s.articleIds] })), pageOf)
        }
      }
      let first = true
      for (const story of stories) {
        const digest = buildDigest(story, articles, docs, { duplicates })
        if (format === 'json') await writeJsonLine(process.stdout, digest)
        else {
          process.stdout.write((first ? '' : '\n') + renderDigest(digest, format))
          first = false
        }
      }
    })
}

/** Merge stories holding parts of the same page (first story keeps its id; member order kept). */
export function mergeByPage(stories: readonly StoryInput[], pageOf: ReadonlyMap<string, string>): StoryInput[] {
  const out: StoryInput[] = []
  const storyOfPage = new Map<string, StoryInput>()
  for (const story of stories) {
    const pages = [...new Set(story.articleIds.map((id) => pageOf.get(id)).filter((p) => p !== undefined))]
    const target = pages.map((p) => storyOfPage.get(p)).find((s) => s !== undefined)
    if (target === undefined) {
      const copy = { id: story.id, articleIds: [...story.articleIds] }
      out.push(copy)
      for (const p of pages) storyOfPage.set(p, copy)
    } else {
      target.articleIds.push(...story.articleIds)
      for (const p of pages) storyOfPage.set(p, target)
    }
  }
  return out
}
