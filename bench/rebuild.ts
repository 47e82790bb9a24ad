/**
 * @module bench/rebuild
 * `npm run bench -- rebuild`: time and memory of the rebuild (app/rebuild: analysis of new
 * articles, duplicate groups, stories, topics, digests) over the livedoor-ldcc dev split ingested
 * into a fresh temporary SQLite store:
 *   1. the first rebuild (analyses every article, then builds every digest);
 *   2. a full rebuild again with the analyses stored (stories cleared first, so every digest is
 *      rebuilt: what a re-cluster of the store costs).
 * Memory is what matters at scale (the rebuild holds the whole store's clustering input): each row
 * gives the heap still in use after a garbage collection once the store is loaded and grouped
 * ("retained"), the most heap seen at the progress points ("peak heap", both minus the heap in
 * use before the run: the tokenizer's), and the process's peak RSS so far; and the store's size on
 * disk after the first rebuild. Option `--limit=N` ingests the first N articles only.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { rebuild } from '../src/app/rebuild.ts'
import { ingestSources } from '../src/ingest/ingest-sources.ts'
import { loadTokenizer } from '../src/runtime/load-tokenizer.ts'
import { evalDataPath } from '../src/runtime/paths.ts'
import { openSqliteRepository } from '../src/store/sqlite/sqlite-repository.ts'

setFlagsFromString('--expose_gc')
const gc = runInNewContext('gc') as () => void

function heapAfterGc(): number {
  gc()
  return process.memoryUsage().heapUsed
}

type Row = { name: string; seconds: number; cpu: number; retained: number; peak: number; rss: number }

export async function run(args: string[]): Promise<void> {
  const limit = Number(args.find((a) => a.startsWith('--limit='))?.slice(8) ?? Infinity)
  const dir = mkdtempSync(path.join(tmpdir(), 'matome-bench-rebuild-'))
  try {
    const lines = readFileSync(evalDataPath('livedoor-ldcc', 'dev.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '')
    const input = path.join(dir, 'articles.jsonl')
    writeFileSync(input, lines.slice(0, Number.isFinite(limit) ? limit : lines.length).join('\n') + '\n')
    const tokenizer = await loadTokenizer()
    const repo = openSqliteRepository({ path: path.join(dir, 'bench.db') })
    try {
      const summary = await ingestSources([input], { repository: repo, network: false })
      const base = heapAfterGc()
      const rows: Row[] = []
      for (const name of ['first rebuild (analyse + all digests)', 'full re-cluster (analyses stored)']) {
        if (rows.length > 0) await repo.replaceStories([])
        let retained = 0
        let peak = 0
        const probe = (message: string): void => {
          const used = heapAfterGc() - base
          peak = Math.max(peak, used)
          if (message.startsWith('grouped')) retained = used
        }
        const cpu0 = process.cpuUsage()
        const t0 = performance.now()
        const report = await rebuild(repo, { tokenizer, progress: probe })
        const seconds = (performance.now() - t0) / 1000
        const cpu = process.cpuUsage(cpu0)
        probe('end')
        rows.push({ name, seconds, cpu: (cpu.user + cpu.system) / 1e6, retained, peak, rss: process.resourceUsage().maxRSS * 1024 })
        if (rows.length === 1) {
          const bytes = ['bench.db', 'bench.db-wal'].reduce((sum, f) => sum + (statSync(path.join(dir, f), { throwIfNoEntry: false })?.size ?? 0), 0)
          process.stdout.write(`${summary.ingested} articles ingested; ${report.stories} stories, ${report.duplicateGroups} duplicate groups; store ${(bytes / 1e6).toFixed(0)} MB (${(bytes / 1024 / Math.max(1, summary.ingested)).toFixed(0)} KB per article, analyses included)\n`)
        }
      }
      process.stdout.write(`${'run'.padEnd(40)} ${'wall s'.padStart(7)} ${'CPU s'.padStart(7)} ${'retained MB'.padStart(12)} ${'KB/article'.padStart(11)} ${'peak heap MB'.padStart(13)} ${'peak RSS MB'.padStart(12)}\n`)
      for (const r of rows) {
        const perArticle = r.retained / 1024 / Math.max(1, summary.ingested)
        process.stdout.write(
          `${r.name.padEnd(40)} ${r.seconds.toFixed(1).padStart(7)} ${r.cpu.toFixed(1).padStart(7)} ${(r.retained / 1e6).toFixed(0).padStart(12)} ${perArticle.toFixed(0).padStart(11)} ${(r.peak / 1e6).toFixed(0).padStart(13)} ${(r.rss / 1e6).toFixed(0).padStart(12)}\n`,
        )
      }
    } finally {
      await repo.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
