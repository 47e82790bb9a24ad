/**
 * @module bench/analyze
 * Analysis throughput on the livedoor dev split (../shared/evaldata/livedoor-ldcc/dev.jsonl):
 * tokenizer start-up time; MB/s of UTF-8 body and articles/s for kuromoji as published (in a
 * process of its own, `_kuromoji-published.ts`, with its own start-up and peak memory), for
 * kuromoji with our lattice builder, for our tokens stage (sentences + overlay) and for the full
 * pipeline; peak memory; and, when `mecab` is on the PATH, MeCab's throughput on the same bodies
 * (stdin → /dev/null) and the ratio, in the same run.
 * The full pipeline is also broken down per stage: each stage's CPU time inside one
 * `analyzeArticle` run over every article (sentences, tokens, numbers, entities, dates, quotes).
 *
 * Args: --limit=N (articles, default all), --rounds=N (timed rounds, best kept, default 1),
 * --tokens-only (time the tokens stage alone and stop: for `valgrind --tool=cachegrind` instruction counts).
 * Identical-output check instead of timing (see `_analyze-identical.ts`): `--write-hashes=FILE`
 * hashes every stage's output per article; `--check-identical=FILE` compares a later run with it
 * (exit code 1 when anything differs).
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { analyzeArticle, buildPipeline, DEFAULT_STAGES, type AnyStage } from '../src/analyze/pipeline.ts'
import { splitSentences } from '../src/analyze/sentences/index.ts'
import { findNumbers } from '../src/analyze/numbers/index.ts'
import { normalizeForMatch } from '../src/analyze/normalize/index.ts'
import type { Token } from '../src/core/doc.ts'
import { loadKuromoji, loadTokenizer } from '../src/runtime/load-tokenizer.ts'
import { evalDataPath } from '../src/runtime/paths.ts'
import { compareHashes, formatComparison, hashArticles, writeHashes } from './_analyze-identical.ts'

/** A timed row: wall-clock seconds and CPU seconds (user + system) of the best round. */
type Row = { name: string; seconds: number; cpu: number; bytes: number; articles: number; note: string }
type Timing = { seconds: number; cpu: number }

function argValue(args: readonly string[], key: string): string | undefined {
  return args.find((a) => a.startsWith(`--${key}=`))?.slice(key.length + 3)
}

/** Best of `rounds` by CPU time: on a shared machine wall time measures the neighbours too. */
function timeBest(rounds: number, work: () => number | void): Timing {
  let best: Timing = { seconds: Infinity, cpu: Infinity }
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now()
    const c0 = process.cpuUsage()
    const childCpu = work()
    const c = process.cpuUsage(c0)
    const timing = { seconds: (performance.now() - t0) / 1000, cpu: typeof childCpu === 'number' ? childCpu : (c.user + c.system) / 1e6 }
    if (timing.cpu < best.cpu) best = timing
  }
  return best
}

/** Children's user + system seconds from the shell builtin `times` (second line). */
function parseTimes(output: string): number {
  const line = output.trim().split('\n').at(-1) ?? ''
  return [...line.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0)
}

function mecabRow(bodies: readonly string[], bytes: number, rounds: number): Row | string {
  const probe = spawnSync('mecab', ['--version'], { encoding: 'utf8' })
  if (probe.error !== undefined || probe.status !== 0) return 'mecab not found on PATH: MeCab comparison skipped (apt: mecab-ipadic-utf8, then mecab)'
  // one body per line, as MeCab reads lines; output discarded so only analysis is timed
  const input = bodies.map((b) => b.replace(/\r?\n/g, ' ')).join('\n') + '\n'
  let failure: string | undefined
  const timing = timeBest(rounds, () => {
    const run = spawnSync('sh', ['-c', 'mecab -o /dev/null && times'], { input, maxBuffer: 1 << 30, encoding: 'utf8' })
    if (run.status !== 0) failure = `mecab failed: ${run.stderr}`
    return parseTimes(run.stdout)
  })
  if (failure !== undefined) return failure
  return { name: 'MeCab (IPADIC, C++, incl. start-up)', ...timing, bytes, articles: bodies.length, note: probe.stdout.trim() }
}

/**
 * kuromoji as published, timed in a child process (`_kuromoji-published.ts`, its own loader and
 * memory), or why it could not be.
 */
