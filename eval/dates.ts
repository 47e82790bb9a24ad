/**
 * @module eval/dates
 * `npm run eval -- dates [--errors] [--gold=path]`: scores the `dates` stage on hand-labelled
 * expressions of the livedoor dev split. Each gold file `eval/gold/dates-*.jsonl` holds ids,
 * offsets, a kind and the value a reader decided on — never article text; the text and the
 * publication date (`date`) are read from ../shared/evaldata/livedoor-ldcc/dev.jsonl.
 * - `dates-livedoor.jsonl`: labelled while the rules were written (the rules were improved on it);
 * - `dates-livedoor-fresh.jsonl`: labelled afterwards from other articles; scored once untuned, then
 *   its errors informed general fixes (so it is no longer a clean held-out set);
 * - `dates-livedoor-holdout.jsonl`: labelled from yet other articles after the rules were frozen
 *   at 55d92d2; scored once, then its errors informed general fixes (cf15615);
 * - `dates-livedoor-holdout2.jsonl`: labelled at 9de5125 from 94 further articles before the second
 *   pass changed any rule, scored once on the frozen rules (see src/analyze/dates/README.md);
 * - `dates-livedoor-holdout3.jsonl`: labelled on 2026-11-22 from 99 further articles picked by the
 *   hash rule in its header, before the third pass changed any rule; scored once on the frozen rules
 *   (e7d3090), then its errors and those of the other sets informed the third pass;
 * - `dates-livedoor-holdout4.jsonl`: labelled after the third pass from 43 further articles (same
 *   hash rule, continued), scored once on its rules.
 * Lines starting with `#` are comments (a set's header).
 * Without `--gold` every `eval/gold/dates-*.jsonl` is scored, one table each, then a summary line per set.
 * - a gold item with a value is correct when a predicted mention overlaps its span with exactly
 *   that value; it is found (recall) when any predicted mention overlaps it;
 * - a gold item with value null must NOT be tagged: correct when no predicted mention overlaps it.
 * Prints accuracy per kind and overall, recall of dates, and the share of non-dates left untagged.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { DateMention } from '../src/core/doc.ts'
import { findDates } from '../src/analyze/dates/index.ts'
import { splitSentences } from '../src/analyze/sentences/index.ts'
import { evalDataPath, REPO_ROOT } from '../src/runtime/paths.ts'

type GoldItem = { doc: string; start: number; end: number; kind: string; value: string | null }
type Article = { id: string; date: string; body: string }
type Tally = { total: number; correct: number; found: number }

const GOLD_DIR = path.join(REPO_ROOT, 'eval', 'gold')

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => JSON.parse(line) as T)
}

function option(args: readonly string[], name: string): string | undefined {
  const prefix = `--${name}`
  const hit = args.find((a) => a === prefix || a.startsWith(`${prefix}=`))
  if (hit === undefined) return undefined
  return hit.includes('=') ? hit.slice(hit.indexOf('=') + 1) : 'true'
}

function overlapping(mentions: readonly DateMention[], item: GoldItem): DateMention[] {
  return mentions.filter((m) => m.start < item.end && item.start < m.end)
}

function pct(n: number, d: number): string {
  return d === 0 ? '   -  ' : (n / d).toFixed(3).padStart(6)
}

/** Run the suite and print its table. */
export async function run(args: string[]): Promise<void> {
  const explicit = option(args, 'gold')
  const files = explicit !== undefined ? [explicit] : readdirSync(GOLD_DIR).filter((f) => /^dates-.*\.jsonl$/.test(f)).sort().map((f) => path.join(GOLD_DIR, f))
  const summary = files.map((file) => scoreFile(file, option(args, 'errors') !== undefined))
  if (summary.length > 1) {
    const lines = ['summary', `${'gold set'.padEnd(34)} ${'items'.padStart(5)} ${'overall'.padStart(8)} ${'values'.padStart(8)} ${'recall'.padStart(8)} ${'non-dates'.padStart(9)}`]
    for (const s of summary) {
      lines.push(`${s.name.padEnd(34)} ${String(s.items).padStart(5)} ${pct(s.correct, s.items).padStart(8)} ${pct(s.datesCorrect, s.dates).padStart(8)} ${pct(s.datesFound, s.dates).padStart(8)} ${pct(s.nonDatesClean, s.nonDates).padStart(9)}`)
    }
    process.stdout.write(lines.join('\n') + '\n')
  }
}

