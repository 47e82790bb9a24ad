/**
 * @module eval/cluster
 * `npm run eval -- cluster`: topic clustering (`--topics N`) scored by V-measure and NMI against
 * the gold categories of livedoor-ldcc/dev (N = 9) and mewsc16-ja/dev (N = 12); story clustering
 * scored by B-cubed and pairwise P/R/F1 against our story labels of jawikinews-headline/dev
 * (`eval/gold/stories-wikinews.json`, ids only) and of the original demo corpus
 * (`eval/gold/stories-demo.json`; dated, so the time rules are exercised).
 * `--part=threads` (not in `all`): the continuation and background rules on dated livedoor-ldcc/dev (category purity).
 * Background attachment is scored against the gold `background` map (article id → gold story index).
 * Args: `--seeds=5` `--restarts=5` `--part=topics|stories|all` `--threshold=…` `--merge=…` (defaults from src/cluster/options.ts) `--seed=1` `--restarts=5` `--title=apart|line|false` (wikinews and demo stories: the title analysed apart as the app's rebuild does — default —, as the body's first line as `matome cluster` does, or none; threads: line unless false).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Article } from '../src/core/article.ts'
import type { AnalyzedDoc } from '../src/core/doc.ts'
import type { ClusterItem, Story, StoryClusterOptions } from '../src/core/story.ts'
import {
  clusterStories, clusterTopics, scoreBcubed, scoreLabels, scorePairwise, SHORT_TEXT_TOPIC_OPTIONS, withDuplicateGroups, withTitleLine,
  type LabelScores, type StoryTuning, type TopicTuning,
} from '../src/cluster/index.ts'
import { groupNearDuplicates } from '../src/dedupe/group.ts'
import { readSource } from '../src/ingest/index.ts'
import { evalDataPath, REPO_ROOT } from '../src/runtime/paths.ts'
import { analyzeAll, readJsonl } from './_cluster-data.ts'

type Args = Record<string, string>

function parseArgs(args: readonly string[]): Args {
  const out: Args = {}
  for (const a of args) {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(a)
    if (m) out[m[1]!] = m[2] ?? 'true'
  }
  return out
}

const num = (v: string | undefined, fallback: number): number => (v === undefined ? fallback : Number(v))
const f3 = (x: number): string => x.toFixed(3)

function toArticle(row: { id: string; title?: string; body?: string; text?: string; date?: string }, withTitle: boolean): Article {
  const body = row.body ?? row.text ?? ''
  const text = withTitle && row.title ? `${row.title}\n${body}` : body
  return row.date === undefined ? { id: row.id, body: text } : { id: row.id, body: text, publishedAt: row.date }
}

type TopicRun = { name: string; k: number; published: number; rows: { id: string; category: string }[]; items: ClusterItem[]; options: TopicTuning & { background?: ClusterItem[] } }

async function evalTopics(args: Args): Promise<void> {
  const seeds = Array.from({ length: num(args['seeds'], 5) }, (_, i) => i + 1)
  const withTitle = args['title'] !== 'false'
  type Row = { id: string; title?: string; body?: string; text?: string; category: string }
  const livedoor = readJsonl<Row>(evalDataPath('livedoor-ldcc', 'dev.jsonl'))
  const mewsc = readJsonl<Row>(evalDataPath('mewsc16-ja', 'dev.jsonl'))
  const livedoorItems = (await analyzeAll(livedoor.map((r) => toArticle(r, withTitle)))).map((doc) => ({ doc }))
  const mewscItems = (await analyzeAll(mewsc.map((r) => toArticle(r, false)))).map((doc) => ({ doc }))
  // background for short texts: wikinews dev articles that contain none of the sentences clustered
  const heads = mewsc.map((r) => (r.text ?? '').slice(0, 30))
  const wikinews = readJsonl<{ id: string; title: string; body: string }>(evalDataPath('jawikinews-headline', 'dev.jsonl'))
    .filter((a) => !heads.some((h) => a.body.includes(h)))
  const background = (await analyzeAll(wikinews.map((a) => toArticle(a, true)))).map((doc) => ({ doc }))
  const runs: TopicRun[] = [
    { name: 'livedoor-ldcc/dev, defaults', k: 9, published: 0.586, rows: livedoor, items: livedoorItems, options: {} },
    { name: 'mewsc16-ja/dev, defaults', k: 12, published: 0.54, rows: mewsc, items: mewscItems, options: {} },
    {
      name: `mewsc16-ja/dev, short-text settings + ${background.length} background articles`, k: 12, published: 0.54, rows: mewsc, items: mewscItems,
      options: { ...SHORT_TEXT_TOPIC_OPTIONS, background },
    },
  ]
  console.log(`topics (--topics N): spherical k-means, seeded k-means++, best of ${num(args['restarts'], 5)} restarts by objective; mean ± sd over seeds ${seeds.join(',')}`)
  console.log('| data | N | articles | V-measure | NMI | homogeneity | completeness | published best V | seconds / run |')
  console.log('|---|---|---|---|---|---|---|---|---|')
  for (const r of runs) {
    const scores: LabelScores[] = []
    const started = performance.now()
    for (const seed of seeds) {
      const { assignment } = clusterTopics(r.items, { k: r.k, seed, restarts: num(args['restarts'], 5), ...r.options })
      scores.push(scoreLabels(r.rows.map((x) => x.category), r.rows.map((x) => assignment[x.id] ?? '')))
    }
    const seconds = (performance.now() - started) / 1000 / seeds.length
    const ms = (key: keyof LabelScores): string => {
      const xs = scores.map((x) => x[key])
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length
      const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length)
      return `${f3(mean)} ± ${f3(sd)}`
    }
    console.log(`| ${r.name} | ${r.k} | ${r.rows.length} | ${ms('vMeasure')} | ${ms('nmi')} | ${ms('homogeneity')} | ${ms('completeness')} | ${r.published} | ${seconds.toFixed(2)} |`)
  }
}

/**
 * How titles reach clustering: `apart` (default; the app's rebuild and `matome cluster`: the title
 * analysed on its own as `meta.title`), `line` (`withTitleLine` before analysis) or `none` (`--title=false`).
 */
