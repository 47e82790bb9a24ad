/**
 * @module eval/ner
 * `npm run eval -- ner`: scores the `entities` stage on the development splits of stockmark-ner and
 * ud-gsd-ne (../shared/evaldata). Gold = entities whose `coarse` is PERSON, ORGANIZATION or LOCATION;
 * a prediction counts only with the exact span and type. Per-type precision / recall / F1 and micro
 * averages per dataset, for three set-ups (`--model=`, default `rules,cv`):
 * - `rules`: the hand-written rules alone (no learned tagger);
 * - `cv`: the rules plus the learned tagger, by 5-fold cross-validation — each fold is scored by a
 *   tagger trained on the other four folds of both sets (stockmark folds keep a Wikipedia page
 *   together, ud-gsd folds are blocks of consecutive sentences). This is the honest figure for the
 *   shipped set-up, whose tagger (`data/ner-model.json`, `npm run train:ner`) is trained on all folds;
 * - `shipped`: the bundled tagger — trained on these very rows, so it is a check of the file, not a
 *   measure of quality.
 * `--blind-gazetteer` removes from the gazetteer every name that is a gold entity anywhere in the two
 * sets (a lower bound: the gazetteer was partly grown while reading these sets' errors).
 * `--seeds=N` repeats the cross-validation with N sets of training seeds and prints the mean and
 * spread of micro F1 (the perceptron's shuffle order moves ud-gsd by about ±0.01).
 * `--errors=N` lists N false positives and negatives per dataset for the last set-up; `--rules` prints
 * each rule's true and false positives; `--dataset=<name>` scores one set; `--split=even|odd` scores
 * the rows whose id ends in an even / odd number; `--epochs=N` sets the training epochs (default 10);
 * `--model-file=PATH` scores a tagger file (`npm run train:ner -- --out=PATH`) in place of the bundled
 * one for `shipped`; `--norp-org` trains ud-gsd's NORP spans that the rules find as organisations
 * (parties, religious bodies) as ORGANIZATION (see `trainingExample`).
 *
 * Three hand-labelled sets (eval/_ner-news.ts), `jawikinews-news` (160 Japanese Wikinews
 * sentences), `livedoor-news` (120 livedoor news sentences) and `livedoor-web` (200 sentences of
 * livedoor columns and blogs), are printed after the two for the
 * `rules` and `shipped` set-ups. No tagger was trained on them and no rule tuned against them, so
 * `shipped` is a fair measure of the product there; `cv` does not apply. `--dataset=<news set>`
 * scores one alone (default set-ups then `rules,shipped`); `--split` picks articles by their id's parity.
 */
import { readFileSync } from 'node:fs'
import type { EntityType } from '../src/core/doc.ts'
import { deserializeTagger, type TaggerModelFile } from '../src/analyze/entities/model/model-file.ts'
import { findEntityCandidates, defaultTagger, type Gazetteer, type TaggerModel } from '../src/analyze/entities/index.ts'
import { DEFAULT_GAZETTEER } from '../src/analyze/entities/gazetteer.ts'
import { train, type TrainingExample } from '../src/analyze/entities/model/perceptron.ts'
import type { Tokenizer } from '../src/analyze/tokens/tokenizer.ts'
import { loadTokenizer } from '../src/runtime/load-tokenizer.ts'
import { FOLDS, loadNerRows, NER_DATASETS, SCORED_TYPES, trainingExample, type NerRow } from './_ner-data.ts'
import { loadNewsNerRows, NEWS_DATASETS, newsSet } from './_ner-news.ts'

type Counts = { tp: number; fp: number; fn: number }
type ErrorItem = { kind: 'FP' | 'FN'; id: string; text: string; span: string; type: string; detail: string }
type Prediction = { start: number; end: number; type: EntityType; rule: string }
/** What scoring needs of a row (stockmark / ud-gsd rows and the news rows alike). */
type ScoredRow = Pick<NerRow, 'id' | 'text' | 'tokens' | 'gold'>

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

/** Micro-averaged counts over the types. */
function microOf(counts: ReadonlyMap<EntityType, Counts>): Counts {
  const micro: Counts = { tp: 0, fp: 0, fn: 0 }
  for (const c of counts.values()) {
    micro.tp += c.tp
    micro.fp += c.fp
    micro.fn += c.fn
  }
  return micro
}