function publishedRow(limit: number, rounds: number, bytes: number, articles: number): { row: Row; startup: number; maxRssMb: number } | string {
  const script = fileURLToPath(new URL('./_kuromoji-published.ts', import.meta.url))
  const args = [...process.execArgv, script, ...(Number.isFinite(limit) ? [`--limit=${limit}`] : []), `--rounds=${rounds}`]
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, MATOME_KUROMOJI_PLAIN: '1' }, maxBuffer: 1 << 24 })
  const line = run.stdout?.trim().split('\n').at(-1) ?? ''
  if (run.status !== 0 || !line.startsWith('{')) return `kuromoji as published could not be timed: ${run.stderr?.trim() || `exit ${run.status}`}`
  const r = JSON.parse(line) as { startup: number; cpu: number; wall: number; maxRssMb: number }
  return {
    row: { name: 'kuromoji as published (own process, whole body)', seconds: r.wall, cpu: r.cpu, bytes, articles, note: '' },
    startup: r.startup,
    maxRssMb: r.maxRssMb,
  }
}

/**
 * The default stages, each wrapped to add its CPU time (user + system) to `spent[name]`: one
 * full-pipeline run then yields the cost of every stage in context.
 */
function timedStages(spent: Map<string, number>): AnyStage[] {
  return DEFAULT_STAGES.map((stage) => {
    const inner = stage.run as (...a: Parameters<AnyStage['run']>) => unknown
    return {
      ...stage,
      run(doc, ctx) {
        const c0 = process.cpuUsage()
        const layer = inner(doc, ctx)
        const c = process.cpuUsage(c0)
        spent.set(stage.name, (spent.get(stage.name) ?? 0) + (c.user + c.system) / 1e6)
        return layer
      },
    } as AnyStage
  })
}

type Articles = readonly { id: string; body: string; date?: string }[]

function toArticle(a: Articles[number]): { id: string; body: string; publishedAt?: string } {
  return { id: a.id, body: a.body, ...(a.date === undefined ? {} : { publishedAt: a.date.slice(0, 10) }) }
}

/** `--write-hashes` / `--check-identical`: hash every stage's output per article instead of timing. */
async function identicalCheck(articles: Articles, writeFile: string | undefined, checkFile: string | undefined): Promise<void> {
  const tokenizer = await loadTokenizer()
  const c0 = process.cpuUsage()
  const hashes = hashArticles(articles.map(toArticle), tokenizer)
  const c = process.cpuUsage(c0)
  process.stdout.write(`hashed ${hashes.length} articles (full pipeline, ${((c.user + c.system) / 1e6).toFixed(2)} CPU s)\n`)
  if (writeFile !== undefined) {
    writeHashes(writeFile, hashes)
    process.stdout.write(`wrote ${writeFile}\n`)
  }
  if (checkFile !== undefined) {
    const { lines, identical } = formatComparison(checkFile, compareHashes(checkFile, hashes))
    process.stdout.write(lines.join('\n') + '\n')
    if (!identical) process.exitCode = 1
  }
}