type TitleMode = 'apart' | 'line' | 'none'

function titleMode(args: Args): TitleMode {
  const v = args['title'] ?? 'apart'
  if (v === 'false' || v === 'none') return 'none'
  if (v === 'line') return 'line'
  return 'apart'
}

/** Analysed items for clustering, with titles as `mode` says. */
async function clusterItems(articles: readonly Article[], mode: TitleMode): Promise<ClusterItem[]> {
  if (mode === 'line') return (await analyzeAll(articles.map(withTitleLine))).map((doc) => ({ doc }))
  const docs = await analyzeAll(articles)
  if (mode === 'none') return docs.map((doc) => ({ doc }))
  const titled = articles.filter((a) => (a.title?.trim() ?? '') !== '')
  const titles = new Map((await analyzeAll(titled.map((a) => ({ id: a.id, body: a.title!.trim() })))).map((doc) => [doc.articleId, doc]))
  return docs.map((doc) => {
    const title = titles.get(doc.articleId)
    return title === undefined ? { doc } : { doc, meta: { title } }
  })
}

type Gold = { stories: string[][]; background?: Record<string, number> }

function readGoldFile(name: string): Gold {
  return JSON.parse(readFileSync(path.join(REPO_ROOT, 'eval', 'gold', name), 'utf8')) as Gold
}

function readGold(name: string): Map<string, string> {
  const goldOf = new Map<string, string>()
  readGoldFile(name).stories.forEach((ids, i) => ids.forEach((id) => goldOf.set(id, `g${i}`)))
  return goldOf
}

/** Background attachment against gold `background` (article id → index of the gold story it is background of). */
function backgroundRow(name: string, gold: Gold, goldOf: ReadonlyMap<string, string>, stories: readonly Story[]): void {
  const expected = new Map(Object.entries(gold.background ?? {}).map(([id, i]) => [id, `g${i}`]))
  let right = 0
  let wrong = 0
  const attached: string[] = []
  for (const story of stories) {
    const host = story.articleIds.map((id) => goldOf.get(id)).find((g) => g !== undefined)
    for (const id of story.backgroundArticleIds ?? []) {
      attached.push(`${id} → ${story.id}`)
      if (expected.get(id) === host) right++
      else wrong++
    }
  }
  console.log(`| ${name} | ${expected.size} | ${right} | ${wrong} | ${expected.size - right} | ${attached.join('; ') || '—'} |`)
}