function line(label: string, c: Counts): string {
  const { p, r, f } = f1(c)
  return `${label.padEnd(14)} ${String(c.tp + c.fn).padStart(6)} ${String(c.tp + c.fp).padStart(6)} ${p.toFixed(3).padStart(7)} ${r.toFixed(3).padStart(7)} ${f.toFixed(3).padStart(7)}`
}

function predict(row: ScoredRow, tokenizer: Tokenizer, tagger: TaggerModel | null, gazetteer: Gazetteer, margin?: number): Prediction[] {
  const base = { tokenizer, tagger, gazetteer, taggerInvents: invent }
  const options = margin === undefined ? base : { ...base, taggerMargin: margin }
  return findEntityCandidates(row.text, [{ start: 0, end: row.text.length }], row.tokens, options).flatMap((c) =>
    c.type === 'OTHER' ? [] : [{ start: c.start, end: c.end, type: c.type, rule: c.rule }],
  )
}

/** `--invent`: let the tagger add spans where no rule proposed one (off in the product). */
let invent = false

type Scored = { counts: Map<EntityType, Counts>; errors: ErrorItem[]; byRule: Map<string, { tp: number; fp: number }> }

function score(rows: readonly ScoredRow[], predictions: ReadonlyMap<ScoredRow, Prediction[]>): Scored {
  const counts = new Map<EntityType, Counts>(SCORED_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]))
  const errors: ErrorItem[] = []
  const byRule = new Map<string, { tp: number; fp: number }>()
  for (const r of rows) {
    const predicted = predictions.get(r) ?? []
    const goldKeys = new Set(r.gold.map((e) => `${e.start}:${e.end}:${e.type}`))
    const predKeys = new Set(predicted.map((e) => `${e.start}:${e.end}:${e.type}`))
    for (const e of predicted) {
      const c = counts.get(e.type)!
      const ruleCounts = byRule.get(`${e.rule} ${e.type}`) ?? { tp: 0, fp: 0 }
      byRule.set(`${e.rule} ${e.type}`, ruleCounts)
      if (goldKeys.has(`${e.start}:${e.end}:${e.type}`)) {
        c.tp++
        ruleCounts.tp++
        continue
      }
      c.fp++
      ruleCounts.fp++
      const overlap = r.gold.find((g) => g.start < e.end && e.start < g.end)
      const detail = `${e.rule}${overlap ? ` | gold: ${r.text.slice(overlap.start, overlap.end)}/${overlap.label}` : ''}`
      errors.push({ kind: 'FP', id: r.id, text: r.text, span: r.text.slice(e.start, e.end), type: e.type, detail })
    }
    for (const g of r.gold) {
      if (predKeys.has(`${g.start}:${g.end}:${g.type}`)) continue
      counts.get(g.type)!.fn++
      const overlap = predicted.find((e) => g.start < e.end && e.start < g.end)
      const detail = overlap ? `pred: ${r.text.slice(overlap.start, overlap.end)}/${overlap.type} (${overlap.rule})` : 'missed'
      errors.push({ kind: 'FN', id: r.id, text: r.text, span: r.text.slice(g.start, g.end), type: g.type, detail })
    }
  }
  return { counts, errors, byRule }
}

/** The gazetteer without any name that is a gold entity in the rows. */
function blindGazetteer(rows: readonly NerRow[]): Gazetteer {
  const goldNames = new Set(rows.flatMap((r) => r.targets.map((g) => r.text.slice(g.start, g.end))))
  const names = new Map([...DEFAULT_GAZETTEER.names].filter(([name]) => !goldNames.has(name)))
  const abbreviations = new Map([...DEFAULT_GAZETTEER.abbreviations].filter(([name]) => !goldNames.has(name)))
  return { ...DEFAULT_GAZETTEER, names, abbreviations }
}