export async function run(args: string[]): Promise<void> {
  const limit = Number(argValue(args, 'limit') ?? Infinity)
  const rounds = Math.max(1, Number(argValue(args, 'rounds') ?? 1))
  const lines = readFileSync(evalDataPath('livedoor-ldcc', 'dev.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '')
  const articles = lines.slice(0, limit).map((l) => JSON.parse(l) as { id: string; body: string; date?: string })
  const bodies = articles.map((a) => a.body)
  const bytes = bodies.reduce((sum, b) => sum + Buffer.byteLength(b, 'utf8'), 0)
  const writeFile = argValue(args, 'write-hashes')
  const checkFile = argValue(args, 'check-identical')
  if (writeFile !== undefined || checkFile !== undefined) return identicalCheck(articles, writeFile, checkFile)

  const t0 = performance.now()
  const kuromoji = await loadKuromoji()
  const kuromojiStartup = (performance.now() - t0) / 1000
  const t1 = performance.now()
  const tokenizer = await loadTokenizer()
  const overlayStartup = (performance.now() - t1) / 1000
  const rssAfterLoad = process.resourceUsage().maxRSS / 1024

  let sink = 0
  const tokensStage = (): void => {
    for (const b of bodies) {
      const out: Token[] = []
      for (const s of splitSentences(b)) out.push(...tokenizer.tokenize(b.slice(s.start, s.end), s.start))
      sink += out.length
    }
  }
  if (args.includes('--tokens-only')) {
    // the tokens stage alone, for a profiler or an instruction counter (see docs/tokenizer-performance.md)
    const t = timeBest(rounds, tokensStage)
    process.stdout.write(`tokens stage: ${bodies.length} articles, ${t.cpu.toFixed(3)} CPU s (best of ${rounds}), ${(bytes / 1e6 / t.cpu).toFixed(2)} MB/s${sink > 0 ? '' : ' (no tokens?)'}\n`)
    return
  }
  const rows: Row[] = []
  const published = publishedRow(limit, rounds, bytes, bodies.length)
  if (typeof published !== 'string') rows.push(published.row)
  rows.push({
    name: 'kuromoji, our lattice builder (whole body)', bytes, articles: bodies.length, note: '',
    ...timeBest(rounds, () => { for (const b of bodies) sink += kuromoji.tokenize(b).length }),
  })
  rows.push({
    name: 'tokens stage (sentences + overlay + kuromoji)', bytes, articles: bodies.length, note: '',
    ...timeBest(rounds, tokensStage),
  })
  const stageCpu = new Map<string, number>()
  const timedPipeline = buildPipeline(timedStages(stageCpu))
  // the stage split of the round with the least CPU time ('' = outside the stages)
  let bestStages = new Map<string, number>()
  let bestTotal = Infinity
  rows.push({
    name: 'full pipeline (analyzeArticle, default stages)', bytes, articles: bodies.length, note: '',
    ...timeBest(rounds, () => {
      stageCpu.clear()
      const c0 = process.cpuUsage()
      for (const a of articles) {
        const doc = analyzeArticle(toArticle(a), { tokenizer, pipeline: timedPipeline })
        sink += Object.keys(doc.layers).length
      }
      const c = process.cpuUsage(c0)
      const total = (c.user + c.system) / 1e6
      if (total < bestTotal) {
        bestTotal = total
        bestStages = new Map(stageCpu)
        bestStages.set('', total - [...stageCpu.values()].reduce((x, y) => x + y, 0))
      }
    }),
  })
  for (const [name, cpu] of bestStages) {
    rows.push({ name: name === '' ? '  └ outside the stages (runner, GC threads)' : `  └ stage ${name} (in the full pipeline)`, seconds: NaN, cpu, bytes, articles: bodies.length, note: '' })
  }
  for (const [name, work] of [
    ['sentences alone (splitSentences)', (b: string) => splitSentences(b).length],
    ['numbers alone (findNumbers)', (b: string) => findNumbers(b).length],
    ['normalizeForMatch (for entities, dedupe)', (b: string) => normalizeForMatch(b).text.length],
  ] as const) {
    rows.push({ name, bytes, articles: bodies.length, note: '', ...timeBest(rounds, () => { for (const b of bodies) sink += work(b) }) })
  }
  const mecab = mecabRow(bodies, bytes, rounds)
  if (typeof mecab !== 'string') rows.push(mecab)

  const mb = bytes / 1e6
  process.stdout.write(`livedoor-ldcc dev: ${bodies.length} articles, ${mb.toFixed(2)} MB UTF-8 body, best of ${rounds} round(s)\n\n`)
  process.stdout.write('MB/s and articles/s are per CPU second (one core); wall seconds depend on the machine\'s other load.\n')
  process.stdout.write(`${'what'.padEnd(48)} ${'wall s'.padStart(7)} ${'CPU s'.padStart(7)} ${'MB/s'.padStart(7)} ${'articles/s'.padStart(11)}\n`)
  for (const row of rows) {
    process.stdout.write(`${row.name.padEnd(48)} ${(Number.isNaN(row.seconds) ? '—' : row.seconds.toFixed(2)).padStart(7)} ${row.cpu.toFixed(2).padStart(7)} ${(mb / row.cpu).toFixed(2).padStart(7)} ${(row.articles / row.cpu).toFixed(1).padStart(11)}${row.note === '' ? '' : `  (${row.note})`}\n`)
  }
  process.stdout.write('\n')
  if (typeof mecab === 'string') {
    process.stdout.write(`${mecab}\n`)
  } else {
    for (const row of rows.filter((r) => r !== mecab && (r.name.startsWith('kuromoji') || r.name.startsWith('tokens') || r.name.startsWith('full')))) {
      process.stdout.write(`MeCab is ${(row.cpu / mecab.cpu).toFixed(1)}× faster (CPU time) than: ${row.name}\n`)
    }
  }
  const versionNote = sink > 0 ? '' : ' (no tokens?)'
  process.stdout.write(`tokenizer start-up: kuromoji dictionary ${kuromojiStartup.toFixed(2)} s, user-dictionary overlay ${overlayStartup.toFixed(3)} s${versionNote}\n`)
  process.stdout.write(`peak memory (maxRSS): after load ${rssAfterLoad.toFixed(0)} MB, end of run ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`)
  if (typeof published === 'string') process.stdout.write(`${published}\n`)
  else process.stdout.write(`kuromoji as published (own process): start-up ${published.startup.toFixed(2)} s, peak memory ${published.maxRssMb.toFixed(0)} MB\n`)
}