function storyOptions(args: Args): StoryClusterOptions & StoryTuning {
  return {
    ...(args['threshold'] === undefined ? {} : { threshold: Number(args['threshold']) }),
    ...(args['near'] === undefined ? {} : { nearThreshold: Number(args['near']) }),
    ...(args['merge'] === undefined ? {} : { mergeThreshold: Number(args['merge']) }),
  }
}

/** Score one clustering run against gold labels; prints one table row. */
function scoreRow(name: string, ids: readonly string[], goldOf: ReadonlyMap<string, string>, stories: readonly Story[], seconds: number): { g: string[]; p: string[] } {
  const predOf = new Map<string, string>()
  for (const story of stories) for (const id of story.articleIds) predOf.set(id, story.id)
  const g = ids.map((id) => goldOf.get(id)!)
  const p = ids.map((id) => predOf.get(id) ?? id)
  const b = scoreBcubed(g, p)
  const pw = scorePairwise(g, p)
  const golds = new Set(g).size
  console.log(`| ${name} | ${ids.length} | ${golds} | ${new Set(p).size} | ${f3(b.precision)} | ${f3(b.recall)} | ${f3(b.f1)} | ${f3(pw.precision)} | ${f3(pw.recall)} | ${f3(pw.f1)} | ${seconds.toFixed(2)} |`)
  return { g, p }
}

async function evalStories(args: Args): Promise<void> {
  const mode = titleMode(args)
  console.log(`stories: online clustering (clusterStories, defaults of src/cluster/options.ts unless overridden); titles: ${mode}`)
  console.log('| data | articles | gold stories | predicted | B³ P | B³ R | B³ F1 | pair P | pair R | pair F1 | seconds |')
  console.log('|---|---|---|---|---|---|---|---|---|---|---|')
  const options = storyOptions(args)
  // jawikinews-headline/dev: undated, so only similarity decides (input order = id order)
  const goldOf = readGold('stories-wikinews.json')
  const rows = readJsonl<{ id: string; title: string; body: string }>(evalDataPath('jawikinews-headline', 'dev.jsonl')).filter((r) => goldOf.has(r.id))
  const wikiItems = await clusterItems(rows.map((r) => ({ id: r.id, title: r.title, body: r.body })), mode)
  let started = performance.now()
  const stories = clusterStories(wikiItems, options)
  const { g, p } = scoreRow('jawikinews-headline/dev (undated)', rows.map((r) => r.id), goldOf, stories, (performance.now() - started) / 1000)
  // the original demo corpus: dated, several outlets, syndicated copies (dedupe groups count once)
  const demoGold = readGold('stories-demo.json')
  const articles: Article[] = []
  for await (const outcome of readSource(path.join(REPO_ROOT, 'data', 'demo'), { network: false })) if (outcome.ok) articles.push(outcome.article)
  const items = withDuplicateGroups(await clusterItems(articles, mode), groupNearDuplicates(articles))
  const ids = articles.map((a) => a.id).filter((id) => demoGold.has(id))
  const demoRuns: [string, Story[]][] = []
  for (const gapDays of [3, 7]) {
    started = performance.now()
    const demoStories = clusterStories(items, { ...options, gapDays })
    scoreRow(`data/demo (dated), gap ${gapDays}d`, ids, demoGold, demoStories, (performance.now() - started) / 1000)
    demoRuns.push([`data/demo, gap ${gapDays}d`, demoStories])
  }
  console.log('Background articles (Story.backgroundArticleIds) are scored as stories of their own above (they are not news of the story).')
  console.log('')
  console.log('background attachment (cluster/background.ts) against the gold `background` labels')
  console.log('| data | expected | right | wrong | missed | attached |')
  console.log('|---|---|---|---|---|---|')
  const demoGoldFile = readGoldFile('stories-demo.json')
  for (const [name, demoStories] of demoRuns) backgroundRow(name, demoGoldFile, demoGold, demoStories)
  backgroundRow('jawikinews-headline/dev (undated: never attaches)', readGoldFile('stories-wikinews.json'), goldOf, stories)
  if (args['errors'] === 'true') printErrors(rows, g, p)
}