export async function run(args: string[]): Promise<void> {
  const opts = parseArgs(args)
  const errorCount = Number(opts.get('errors') ?? 0)
  const only = opts.get('dataset')
  const split = opts.get('split')
  const parity = split === 'even' ? 0 : split === 'odd' ? 1 : undefined
  const newsOnly = only !== undefined && NEWS_DATASETS.includes(only)
  const modes = (opts.get('model') ?? (newsOnly ? 'rules,shipped' : 'rules,cv')).split(',')
  invent = opts.has('invent')
  const epochs = Number(opts.get('epochs') ?? 10)
  const tokenizer = await loadTokenizer()
  // the news set alone needs the other two only to blind the gazetteer
  const all = newsOnly && !opts.has('blind-gazetteer') ? [] : loadNerRows(tokenizer)
  const gazetteer = opts.has('blind-gazetteer') ? blindGazetteer(all) : DEFAULT_GAZETTEER
  const scoredRows = all.filter((r) => (only === undefined || r.dataset === only) && (parity === undefined || Number(/(\d+)$/.exec(r.id)?.[1] ?? 0) % 2 === parity))
  const results = new Map<string, Map<ScoredRow, Prediction[]>>()
  const udWeight = Number(opts.get('ud-weight') ?? 1)
  const seeds = Number(opts.get('seeds') ?? 1)
  // drop features whose averaged weights all stay below this, as `npm run train:ner` does (1)
  const prune = Number(opts.get('prune') ?? 1)
  const label: Record<string, string> = {
    rules: 'rules only (the default)',
    cv: `rules + tagger, ${FOLDS}-fold cross-validation`,
    shipped: 'rules + bundled tagger, trained on these rows: a check of the file, not a quality measure',
  }
  for (const mode of modes) {
    if (newsOnly) break
    const predictions = new Map<NerRow, Prediction[]>()
    const started = process.cpuUsage()
    if (mode === 'rules' || mode === 'shipped') {
      const tagger = mode === 'rules' ? null : shippedTagger(opts.get('model-file'))
      for (const r of scoredRows) predictions.set(r, predict(r, tokenizer, tagger, gazetteer))
    } else if (mode === 'cv') {
      const withoutOther = (r: NerRow): NerRow => (opts.has('no-other') ? { ...r, targets: r.targets.filter((t) => t.type !== 'OTHER') } : r)
      const examples = new Map(all.map((r) => [r, trainingExample(withoutOther(r), tokenizer, gazetteer, opts.has('norp-org'))]))
      const margins = opts.has('margins') ? opts.get('margins')!.split(',').map(Number) : [undefined]
      for (let run = 0; run < seeds; run++) {
        const byMargin = margins.map(() => new Map<NerRow, Prediction[]>())
        for (let fold = 0; fold < FOLDS; fold++) {
          const training = all.filter((r) => r.fold !== fold).flatMap((r) => Array<TrainingExample>(r.dataset === 'ud-gsd-ne' ? udWeight : 1).fill(examples.get(r)!))
          const model = train(training, { epochs, seed: fold + 1 + 100 * run, prune })
          for (const r of scoredRows) if (r.fold === fold) margins.forEach((m, i) => byMargin[i]!.set(r, predict(r, tokenizer, model, gazetteer, m)))
        }
        const suffix = run === 0 ? '' : `#${run + 1}`
        margins.forEach((m, i) => {
          const key = `cv${m === undefined ? '' : `@${m}`}${suffix}`
          results.set(key, byMargin[i]!)
          label[key] = `${label['cv']}${m === undefined ? '' : `, margin ${m}`}${run === 0 ? '' : `, training seeds run ${run + 1}`}`
        })
      }
      continue
    } else {
      throw new Error(`--model: unknown set-up ${mode} (rules, cv, shipped)`)
    }
    const cpu = process.cpuUsage(started)
    results.set(mode, predictions)
    process.stdout.write(`${mode}: ${((cpu.user + cpu.system) / 1e6).toFixed(1)} CPU s\n`)
  }
  for (const dataset of NER_DATASETS) {
    if (only !== undefined && only !== dataset) continue
    const rows = scoredRows.filter((r) => r.dataset === dataset)
    let last: Scored | undefined
    for (const [mode, predictions] of results) {
      last = score(rows, predictions)
      const micro = microOf(last.counts)
      const setup = `${label[mode]}${opts.has('blind-gazetteer') ? ', blind gazetteer' : ''}`
      printTable(`${dataset} dev${split === undefined ? '' : ` ${split} ids`} (${rows.length} sentences; exact span + type) — ${setup}`, last.counts, micro)
    }
    const plainRuns = [...results.keys()].filter((key) => key === 'cv' || /^cv#\d+$/.test(key)).length
    if (seeds > 1 && plainRuns > 1) {
      const f1s = [...results].filter(([key]) => key === 'cv' || /^cv#\d+$/.test(key)).map(([, p]) => {
        return f1(microOf(score(rows, p).counts)).f
      })
      const mean = f1s.reduce((a, b) => a + b, 0) / f1s.length
      const sd = Math.sqrt(f1s.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, f1s.length - 1))
      process.stdout.write(`\n${dataset}: cross-validated micro F1 over ${f1s.length} training-seed runs: mean ${mean.toFixed(3)} ± ${sd.toFixed(3)} (${f1s.map((f) => f.toFixed(3)).join(', ')})\n`)
    }
    if (last === undefined) continue
    printDetails(last, opts.has('rules'), errorCount)
  }
  // ---- the hand-labelled news sets (never trained on, never tuned against) ----
  for (const name of NEWS_DATASETS) {
    if (only !== undefined && only !== name) continue
    const newsRows = loadNewsNerRows(tokenizer, name).filter((r) => parity === undefined || r.article % 2 === parity)
    const newsLabel: Record<string, string> = {
      rules: 'rules only (the default)',
      shipped: 'rules + bundled tagger (opt-in), never trained on this set',
    }
    let last: Scored | undefined
    for (const mode of modes) {
      if (mode !== 'rules' && mode !== 'shipped') {
        process.stdout.write(`\n${name}: set-up ${mode} not scored (only rules and shipped apply; shipped is already blind here)\n`)
        continue
      }
      const tagger = mode === 'rules' ? null : shippedTagger(opts.get('model-file'))
      const started = process.cpuUsage()
      const predictions = new Map<ScoredRow, Prediction[]>(newsRows.map((r) => [r, predict(r, tokenizer, tagger, gazetteer)]))
      const cpu = process.cpuUsage(started)
      last = score(newsRows, predictions)
      const micro = microOf(last.counts)
      const setup = `${newsLabel[mode]}${opts.has('blind-gazetteer') ? ', blind gazetteer' : ''}`
      process.stdout.write(`\n${name} ${mode}: ${((cpu.user + cpu.system) / 1e6).toFixed(1)} CPU s`)
      printTable(`${name}${split === undefined ? '' : ` ${split} article ids`} (${newsRows.length} hand-labelled ${newsSet(name).what} sentences; exact span + type) — ${setup}`, last.counts, micro)
    }
    if (last !== undefined) printDetails(last, opts.has('rules'), errorCount)
  }
}

