/**
 * @module eval/ner
 * `npm run eval -- ner [--errors=N] [--limit=N]`: scores the `entities` stage on the development splits
 * of stockmark-ner and ud-gsd-ne (../shared/evaldata). Gold = entities whose `coarse` is PERSON,
 * ORGANIZATION or LOCATION; a prediction counts only with the exact span and type. Prints per-type
 * precision / recall / F1 and micro averages per dataset; `--errors=N` lists N false positives and
 * N false negatives per dataset (with the rule that fired) for error analysis; `--rules` prints each
 * rule's true and false positives; `--dataset=<name>` runs one set; `--split=even|odd` keeps the rows
 * whose id ends in an even / odd number (develop on even, report odd as a check against over-fitting).
 * The tokenizer runs once per sentence (each row is one sentence).
 */
import { readFileSync } from 'node:fs'
import type { EntityType } from '../src/core/doc.ts'
import { findEntityCandidates } from '../src/analyze/entities/index.ts'
import { loadTokenizer } from '../src/runtime/load-tokenizer.ts'
import { evalDataPath } from '../src/runtime/paths.ts'

const TYPES: readonly EntityType[] = ['PERSON', 'ORGANIZATION', 'LOCATION']
const DATASETS = ['stockmark-ner', 'ud-gsd-ne'] as const

type GoldRow = { id: string; text: string; entities: { span: [number, number]; coarse: string; type: string }[] }
type Counts = { tp: number; fp: number; fn: number }
type ErrorItem = { kind: 'FP' | 'FN'; id: string; text: string; span: string; type: string; detail: string }

function parseArgs(args: readonly string[]): Map<string, string> {
  const out = new Map<string, string>()
  for (const a of args) {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(a)
    if (m) out.set(m[1]!, m[2] ?? 'true')
  }
  return out
}

function f1(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp)
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn)
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) }
}

function row(label: string, c: Counts): string {
  const { p, r, f } = f1(c)
  return `${label.padEnd(14)} ${String(c.tp + c.fn).padStart(6)} ${String(c.tp + c.fp).padStart(6)} ${p.toFixed(3).padStart(7)} ${r.toFixed(3).padStart(7)} ${f.toFixed(3).padStart(7)}`
}

export async function run(args: string[]): Promise<void> {
  const opts = parseArgs(args)
  const errorCount = Number(opts.get('errors') ?? 0)
  const limit = Number(opts.get('limit') ?? Infinity)
  const only = opts.get('dataset')
  const split = opts.get('split')
  const parity = split === 'even' ? 0 : split === 'odd' ? 1 : undefined
  const tokenizer = await loadTokenizer()
  for (const dataset of DATASETS) {
    if (only !== undefined && only !== dataset) continue
    const rows = readFileSync(evalDataPath(dataset, 'dev.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as GoldRow)
      .filter((r) => parity === undefined || Number(/(\d+)$/.exec(r.id)?.[1] ?? 0) % 2 === parity)
      .slice(0, limit)
    const counts = new Map<EntityType, Counts>(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]))
    const errors: ErrorItem[] = []
    const byRule = new Map<string, { tp: number; fp: number }>()
    for (const r of rows) {
      const tokens = tokenizer.tokenize(r.text)
      const predicted = findEntityCandidates(r.text, [{ start: 0, end: r.text.length }], tokens, { tokenizer }).flatMap((c) => (c.type === 'OTHER' ? [] : [{ ...c, type: c.type }]))
      const gold = r.entities.filter((e) => (TYPES as readonly string[]).includes(e.coarse))
      const goldKeys = new Set(gold.map((e) => `${e.span[0]}:${e.span[1]}:${e.coarse}`))
      const predKeys = new Set(predicted.map((e) => `${e.start}:${e.end}:${e.type}`))
      for (const e of predicted) {
        const c = counts.get(e.type)!
        const ruleCounts = byRule.get(`${e.rule} ${e.type}`) ?? { tp: 0, fp: 0 }
        byRule.set(`${e.rule} ${e.type}`, ruleCounts)
        if (goldKeys.has(`${e.start}:${e.end}:${e.type}`)) {
          c.tp++
          ruleCounts.tp++
        } else {
          ruleCounts.fp++
          c.fp++
          const overlap = r.entities.find((g) => g.span[0] < e.end && e.start < g.span[1])
          const detail = `${e.rule}${overlap ? ` | gold: ${r.text.slice(overlap.span[0], overlap.span[1])}/${overlap.type}` : ''}`
          errors.push({ kind: 'FP', id: r.id, text: r.text, span: r.text.slice(e.start, e.end), type: e.type, detail })
        }
      }
      for (const g of gold) {
        if (predKeys.has(`${g.span[0]}:${g.span[1]}:${g.coarse}`)) continue
        counts.get(g.coarse as EntityType)!.fn++
        const overlap = predicted.find((e) => g.span[0] < e.end && e.start < g.span[1])
        const detail = overlap ? `pred: ${r.text.slice(overlap.start, overlap.end)}/${overlap.type} (${overlap.rule})` : 'missed'
        errors.push({ kind: 'FN', id: r.id, text: r.text, span: r.text.slice(g.span[0], g.span[1]), type: g.coarse, detail })
      }
    }
    const micro: Counts = { tp: 0, fp: 0, fn: 0 }
    for (const c of counts.values()) {
      micro.tp += c.tp
      micro.fp += c.fp
      micro.fn += c.fn
    }
    process.stdout.write(`\n${dataset} dev${split === undefined ? '' : ` ${split} ids`} (${rows.length} sentences; exact span + type)\n`)
    process.stdout.write(`${'type'.padEnd(14)} ${'gold'.padStart(6)} ${'pred'.padStart(6)} ${'P'.padStart(7)} ${'R'.padStart(7)} ${'F1'.padStart(7)}\n`)
    for (const t of TYPES) process.stdout.write(row(t, counts.get(t)!) + '\n')
    process.stdout.write(row('micro', micro) + '\n')
    if (opts.has('rules')) {
      process.stdout.write(`\n${'rule'.padEnd(40)} ${'TP'.padStart(5)} ${'FP'.padStart(5)} ${'P'.padStart(6)}\n`)
      for (const [rule, c] of [...byRule].sort()) {
        process.stdout.write(`${rule.padEnd(40)} ${String(c.tp).padStart(5)} ${String(c.fp).padStart(5)} ${(c.tp / (c.tp + c.fp)).toFixed(3).padStart(6)}\n`)
      }
    }
    if (errorCount > 0) {
      for (const kind of ['FP', 'FN'] as const) {
        const list = errors.filter((e) => e.kind === kind)
        process.stdout.write(`\n${kind} (${list.length}), first ${Math.min(errorCount, list.length)}:\n`)
        for (const e of list.slice(0, errorCount)) {
          process.stdout.write(`  ${e.id}  ${e.span}/${e.type}  [${e.detail}]  ${e.text.length > 70 ? e.text.slice(0, 70) + '…' : e.text}\n`)
        }
      }
    }
  }
}