/** For error analysis only: gold stories split across predictions, and predicted stories mixing gold stories. */
function printErrors(rows: readonly { id: string; title: string }[], g: readonly string[], p: readonly string[]): void {
  const byPred = new Map<string, number[]>()
  p.forEach((l, i) => byPred.set(l, [...(byPred.get(l) ?? []), i]))
  for (const members of byPred.values()) {
    const golds = new Set(members.map((i) => g[i]))
    if (golds.size > 1) console.log('MIXED', members.map((i) => `${rows[i]!.id}[${g[i]}] ${rows[i]!.title}`).join(' / '))
  }
  const byGold = new Map<string, number[]>()
  g.forEach((l, i) => byGold.set(l, [...(byGold.get(l) ?? []), i]))
  for (const members of byGold.values()) {
    const preds = new Set(members.map((i) => p[i]))
    if (preds.size > 1) console.log('SPLIT', members.map((i) => `${rows[i]!.id}<${p[i]}> ${rows[i]!.title}`).join(' / '))
  }
}

/**
 * `--part=threads`: the continuation and background rules on a dated corpus without story labels
 * (livedoor-ldcc/dev, 2010–2012 articles with a category each): how many stories each rule changes, and
 * whether what it joins stays in one category (a join across categories is certainly wrong).
 */
async function evalThreads(args: Args): Promise<void> {
  type Row = { id: string; title?: string; body?: string; date?: string; category: string }
  const rows = readJsonl<Row>(evalDataPath('livedoor-ldcc', 'dev.jsonl'))
  const categoryOf = new Map(rows.map((r) => [r.id, r.category]))
  const docs = await analyzeAll(rows.map((r) => toArticle(r, args['title'] !== 'false')))
  const items = docs.map((doc) => ({ doc }))
  console.log('threads: livedoor-ldcc/dev (dated, no story labels); a story mixing categories is wrong for certain')
  console.log('| rules | stories | multi-article stories | mixing categories | background attached | background across categories |')
  console.log('|---|---|---|---|---|---|')
  const runs: [string, StoryClusterOptions][] = [
    ['neither (continuationDays 0, backgroundDays 100000)', { continuationDays: 0, backgroundDays: 100_000 }],
    ['continuation only', { backgroundDays: 100_000 }],
    ['continuation + background (defaults)', {}],
  ]
  for (const [name, options] of runs) {
    const stories = clusterStories(items, { ...storyOptions(args), ...options })
    const multi = stories.filter((s) => s.articleIds.length > 1)
    const mixed = multi.filter((s) => new Set(s.articleIds.map((id) => categoryOf.get(id))).size > 1)
    const background = stories.flatMap((s) => (s.backgroundArticleIds ?? []).map((id) => [id, s] as const))
    const across = background.filter(([id, s]) => categoryOf.get(id) !== categoryOf.get(s.articleIds[0]!))
    console.log(`| ${name} | ${stories.length} | ${multi.length} | ${mixed.length} | ${background.length} | ${across.length} |`)
    if (args['errors'] === 'true') for (const s of mixed) console.log(`  mixed ${s.id}: ${s.articleIds.map((id) => `${id}[${s.articleIds.length}]`).join(' ')}`)
    if (args['errors'] === 'true') for (const [id, s] of background) console.log(`  background ${id} → ${s.id} (${s.topTerms.slice(0, 4).join('・')})`)
  }
}

export async function run(argv: string[]): Promise<void> {
  const args = parseArgs(argv)
  const part = args['part'] ?? 'all'
  if (part === 'threads') await evalThreads(args)
  if (part === 'all' || part === 'stories') await evalStories(args)
  if (part === 'all' || part === 'topics') await evalTopics(args)
}
