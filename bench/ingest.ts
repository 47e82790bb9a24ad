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
 *
 * PostgreSQL (`--pg` for a throwaway local cluster with fsync on, or `--db=postgres://…`): rows 1–2
 * again into a fresh schema of that server, through `PostgresRepository`. Its CPU column adds the
 * server's CPU time (postmaster and backends, from /proc) when the cluster is the throwaway one —
 * with PostgreSQL much of the work runs in the server; for a given URL only this process is counted.
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
import { openPostgresRepository, isPostgresUrl, redactUrl } from '../src/store/postgres/postgres-repository.ts'
import { clusterCpuMs, startTestServer } from '../src/store/postgres/throwaway-cluster.ts'

type Analyzer = (article: { id: string; body: string; title?: string; publishedAt?: string }) => AnalyzedDoc

type Figures = { articles: number; inserted: number; ingestMs: number; analyzeMs: number; dedupeMs: number; totalMs: number; cpuMs: number; dbBytes: number }

/** A store under test: the repository, its size on disk, and CPU spent outside this process (a database server). */
type BenchStore = { repo: Repository; bytes: () => Promise<number>; serverCpuMs: () => number }

/** Ingest the file, then (optionally) analyse and dedupe what was new; all timed. */
async function ingestRun(file: string, repo: Repository, dbFile: string | BenchStore, analyze?: Analyzer): Promise<Figures> {
  const store = typeof dbFile === 'string' ? undefined : dbFile
  const server0 = store?.serverCpuMs() ?? 0
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
  const serverMs = (store?.serverCpuMs() ?? 0) - server0
  const articlesSeen = summary.ingested + summary.unchanged + summary.duplicates
  const dbBytes = store === undefined ? statSync(dbFile as string).size : await store.bytes()
  return { articles: articlesSeen, inserted: summary.ingested, ingestMs: t1 - t0, analyzeMs, dedupeMs: t3 - t2, totalMs: t3 - t0, cpuMs: (cpu.user + cpu.system) / 1000 + serverMs, dbBytes }
}

/** A fresh schema on a PostgreSQL server, dropped afterwards. */
async function freshPg<T>(url: string, serverCpuMs: () => number, body: (store: BenchStore) => Promise<T>): Promise<T> {
  const schema = `matome_bench_${process.pid}_${++pgRuns}`
  const repo = openPostgresRepository({ url, schema })
  const store: BenchStore = {
    repo,
    serverCpuMs,
    bytes: async () => {
      const [row] = await repo.sql<{ bytes: string }[]>`SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0)::text AS bytes
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ${schema} AND c.relkind = 'r'`
      return Number(row?.bytes ?? 0)
    },
  }
  try {
    await repo.migrate()
    return await body(store)
  } finally {
    await repo.sql.unsafe(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
    await repo.close()
  }
}
let pgRuns = 0

/** Rows 1–2 on PostgreSQL: `--db=postgres://…`, or `--pg` for a throwaway local cluster (fsync on). */
async function runPostgres(file: string, args: string[], repeat: number): Promise<void> {
  const dbArg = args.find((a) => a.startsWith('--db='))?.slice(5)
  let url = isPostgresUrl(dbArg) ? dbArg : undefined
  let stop = (): void => undefined
  let serverCpuMs = (): number => 0
  if (url === undefined) {
    if (!args.includes('--pg')) return
    const started = await startTestServer({}, { durable: true })
    if (started.server === undefined) {
      console.log(`PostgreSQL: not measured (${started.reason})`)
      return
    }
    const { server } = started
    url = server.url
    stop = server.stop
    const dataDir = server.dataDir
    if (dataDir !== undefined && clusterCpuMs(dataDir) !== undefined) serverCpuMs = () => clusterCpuMs(dataDir) ?? 0
  }
  const pgUrl = url
  console.log(`PostgreSQL at ${redactUrl(pgUrl)}${serverCpuMs() > 0 ? ' (throwaway cluster, fsync on; cpu ms include the server\'s)' : ' (cpu ms: this process only)'}`)
  try {
    const runs: Figures[] = []
    for (let i = 0; i < repeat; i++) runs.push(await freshPg(pgUrl, serverCpuMs, (store) => ingestRun(file, store.repo, store)))
    console.log(line('ingest+dedupe+store, PostgreSQL', best(runs)))
    const rerun = await freshPg(pgUrl, serverCpuMs, async (store) => {
      await ingestRun(file, store.repo, store)
      const again: Figures[] = []
      for (let i = 0; i < repeat; i++) again.push(await ingestRun(file, store.repo, store))
      return best(again)
    })
    console.log(line('same input again, PostgreSQL', rerun))
  } finally {
    stop()
  }
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
  await runPostgres(file, args, repeat)

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
