/**
 * @module eval/summarize
 * `npm run eval -- summarize [--limit=N] [--basic]`: ROUGE-1/2/L F1 (IPADIC tokens and characters) of the
 * per-article `title` against the gold titles of jawikinews-headline/dev and livedoor-ldcc/dev, next
 * to two baselines scored by the same code (the first sentence cut to 40 characters; TextRank's top
 * sentence cut to 40), plus the share of headlines within 15.5 wide and the share of bullets that
 * pass the faithfulness rule, the share of headlines and titles passing the well-formedness check
 * (`digest/well-formed.ts`, on the output re-tokenised; titles may chain clauses at 、) and 20 sample headlines to read. The gold title is never shown to the summariser. Articles go through
 * the same analysis as `matome summarize` (`--basic`: fallback sentences + tokens only, faster).
 */
import { readFileSync } from 'node:fs'
import type { Article } from '../src/core/article.ts'
import type { Tokenizer } from '../src/analyze/tokens/tokenizer.ts'
import { analyzeForDigest } from '../src/app/stages.ts'
import { basicDoc, checkForm, displayWidth, isFaithful, MAX_HEADLINE_WIDTH, sentencesOf, summarizeArticle, type SentenceView } from '../src/digest/index.ts'
import { contentTerms } from '../src/digest/salience.ts'
import { loadTokenizer } from '../src/runtime/load-tokenizer.ts'
import { evalDataPath } from '../src/runtime/paths.ts'

type Scores = { r1: number; r2: number; rl: number }

function ngrams(units: readonly string[], n: number): Map<string, number> {
  const out = new Map<string, number>()
  for (let i = 0; i + n <= units.length; i++) {
    const key = units.slice(i, i + n).join('\u0001')
    out.set(key, (out.get(key) ?? 0) + 1)
  }
  return out
}

function f1(overlap: number, candidate: number, reference: number): number {
  if (overlap === 0 || candidate === 0 || reference === 0) return 0
  const p = overlap / candidate
  const r = overlap / reference
  return (2 * p * r) / (p + r)
}

function rougeN(cand: readonly string[], ref: readonly string[], n: number): number {
  const a = ngrams(cand, n)
  const b = ngrams(ref, n)
  let both = 0
  for (const [k, v] of a) both += Math.min(v, b.get(k) ?? 0)
  return f1(both, Math.max(0, cand.length - n + 1), Math.max(0, ref.length - n + 1))
}

function lcs(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    let prev = 0
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!
      row[j] = a[i - 1] === b[j - 1] ? prev + 1 : Math.max(row[j]!, row[j - 1]!)
      prev = tmp
    }
  }
  return row[b.length]!
}

/** ROUGE-1/2/L F1 of one candidate against one reference. */
export function rouge(cand: readonly string[], ref: readonly string[]): Scores {
  return { r1: rougeN(cand, ref, 1), r2: rougeN(cand, ref, 2), rl: f1(lcs(cand, ref), cand.length, ref.length) }
}

/** TextRank over sentences (content-term overlap similarity, damping 0.85): the top sentence. */
export function textRankTop(sents: readonly SentenceView[]): SentenceView | undefined {
  const terms = sents.map((s) => new Set(contentTerms(s)))
  const n = sents.length
  if (n === 0) return undefined
  const w = terms.map((a, i) =>
    terms.map((b, j) => {
      if (i === j || a.size < 2 || b.size < 2) return 0
      let both = 0
      for (const t of a) if (b.has(t)) both++
      return both / (Math.log(a.size) + Math.log(b.size))
    }),
  )
  const out = w.map((row) => row.reduce((x, y) => x + y, 0))
  let score = new Array<number>(n).fill(1 / n)
  for (let it = 0; it < 30; it++) {
    score = score.map((_, i) => 0.15 / n + 0.85 * w.reduce((acc, row, j) => acc + (out[j]! > 0 ? (row[i]! * score[j]!) / out[j]! : 0), 0))
  }
  let best = 0
  for (let i = 1; i < n; i++) if (score[i]! > score[best]!) best = i
  return sents[best]
}

type Row = { id: string; title: string; body: string }

function readRows(file: string, limit: number): Row[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').slice(0, limit).map((l) => JSON.parse(l) as Row)
}

const SYSTEMS = ['lead-40', 'textrank-40', 'matome'] as const

