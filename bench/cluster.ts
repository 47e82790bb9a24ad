/**
 * @module bench/cluster
 * Story clustering and topic time at 1k, 4k and 16k articles. The livedoor and wikinews dev
 * articles are analysed once up front (title line + body); the set is then replicated with new ids
 * and dates shifted by 60 days per copy (wikinews rows, undated, get dates spread over livedoor's
 * span) until it reaches the size. Only clustering is timed (CPU time, best of `--rounds`).
 * Args: `--sizes=1000,4000,16000` `--rounds=1` `--limit=N` (source articles analysed).
 */
import type { AnalyzedDoc } from '../src/core/doc.ts'
import type { ClusterItem } from '../src/core/story.ts'
import { clusterStories, clusterTopics, withTitleLine } from '../src/cluster/index.ts'
import { evalDataPath } from '../src/runtime/paths.ts'
import { analyzeAll, readJsonl } from '../eval/_cluster-data.ts'

const DAY_MS = 86_400_000

function argValue(args: readonly string[], key: string): string | undefined {
  return args.find((a) => a.startsWith(`--${key}=`))?.slice(key.length + 3)
}

/** CPU seconds (user + system) of the best round, and the last round's result. */
function timeBest<T>(rounds: number, work: () => T): { cpu: number; result: T } {
  let best = Infinity
  let result: T | undefined
  for (let r = 0; r < rounds; r++) {
    const before = process.cpuUsage()
    result = work()
    const used = process.cpuUsage(before)
    best = Math.min(best, (used.user + used.system) / 1e6)
  }
  return { cpu: best, result: result as T }
}

type Row = { id: string; title?: string; body: string; date?: string }

/** Source docs with a publication time each. */
async function sourceDocs(limit: number): Promise<{ doc: AnalyzedDoc; time: number }[]> {
  const livedoor = readJsonl<Row>(evalDataPath('livedoor-ldcc', 'dev.jsonl')).slice(0, limit)
  const wikinews = readJsonl<Row>(evalDataPath('jawikinews-headline', 'dev.jsonl')).slice(0, Math.max(0, limit - livedoor.length))
  const times = livedoor.map((r) => Date.parse(r.date ?? '2011-01-01T00:00:00+09:00'))
  const first = Math.min(...times)
  const span = Math.max(...times) - first
  const rows = [...livedoor, ...wikinews]
  const docs = await analyzeAll(rows.map((r) => withTitleLine(r.title === undefined ? { id: r.id, body: r.body } : { id: r.id, title: r.title, body: r.body })))
  return docs.map((doc, i) => ({ doc, time: i < livedoor.length ? times[i]! : first + Math.floor((span * (i - livedoor.length)) / Math.max(1, wikinews.length)) }))
}

/** `n` items: copies of the sources with new ids and dates shifted by 60 days per copy. */
function replicate(sources: readonly { doc: AnalyzedDoc; time: number }[], n: number): ClusterItem[] {
  const out: ClusterItem[] = []
  for (let copy = 0; out.length < n; copy++) {
    for (const { doc, time } of sources) {
      if (out.length >= n) break
      const publishedAt = new Date(time + copy * 60 * DAY_MS).toISOString()
      out.push({ doc: { ...doc, articleId: `${doc.articleId}~${copy}`, publishedAt }, meta: { publishedAt } })
    }
  }
  return out
}

export async function run(args: string[]): Promise<void> {
  const sizes = (argValue(args, 'sizes') ?? '1000,4000,16000').split(',').map(Number)
  const rounds = Number(argValue(args, 'rounds') ?? 1)
  const limit = Number(argValue(args, 'limit') ?? 1e9)
  const analysisStart = performance.now()
  const sources = await sourceDocs(limit)
  console.log(`analysed ${sources.length} source articles once in ${((performance.now() - analysisStart) / 1000).toFixed(1)} s (not timed below)`)
  console.log('| articles | stories | story CPU s | µs / article | topics (k=9) CPU s | µs / article |')
  console.log('|---|---|---|---|---|---|')
  let previous: { n: number; cpu: number } | undefined
  const ratios: string[] = []
  for (const n of sizes) {
    const items = replicate(sources, n)
    const stories = timeBest(rounds, () => clusterStories(items))
    const topics = timeBest(rounds, () => clusterTopics(items, { k: 9, seed: 1, restarts: 3 }))
    console.log(`| ${n} | ${stories.result.length} | ${stories.cpu.toFixed(2)} | ${((stories.cpu * 1e6) / n).toFixed(0)} | ${topics.cpu.toFixed(2)} | ${((topics.cpu * 1e6) / n).toFixed(0)} |`)
    if (previous !== undefined) ratios.push(`${previous.n}→${n}: ×${(n / previous.n).toFixed(0)} articles, ×${(stories.cpu / previous.cpu).toFixed(1)} story time`)
    previous = { n, cpu: stories.cpu }
  }
  if (ratios.length > 0) console.log(`growth: ${ratios.join('; ')} (linear = the same factor)`)
}