type Summary = { name: string; items: number; correct: number; dates: number; datesCorrect: number; datesFound: number; nonDates: number; nonDatesClean: number }

function scoreFile(file: string, showErrors: boolean): Summary {
  const gold = readJsonl<GoldItem>(file)
  const wanted = new Set(gold.map((g) => g.doc))
  const articles = new Map<string, Article>()
  for (const a of readJsonl<Article>(evalDataPath('livedoor-ldcc', 'dev.jsonl'))) if (wanted.has(a.id)) articles.set(a.id, a)

  const predicted = new Map<string, DateMention[]>()
  for (const [id, a] of articles) predicted.set(id, findDates(a.body, splitSentences(a.body), a.date).mentions)

  const byKind = new Map<string, Tally>()
  const errors: string[] = []
  let dates = 0, datesCorrect = 0, datesFound = 0, nonDates = 0, nonDatesClean = 0
  for (const item of gold) {
    const article = articles.get(item.doc)
    if (article === undefined) throw new Error(`gold item names ${item.doc}, which is not in livedoor-ldcc/dev.jsonl`)
    const hits = overlapping(predicted.get(item.doc) ?? [], item)
    const found = hits.length > 0
    const correct = item.value === null ? !found : hits.some((m) => m.value === item.value)
    const tally = byKind.get(item.kind) ?? { total: 0, correct: 0, found: 0 }
    byKind.set(item.kind, { total: tally.total + 1, correct: tally.correct + (correct ? 1 : 0), found: tally.found + (found ? 1 : 0) })
    if (item.value === null) {
      nonDates++
      if (correct) nonDatesClean++
    } else {
      dates++
      if (correct) datesCorrect++
      if (found) datesFound++
    }
    if (!correct) {
      const surface = article.body.slice(item.start, item.end)
      const got = hits.map((m) => `${article.body.slice(m.start, m.end)}=${m.value}`).join(', ') || '(none)'
      const context = article.body.slice(Math.max(0, item.start - 20), item.end + 20).replace(/\s+/g, ' ')
      errors.push(`${item.kind.padEnd(15)} ${article.date.slice(0, 10)} 「${surface}」 gold=${item.value} got=${got}  …${context}…`)
    }
  }

  const lines = [`${path.basename(file)} — livedoor-ldcc dev: ${gold.length} labelled expressions in ${articles.size} articles`, '']
  lines.push(`${'kind'.padEnd(16)} ${'n'.padStart(4)} ${'correct'.padStart(8)} ${'accuracy'.padStart(8)}`)
  for (const [kind, t] of [...byKind].sort((a, b) => a[0].localeCompare(b[0]))) {
    lines.push(`${kind.padEnd(16)} ${String(t.total).padStart(4)} ${String(t.correct).padStart(8)} ${pct(t.correct, t.total).padStart(8)}`)
  }
  const allCorrect = datesCorrect + nonDatesClean
  lines.push('')
  lines.push(`overall accuracy        ${pct(allCorrect, gold.length)}  (${allCorrect}/${gold.length})`)
  lines.push(`dates: value accuracy   ${pct(datesCorrect, dates)}  (${datesCorrect}/${dates})`)
  lines.push(`dates: recall (found)   ${pct(datesFound, dates)}  (${datesFound}/${dates})`)
  lines.push(`non-dates left untagged ${pct(nonDatesClean, nonDates)}  (${nonDatesClean}/${nonDates})`)
  if (showErrors && errors.length > 0) lines.push('', 'errors:', ...errors)
  process.stdout.write(lines.join('\n') + '\n\n')
  return { name: path.basename(file), items: gold.length, correct: allCorrect, dates, datesCorrect, datesFound, nonDates, nonDatesClean }
}
