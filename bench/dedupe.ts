/**
 * @module bench/dedupe
 * `npm run bench -- dedupe`: time of near-duplicate grouping (`groupNearDuplicates`: normalise,
 * shingle, MinHash, LSH buckets, verification, union–find) for 2k, 8k and 32k articles, made by
 * replicating the dev bodies of livedoor-ldcc and jawikinews-headline with seeded syndicated
 * variants (eval/dedupe.ts). Growth should be about linear: the µs/article column stays flat.
 * Options: `--sizes=2000,8000,32000`, `--seed=N`, `--window=N` (near-duplicate window, default all).
 */
import { cpus, loadavg } from 'node:os'
import { DuplicateIndex, type DedupeInput } from '../src/dedupe/index.ts'
import { createRandom } from '../src/core/prng.ts'
import { loadSourceArticles, makeVariant } from '../eval/dedupe.ts'

/** `n` articles: the originals first, then variants of them, round-robin, shuffled (seeded). */
function corpus(n: number, seed: number): DedupeInput[] {
  const sources = loadSourceArticles('both')
  const rnd = createRandom(seed)
  const out: DedupeInput[] = []
  for (let i = 0; i < n; i++) {
    const source = sources[i % sources.length]!
    out.push(i < sources.length ? source : makeVariant(source, i, rnd).article)
  }
  return out.sort(() => rnd() - 0.5)
}

export async function run(args: string[]): Promise<void> {
  const sizes = (args.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '2000,8000,32000').split(',').map(Number)
  const seed = Number(args.find((a) => a.startsWith('--seed='))?.slice(7) ?? 7)
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (figures scale with other load)`)
  console.log(`${'articles'.padStart(8)} ${'chars'.padStart(11)} ${'ms'.padStart(8)} ${'µs/article'.padStart(11)} ${'articles/s'.padStart(11)} ${'cpu ms'.padStart(8)} ${'cpu µs/art.'.padStart(12)} ${'verified'.padStart(9)} ${'groups'.padStart(7)}`)
  const windowArg = args.find((a) => a.startsWith('--window='))?.slice(9)
  const window = windowArg === undefined ? undefined : Number(windowArg)
  for (const n of sizes) {
    const items = corpus(n, seed)
    const chars = items.reduce((sum, a) => sum + a.body.length, 0)
    const cpu0 = process.cpuUsage()
    const start = performance.now()
    const index = new DuplicateIndex(window === undefined ? {} : { window })
    index.precount(items)
    for (const item of items) index.add(item)
    const results = index.results()
    const ms = performance.now() - start
    const cpu = process.cpuUsage(cpu0)
    const cpuMs = (cpu.user + cpu.system) / 1000
    const groups = new Set(results.map((r) => r.group)).size
    const perArticle = (ms * 1000) / n
    console.log(`${String(n).padStart(8)} ${String(chars).padStart(11)} ${ms.toFixed(0).padStart(8)} ${perArticle.toFixed(0).padStart(11)} ${((n / ms) * 1000).toFixed(0).padStart(11)} ${cpuMs.toFixed(0).padStart(8)} ${((cpuMs * 1000) / n).toFixed(0).padStart(12)} ${String(index.verifications).padStart(9)} ${String(groups).padStart(7)}`)
  }
  console.log('µs/article about constant across sizes = linear growth (LSH buckets, never all pairs);')
  console.log('"verified" = candidate pairs checked on their shingle sets; it grows with copies per original (sizes/3,254).')
}
