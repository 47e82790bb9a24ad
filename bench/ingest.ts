/**
 * @module bench/ingest
 * `npm run bench -- ingest`: ingest throughput of the livedoor-ldcc dev split as JSONL into a fresh
 * temporary SQLite store — the real path (`ingestSources` reading the file, `putArticles` in batches
 * with the raw lines kept), then near-duplicate groups over the new articles (`groupNearDuplicates`)
 * stored with `putDuplicateGroups`:
 *   1. without analysis, synchronous = FULL (the default) and NORMAL (for comparison);
 *   2. the same input again (idempotent re-run: nothing stored);
 *   3. with analysis (`analyzeArticle` with the kuromoji tokenizer; its load time is reported apart).
 * Options: `--skip-analysis`, `--repeat=N` (runs per figure; the best is shown, default 3).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import type { AnalyzedDoc } from '../src/core/doc.ts'
import { groupNearDuplicates } from '../src/dedupe/index.ts'
import { ingestSources } from '../src/ingest/ingest-sources.ts'
import { evalDataPath } from '../src/runtime/paths.ts'
import type { Repository } from '../src/store/repository.ts'
import { openSqliteRepository } from '../src/store/sqlite/sqlite-repository.ts'

type Analyzer = (article: { id: string; body: string; title?: string; publishedAt?: string }) => AnalyzedDoc

type Figures = { articles: number; inserted: number; ingestMs: number; analyzeMs: number; dedupeMs: number; totalMs: number; cpuMs: number; dbBytes: number }

/** Ingest the file, then (optionally) analyse and dedupe what was new; all timed. */
async function ingestRun(file: string, repo: Repository, dbFile: string, analyze?: Analyzer): Promise<Figures> {
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const summary = await ingestSources([file], { repository: repo, network: false })
  const t1 = performance.now()
  const articles = await repo.getArticles(summary.insertedIds)
  let analyzeMs = 0
  if (analyze !== undefined) {
    const docs: AnalyzedDoc[] = []
    for (const a of articles) {
      docs.push(analyze(a))
      if (docs.length === 200) await repo.putAnalyses(docs.splice(0))
    }
    await repo.putAnalyses(docs)
    analyzeMs = performance.now() - t1
  }
  const t2 = performance.now()
  if (articles.length > 0) {
    const groups = groupNearDuplicates(articles)
    await repo.putDuplicateGroups(groups.map((g) => ({ articleId: g.id, group: g.group, canonical: g.id === g.canonical })))
  }
  const t3 = performance.now()
  const cpu = process.cpuUsage(cpu0)
  const articlesSeen = summary.ingested + summary.unchanged + summary.duplicates
  return { articles: articlesSeen, inserted: summary.ingested, ingestMs: t1 - t0, analyzeMs, dedupeMs: t3 - t2, totalMs: t3 - t0, cpuMs: (cpu.user + cpu.system) / 1000, dbBytes: statSync(dbFile).size }
}

async function fresh<T>(options: { synchronous?: 'FULL' | 'NORMAL' }, body: (repo: Repository, dbFile: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), 'matome-bench-'))
  const dbFile = path.join(dir, 'bench.db')
  const repo = openSqliteRepository({ path: dbFile, ...options })
  try {
    return await body(repo, dbFile)
  } finally {
    await repo.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

function line(name: string, f: Figures): string {
  const rate = (f.articles / f.totalMs) * 1000
  const cpuRate = (f.articles / f.cpuMs) * 1000
  return `${name.padEnd(40)} ${String(f.articles).padStart(6)} ${String(f.inserted).padStart(8)} ${f.ingestMs.toFixed(0).padStart(9)} ${f.analyzeMs.toFixed(0).padStart(9)} ${f.dedupeMs.toFixed(0).padStart(8)} ${f.totalMs.toFixed(0).padStart(8)} ${rate.toFixed(0).padStart(10)} ${f.cpuMs.toFixed(0).padStart(7)} ${cpuRate.toFixed(0).padStart(10)} ${(f.dbBytes / 1e6).toFixed(1).padStart(6)}`
}

const best = (runs: Figures[]): Figures => runs.reduce((a, b) => (b.totalMs < a.totalMs ? b : a))

export async function run(args: string[]): Promise<void> {
  const repeat = Number(args.find((a) => a.startsWith('--repeat='))?.slice(9) ?? 3)
  const file = evalDataPath('livedoor-ldcc', 'dev.jsonl')
  console.log(`input ${file} (${(statSync(file).size / 1e6).toFixed(1)} MB); best of ${repeat} runs per row`)
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (figures scale with other load)`)
  console.log(`${'run'.padEnd(40)} ${'items'.padStart(6)} ${'inserted'.padStart(8)} ${'ingest ms'.padStart(9)} ${'analyze'.padStart(9)} ${'dedupe'.padStart(8)} ${'total'.padStart(8)} ${'articles/s'.padStart(10)} ${'cpu ms'.padStart(7)} ${'per cpu-s'.padStart(10)} ${'db MB'.padStart(6)}`)
  console.log('(ms are wall-clock; "per cpu-s" = articles per second of this process\'s CPU time, less sensitive to other load)')
  for (const synchronous of ['FULL', 'NORMAL'] as const) {
    const runs: Figures[] = []
    for (let i = 0; i < repeat; i++) runs.push(await fresh({ synchronous }, (repo, db) => ingestRun(file, repo, db)))
    console.log(line(`ingest+dedupe+store, synchronous=${synchronous}`, best(runs)))
  }
  const rerun = await fresh({}, async (repo, db) => {
    await ingestRun(file, repo, db)
    const runs: Figures[] = []
    for (let i = 0; i < repeat; i++) runs.push(await ingestRun(file, repo, db))
    return best(runs)
  })
  console.log(line('same input again (idempotent re-run)', rerun))

  if (args.includes('--skip-analysis')) return
  let analyze: Analyzer
  const t = performance.now()
  try {
    const { loadTokenizer } = await import('../src/runtime/load-tokenizer.ts')
    const { analyzeArticle } = await import('../src/analyze/pipeline.ts')
    const tokenizer = await loadTokenizer()
    analyze = (a) => analyzeArticle(a, { tokenizer })
  } catch (error) {
    console.log(`with analysis: not measured (analysis pipeline unavailable: ${(error as Error).message})`)
    return
  }
  console.log(`tokenizer loaded in ${(performance.now() - t).toFixed(0)} ms (once per process, not counted below)`)
  const withAnalysis = await fresh({}, (repo, db) => ingestRun(file, repo, db, analyze))
  console.log(line('ingest+analyze+dedupe+store', withAnalysis))
}
