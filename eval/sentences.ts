/**
 * @module eval/sentences
 * Sentence boundaries against the sentence lists of ../shared/evaldata/jawikinews-headline/dev.jsonl.
 * That data splits at every 。 — also inside 「…」, which matome keeps whole by design — so recall
 * is shown twice: on all gold boundaries, and on those outside brackets (the ones we mean to find).
 * Args: --limit=N, --errors=N (print that many boundaries we add).
 */
import { readFileSync } from 'node:fs'
import { splitSentences } from '../src/analyze/sentences/index.ts'
import { evalDataPath } from '../src/runtime/paths.ts'

type Row = { id: string; body: string; sentences: string[] }

const OPENERS = '「『（(【'
const CLOSERS = '」』）)】'

/** Whether `at` lies inside a bracket pair opened earlier in `text` (nesting depth > 0). */
function isInsideBrackets(text: string, at: number): boolean {
  let depth = 0
  for (let i = 0; i < at; i++) {
    if (OPENERS.includes(text[i] ?? '')) depth++
    else if (CLOSERS.includes(text[i] ?? '') && depth > 0) depth--
  }
  return depth > 0
}

export async function run(args: string[]): Promise<void> {
  const get = (key: string): string | undefined => args.find((a) => a.startsWith(`--${key}=`))?.slice(key.length + 3)
  const limit = Number(get('limit') ?? Infinity)
  const errors = Number(get('errors') ?? 0)
  const rows = readFileSync(evalDataPath('jawikinews-headline', 'dev.jsonl'), 'utf8')
    .split('\n').filter((l) => l.trim() !== '').slice(0, limit).map((l) => JSON.parse(l) as Row)
  let gold = 0, ours = 0, agree = 0, goldOutside = 0, agreeOutside = 0
  const added: string[] = []
  for (const row of rows) {
    const goldEnds = new Set<number>()
    let at = 0
    for (const s of row.sentences) {
      at = row.body.indexOf(s, at) + s.length
      goldEnds.add(at)
    }
    const ourEnds = new Set(splitSentences(row.body).map((s) => s.end))
    gold += goldEnds.size
    ours += ourEnds.size
    for (const end of ourEnds) {
      if (goldEnds.has(end)) agree++
      else added.push(`${row.id}  …${row.body.slice(Math.max(0, end - 25), end)}‖${row.body.slice(end, end + 12)}`)
    }
    for (const end of goldEnds) {
      if (isInsideBrackets(row.body, end)) continue
      goldOutside++
      if (ourEnds.has(end)) agreeOutside++
    }
  }
  const pct = (a: number, b: number): string => (b === 0 ? '  n/a' : (a / b).toFixed(3))
  process.stdout.write(`jawikinews-headline dev: ${rows.length} articles, ${gold} gold sentence ends, ${ours} ours\n`)
  process.stdout.write(`${'measure'.padEnd(44)} ${'value'.padStart(6)}\n`)
  process.stdout.write(`${'boundary precision'.padEnd(44)} ${pct(agree, ours).padStart(6)}\n`)
  process.stdout.write(`${'boundary recall (all gold ends)'.padEnd(44)} ${pct(agree, gold).padStart(6)}\n`)
  process.stdout.write(`${'boundary recall (gold ends outside brackets)'.padEnd(44)} ${pct(agreeOutside, goldOutside).padStart(6)}\n`)
  for (const line of added.slice(0, errors)) process.stdout.write(`  + ${line}\n`)
}