function evaluate(name: string, rows: readonly Row[], tokenizer: Tokenizer, basic: boolean): string[] {
  const units = { tok: (s: string) => tokenizer.tokenize(s).map((t) => t.surface), chr: (s: string) => [...s.replace(/\s/gu, '')] }
  const sums = new Map<string, Scores & { n: number }>()
  let headlinesOk = 0
  let headlinesFormed = 0
  let titlesFormed = 0
  let linesFaithful = 0
  const samples: string[] = []
  const every = Math.max(1, Math.floor(rows.length / 20))
  let bullets = 0
  let faithful = 0
  const fromTitle = { n: 0, width: 0, formed: 0, faithful: 0, samples: [] as string[] }
  for (const row of rows) {
    // the gold is the article's title: the system never sees it for the scored lines
    const article: Article = { id: row.id, body: row.body }
    const doc = basic ? basicDoc(article, tokenizer) : analyzeForDigest(article, tokenizer)
    const sents = sentencesOf(doc)
    const summary = summarizeArticle(article, doc)
    // headlines cut from the title when it is given: checked (width, form, faithfulness), never scored against the gold
    const titled = summarizeArticle({ ...article, title: row.title }, doc)
    if (titled.headlineCites.some((c) => c.field === 'title')) {
      fromTitle.n++
      if (displayWidth(titled.headline) <= MAX_HEADLINE_WIDTH) fromTitle.width++
      if (checkForm(tokenizer.tokenize(titled.headline), titled.headline) === null) fromTitle.formed++
      if (isFaithful(titled.headline, { [row.id]: { body: row.body, title: row.title } }, titled.headlineCites)) fromTitle.faithful++
      if (fromTitle.samples.length < 8 && fromTitle.n % 25 === 1) fromTitle.samples.push(`  ${titled.headline.padEnd(16, '　')} | ${row.title}`)
    }
    if (displayWidth(summary.headline) <= MAX_HEADLINE_WIDTH) headlinesOk++
    // well-formedness of the output re-tokenised (independent of the builder's own check)
    if (checkForm(tokenizer.tokenize(summary.headline), summary.headline) === null) headlinesFormed++
    if (checkForm(tokenizer.tokenize(summary.title), summary.title, { clauseCommas: true }) === null) titlesFormed++
    if (isFaithful(summary.title, row.body, summary.titleCites) && isFaithful(summary.headline, row.body, summary.headlineCites)) linesFaithful++
    if (samples.length < 20 && rows.indexOf(row) % every === 0) samples.push(`  ${summary.headline.padEnd(16, '　')} | ${summary.title}`)
    for (const b of summary.bullets) {
      bullets++
      if (isFaithful(b.text, row.body, b.cites)) faithful++
    }
    const first = sents.find((s) => s.kind === 'sentence') ?? sents[0]
    const outputs: Record<(typeof SYSTEMS)[number], string> = {
      'lead-40': (first?.text ?? '').slice(0, 40),
      'textrank-40': (textRankTop(sents)?.text ?? '').slice(0, 40),
      matome: summary.title,
    }
    for (const system of SYSTEMS) {
      for (const [unit, split] of Object.entries(units)) {
        const s = rouge(split(outputs[system]), split(row.title))
        const key = `${system}|${unit}`
        const acc = sums.get(key) ?? { r1: 0, r2: 0, rl: 0, n: 0 }
        sums.set(key, { r1: acc.r1 + s.r1, r2: acc.r2 + s.r2, rl: acc.rl + s.rl, n: acc.n + 1 })
      }
    }
  }
  const lines = [`${name} (${rows.length} articles; ${basic ? 'basic doc: fallback sentences + tokens' : 'full analysis pipeline'})`, 'system        unit  ROUGE-1  ROUGE-2  ROUGE-L']
  for (const system of SYSTEMS) {
    for (const unit of ['tok', 'chr']) {
      const s = sums.get(`${system}|${unit}`)!
      const f = (x: number): string => (x / s.n).toFixed(3).padStart(7)
      lines.push(`${system.padEnd(13)} ${unit.padEnd(4)} ${f(s.r1)}  ${f(s.r2)}  ${f(s.rl)}`)
    }
  }
  lines.push(`headlines within ${MAX_HEADLINE_WIDTH} wide: ${((100 * headlinesOk) / rows.length).toFixed(1)}%   bullets faithful: ${faithful}/${bullets} (${((100 * faithful) / Math.max(1, bullets)).toFixed(1)}%)`)
  const pct = (n: number): string => `${((100 * n) / Math.max(1, rows.length)).toFixed(1)}%`
  lines.push(`well-formed: headlines ${pct(headlinesFormed)}, titles ${pct(titlesFormed)}   titles+headlines faithful: ${pct(linesFaithful)}`)
  lines.push('sample headlines | titles (every n-th article):', ...samples)
  const of = (k: number): string => `${((100 * k) / Math.max(1, fromTitle.n)).toFixed(1)}%`
  lines.push(
    `with the article title given (headlines only; not scored, the gold is the title): cut from the title ${pct(fromTitle.n)} of articles; of those within ${MAX_HEADLINE_WIDTH} wide ${of(fromTitle.width)}, well-formed ${of(fromTitle.formed)}, faithful to the title ${of(fromTitle.faithful)}`,
    'sample title-cut headlines | article title:', ...fromTitle.samples, '')
  return lines
}

export async function run(args: string[]): Promise<void> {
  const limit = Number(args.find((a) => a.startsWith('--limit='))?.slice(8) ?? Infinity)
  const basic = args.includes('--basic')
  const tokenizer = await loadTokenizer()
  for (const [name, dir] of [['jawikinews-headline/dev', 'jawikinews-headline'], ['livedoor-ldcc/dev', 'livedoor-ldcc']] as const) {
    const rows = readRows(evalDataPath(dir, 'dev.jsonl'), limit)
    process.stdout.write(evaluate(name, rows, tokenizer, basic).join('\n') + '\n')
  }
}