/** The bundled tagger, or the one in `--model-file=PATH` (a file `npm run train:ner -- --out=PATH` wrote). */
function shippedTagger(file: string | undefined): TaggerModel {
  return file === undefined ? defaultTagger() : deserializeTagger(JSON.parse(readFileSync(file, 'utf8')) as TaggerModelFile)
}

/** One set-up's per-type table under its title. */
function printTable(title: string, counts: ReadonlyMap<EntityType, Counts>, micro: Counts): void {
  process.stdout.write(`\n${title}\n`)
  process.stdout.write(`${'type'.padEnd(14)} ${'gold'.padStart(6)} ${'pred'.padStart(6)} ${'P'.padStart(7)} ${'R'.padStart(7)} ${'F1'.padStart(7)}\n`)
  for (const t of SCORED_TYPES) process.stdout.write(line(t, counts.get(t)!) + '\n')
  process.stdout.write(line('micro', micro) + '\n')
}

/** `--rules` (each rule's true / false positives) and `--errors=N` for the last set-up of a set. */
function printDetails(last: Scored, showRules: boolean, errorCount: number): void {
  if (showRules) {
    process.stdout.write(`\n${'rule'.padEnd(40)} ${'TP'.padStart(5)} ${'FP'.padStart(5)} ${'P'.padStart(6)}\n`)
    for (const [rule, c] of [...last.byRule].sort()) {
      process.stdout.write(`${rule.padEnd(40)} ${String(c.tp).padStart(5)} ${String(c.fp).padStart(5)} ${(c.tp / (c.tp + c.fp)).toFixed(3).padStart(6)}\n`)
    }
  }
  if (errorCount > 0) {
    for (const kind of ['FP', 'FN'] as const) {
      const list = last.errors.filter((e) => e.kind === kind)
      process.stdout.write(`\n${kind} (${list.length}), first ${Math.min(errorCount, list.length)}:\n`)
      for (const e of list.slice(0, errorCount)) {
        process.stdout.write(`  ${e.id}  ${e.span}/${e.type}  [${e.detail}]  ${e.text.length > 70 ? e.text.slice(0, 70) + '…' : e.text}\n`)
      }
    }
  }
}
