/**
 * @module cli/commands/digest
 * `matome digest [file|-] --format json|md|html|seed` — article JSONL → one digest per story. Pages
 * that carry several stories are split at their headline lines (extract/split-stories; the parts of
 * one page stay in one story), articles are analysed (with dates), grouped into near-duplicates
 * (dedupe) and clustered into stories (cluster; `--one-story` treats the whole input as one story).
 * `--story ID` / `--query 語` read from the store instead. JSON is one line per story; md and seed
 * are separated by a blank line; html pages follow one another.
 */
import type { Command } from 'commander'
import type { Article } from '../../core/article.ts'
import type { Digest } from '../../core/digest.ts'
import type { AnalyzedDoc } from '../../core/doc.ts'
import { MatomeError } from '../../core/errors.ts'
import type { DuplicateMembership } from '../../core/story.ts'
import type { Tokenizer } from '../../analyze/tokens/tokenizer.ts'
import { clusterStories } from '../../cluster/index.ts'
import { groupNearDuplicates } from '../../dedupe/group.ts'
import { buildDigest } from '../../digest/build-digest.ts'
import { splitStories } from '../../extract/split-stories.ts'
import { analyzeForDigest } from '../../app/stages.ts'
import { RENDER_FORMATS, renderDigest, type RenderFormat } from '../../render/index.ts'
import { loadTokenizer } from '../../runtime/load-tokenizer.ts'
import { openStore } from '../../app/open-store.ts'
import { errorLine, readAllArticleLines, writeJsonLine } from '../jsonl.ts'
import { addExamples } from '../help.ts'
import { isStdin, openInput } from '../input.ts'

type DigestCliOptions = { format: string; story?: string; query?: string; oneStory?: boolean; split: boolean; limit: string }

/** A story to digest: its id and member article ids. */
export type StoryInput = { id: string; articleIds: string[] }

/** Split multi-story pages into parts `${id}#k` (title = the headline line, body = the headline line and its paragraphs); `pageOf` maps a part to its page. */
export function splitPages(articles: readonly Article[]): { articles: Article[]; pageOf: Map<string, string> } {
  const out: Article[] = []
  const pageOf = new Map<string, string>()
  for (const article of articles) {
    const parts = splitStories(article.body, article.title)
    if (parts === null) {
      out.push(article)
      continue
    }
    const { title: _title, body: _body, ...meta } = article
    parts.forEach((part, k) => {
      const id = `${article.id}#${k + 1}`
      // the part's text starts at its own headline line, so the headline can be cited like any line
      const at = article.body.lastIndexOf(part.title, part.bodyStart)
      const gap = at >= 0 ? article.body.slice(at + part.title.length, part.bodyStart) : 'x'
      const body = /^\s*$/u.test(gap) ? article.body.slice(at, part.bodyStart + part.body.length) : part.body
      out.push({ ...meta, id, title: part.title, body })
      pageOf.set(id, article.id)
    })
  }
  return { articles: out, pageOf }
}

export type DigestArticlesOptions = {
  readonly tokenizer: Tokenizer
  /** split multi-story pages (default true) */
  readonly split?: boolean
  /** the whole input is one story */
  readonly oneStory?: boolean
  /** analyses already at hand (from the store) */
  readonly docs?: ReadonlyMap<string, AnalyzedDoc>
  /** fixed stories (from the store); otherwise clustered */
  readonly stories?: readonly StoryInput[]
}

/** Articles → digests: split pages, analyse, dedupe, cluster (parts of a page kept together), digest. */
export function digestArticles(input: readonly Article[], options: DigestArticlesOptions): Digest[] {
  const { articles, pageOf } = options.split === false ? { articles: [...input], pageOf: new Map<string, string>() } : splitPages(input)
  if (articles.length === 0) return []
  const docs = articles.map((a) => options.docs?.get(a.id) ?? analyzeForDigest(a, options.tokenizer))
  const duplicates: DuplicateMembership[] = groupNearDuplicates(articles).map((d) => ({ id: d.id, group: d.group, canonical: d.canonical === d.id }))
  let stories = options.stories
  if (stories === undefined && options.oneStory === true) stories = [{ id: `story:${articles[0]!.id}`, articleIds: articles.map((a) => a.id) }]
  if (stories === undefined) {
    const groupOf = new Map(duplicates.map((d) => [d.id, d.group]))
    const items = docs.map((doc) => {
      const group = groupOf.get(doc.articleId)
      const publishedAt = doc.publishedAt
      return { doc, meta: { ...(publishedAt === undefined ? {} : { publishedAt }), ...(group === undefined ? {} : { duplicateGroup: group }) } }
    })
    stories = mergeByPage(clusterStories(items).map((s) => ({ id: s.id, articleIds: [...s.articleIds] })), pageOf)
  }
  return stories.map((story) => buildDigest(story, articles, docs, { duplicates }))
}

