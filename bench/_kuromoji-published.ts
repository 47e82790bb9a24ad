/**
 * @module bench/_kuromoji-published
 * Child process of `bench/analyze.ts`: @patdx/kuromoji exactly as published (its own loader,
 * lattice builder and objects; `MATOME_KUROMOJI_PLAIN=1`), timed in a process of its own so its
 * start-up and peak memory are its own too. Tokenizes each body of the livedoor dev split with
 * kuromoji's public `tokenize` and prints one JSON line: { startup, cpu, wall, maxRssMb, tokens }.
 * Args: --limit=N, --rounds=N (best CPU time kept).
 */
import { readFileSync } from 'node:fs'
import { loadKuromoji } from '../src/runtime/load-tokenizer.ts'
import { evalDataPath } from '../src/runtime/paths.ts'

const arg = (key: string): string | undefined => process.argv.find((a) => a.startsWith(`--${key}=`))?.slice(key.length + 3)
const limit = Number(arg('limit') ?? Infinity)
const rounds = Math.max(1, Number(arg('rounds') ?? 1))
if (process.env['MATOME_KUROMOJI_PLAIN'] !== '1') throw new Error('run with MATOME_KUROMOJI_PLAIN=1 (kuromoji as published)')
const bodies = readFileSync(evalDataPath('livedoor-ldcc', 'dev.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '')
  .slice(0, limit).map((l) => (JSON.parse(l) as { body: string }).body)
const t0 = performance.now()
const kuromoji = await loadKuromoji()
const startup = (performance.now() - t0) / 1000
let best = { cpu: Infinity, wall: Infinity }
let tokens = 0
for (let r = 0; r < rounds; r++) {
  const w0 = performance.now()
  const c0 = process.cpuUsage()
  tokens = 0
  for (const b of bodies) tokens += kuromoji.tokenize(b).length
  const c = process.cpuUsage(c0)
  const cpu = (c.user + c.system) / 1e6
  if (cpu < best.cpu) best = { cpu, wall: (performance.now() - w0) / 1000 }
}
process.stdout.write(JSON.stringify({ startup, ...best, maxRssMb: process.resourceUsage().maxRSS / 1024, tokens }) + '\n')
