/**
 * @module bench/digest
 * `npm run bench -- digest [--articles=50] [--runs=20]`: time to build one story digest from
 * already-analysed articles (analysis is done first and not timed). Articles are the first N of
 * jawikinews-headline/dev with invented dates a day apart (a story of N members); also times the
 * per-article summary and the four renderers. Prints wall-clock and CPU time (user + system) of
 * the digest: on a loaded machine compare the CPU time.
 */
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import type { Article } from '../src/core/article.ts'
import { analyzeForDigest } from '../src/app/stages.ts'
import { buildDigest, summarizeArticle } from '../src/digest/index.ts'
import { RENDER_FORMATS, renderDigest } from '../src/render/index.ts'
import { loadTokenizer } from '../src/runtime/load-tokenizer.ts'
import { evalDataPath } from '../src/runtime/paths.ts'

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? 0
}

function arg(args: readonly string[], name: string, fallback: number): number {
  const v = Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1])
  return Number.isFinite(v) && v > 0 ? v : fallback
}

export async function run(args: string[]): Promise<void> {
  const n = arg(args, 'articles', 50)
  const runs = arg(args, 'runs', 20)
  const tokenizer = await loadTokenizer()
  const rows = readFileSync(evalDataPath('jawikinews-headline', 'dev.jsonl'), 'utf8').split('\n').filter((l) => l !== '').slice(0, n)
  const articles: Article[] = rows.map((l, i) => {
    const r = JSON.parse(l) as { id: string; body: string }
    return { id: r.id, body: r.body, publishedAt: `2030-01-${String(1 + (i % 28)).padStart(2, '0')}`, source: i % 2 === 0 ? '共同通信' : 'NHK' }
  })
  const t0 = performance.now()
  const docs = articles.map((a) => analyzeForDigest(a, tokenizer))
  const analyzeMs = performance.now() - t0
  const story = { id: 'story:bench', articleIds: articles.map((a) => a.id) }
  const digestMs: number[] = []
  const digestCpuMs: number[] = []
  let digest = buildDigest(story, articles, docs)
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    const cpu = process.cpuUsage()
    digest = buildDigest(story, articles, docs)
    const used = process.cpuUsage(cpu)
    digestMs.push(performance.now() - t)
    digestCpuMs.push((used.user + used.system) / 1000)
  }
  const summaryMs: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    for (let k = 0; k < articles.length; k++) summarizeArticle(articles[k]!, docs[k]!)
    summaryMs.push((performance.now() - t) / articles.length)
  }
  const chars = articles.reduce((s, a) => s + a.body.length, 0)
  const lines = [
    `story: ${articles.length} articles, ${chars} characters (analysis, not timed below: ${analyzeMs.toFixed(0)} ms)`,
    `buildDigest            median ${median(digestMs).toFixed(1)} ms  (min ${Math.min(...digestMs).toFixed(1)}, ${runs} runs; aim ≤ 100 ms)`,
    `buildDigest CPU        median ${median(digestCpuMs).toFixed(1)} ms  (user + system; compare this on a loaded machine)`,
    `summarizeArticle       median ${median(summaryMs).toFixed(2)} ms per article`,
  ]
  for (const format of RENDER_FORMATS) {
    const ms: number[] = []
    for (let i = 0; i < runs; i++) {
      const t = performance.now()
      renderDigest(digest, format)
      ms.push(performance.now() - t)
    }
    lines.push(`render ${format.padEnd(16)} median ${median(ms).toFixed(2)} ms`)
  }
  process.stdout.write(lines.join('\n') + '\n')
}