/** Read the articles (and their stored analyses) of `--story` or `--query` from the store. */
async function readFromStore(db: string | undefined, opts: DigestCliOptions): Promise<{ articles: Article[]; docs: Map<string, AnalyzedDoc>; stories?: StoryInput[] }> {
  const repo = openStore(db)
  try {
    const articles: Article[] = []
    let stories: StoryInput[] | undefined
    if (opts.story !== undefined) {
      const story = await repo.getStory(opts.story)
      if (story === undefined) throw new MatomeError('store/not-found', `no story "${opts.story}" in the store`)
      articles.push(...(await repo.getArticles(story.articleIds)))
      stories = [{ id: story.id, articleIds: articles.map((a) => a.id) }]
    } else {
      const hits = await repo.search(opts.query ?? '', Number.parseInt(opts.limit, 10) || 200)
      articles.push(...(await repo.getArticles(hits.map((h) => h.id))))
    }
    const docs = new Map<string, AnalyzedDoc>()
    for (const a of articles) {
      const doc = await repo.getAnalysis(a.id)
      if (doc !== undefined && doc.text === a.body) docs.set(a.id, doc)
    }
    return stories === undefined ? { articles, docs } : { articles, docs, stories }
  } finally {
    await repo.close()
  }
}

export function register(program: Command): void {
  const command = program
    .command('digest')
    .description('story digests (extractive, every line cited) from article JSONL or the store')
    .argument('[file]', 'article JSONL (default or -: stdin)')
    .option('--format <format>', `output format: ${RENDER_FORMATS.join(', ')}`, 'json')
    .option('--story <id>', 'digest one stored story (reads the store)')
    .option('--query <words>', 'digest the stored articles matching a full-text query')
    .option('--limit <n>', 'at most this many articles for --query', '200')
    .option('--one-story', 'treat the whole input as one story (no clustering)')
    .option('--no-split', 'do not split pages that carry several stories at their headline lines')
    .action(async (file: string | undefined, opts: DigestCliOptions, command: Command) => {
      const format = opts.format as RenderFormat
      if (!RENDER_FORMATS.includes(format)) throw new MatomeError('cli/usage', `--format must be one of ${RENDER_FORMATS.join(', ')}, got "${opts.format}"`)
      const fromStore = opts.story !== undefined || opts.query !== undefined
      if (fromStore && !isStdin(file)) throw new MatomeError('cli/usage', 'give either a file or --story / --query, not both')
      const input = fromStore ? undefined : openInput(file)
      const tokenizer = await loadTokenizer()
      let digests: Digest[]
      if (input === undefined) {
        const { articles, docs, stories } = await readFromStore(command.optsWithGlobals<{ db?: string }>().db, opts)
        digests = digestArticles(articles, { tokenizer, split: false, docs, ...(stories === undefined ? {} : { stories }) })
      } else {
        const articles: Article[] = []
        for (const line of await readAllArticleLines(input.stream, input.name)) {
          if (line.ok) articles.push(line.article)
          else await writeJsonLine(process.stderr, errorLine(line.rejection))
        }
        digests = digestArticles(articles, { tokenizer, split: opts.split, oneStory: opts.oneStory === true })
      }
      let first = true
      for (const digest of digests) {
        if (format === 'json') await writeJsonLine(process.stdout, digest)
        else {
          process.stdout.write((first ? '' : '\n') + renderDigest(digest, format))
          first = false
        }
      }
    })
  addExamples(command, [
    'cat articles.jsonl | matome digest --format md',
    'matome digest articles.jsonl --one-story --format html > story.html',
    'matome digest --story "story:<id>" --format seed    # a stored story (ids from matome stories)',
    'matome --db out/demo.db digest --query 漁獲枠 --format md',
  ])
}

/** Merge stories holding parts of the same page (the first story keeps its id; member order kept). */
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
