/**
 * @module eval/dedupe
 * `npm run eval -- dedupe`: precision and recall of same-group pairs.
 * (a) syndicated variants generated at run time (seeded) from the real bodies of livedoor-ldcc and
 *     jawikinews-headline dev: outlet headers and footers, wire credits, 30–90 % truncation (recall
 *     printed per band), a re-edited first sentence, another title, full/half-width changes,
 *     re-flowed whitespace, and combinations; copies of a dated original are published 0–48 h after
 *     it; every original is in the corpus, so unrelated real articles are the distractors.
 * (b) livedoor-ldcc dev as is: its channels carry templated series (same wording, different events)
 *     that must stay apart. The reference is pairs judged by reading (ids in `JUDGED_LIVEDOOR`):
 *     every pair merged by any setting tried, or by a permissive sweep, was read and judged.
 * Options: `--seed=N`, `--show` (print merged pairs of (b) with their scores), `--misses` (print the
 * joins of (a) across references and the copies not grouped with their original), `--jaccard=x`,
 * `--containment=x`, `--shingle-size=n`, `--weighting=idf|none`; the short-copy rule:
 * `--short-containment=x` (unweighted), `--short-weighted=x`, `--short-jaccard=x`,
 * `--short-min=n` (shingles; 100000 turns the rule off), `--short-hours=h`.
 */
import { readFileSync } from 'node:fs'
import { DuplicateIndex, normalizeBody, publishedTime, type DedupeInput, type DedupeOptions } from '../src/dedupe/index.ts'
import { shingleSet } from '../src/dedupe/shingles.ts'
import { weightedOverlap } from '../src/dedupe/similarity.ts'
import { createRandom } from '../src/core/prng.ts'
import { evalDataPath } from '../src/runtime/paths.ts'

export type SourceArticle = { readonly id: string; readonly title: string; readonly body: string; readonly publishedAt?: string; readonly url?: string }

/** The dev bodies of livedoor-ldcc and jawikinews-headline. */
export function loadSourceArticles(which: 'livedoor' | 'wikinews' | 'both' = 'both'): SourceArticle[] {
  const out: SourceArticle[] = []
  const read = (folder: string): Record<string, unknown>[] =>
    readFileSync(evalDataPath(folder, 'dev.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Record<string, unknown>)
  if (which !== 'wikinews') {
    for (const r of read('livedoor-ldcc')) {
      out.push({ id: String(r['id']), title: String(r['title']), body: String(r['body']), publishedAt: String(r['date']), url: String(r['url']) })
    }
  }
  if (which !== 'livedoor') {
    for (const r of read('jawikinews-headline')) out.push({ id: String(r['id']), title: String(r['title']), body: String(r['body']) })
  }
  return out
}

// Original boilerplate written for matome (invented outlets).
const OUTLETS = ['北浜新報', '南川日報', '東港タイムズ', 'みなと経済新聞', '西山ニュース']
const HEADERS = [
  (o: string): string => `【${o}】`,
  (o: string): string => `${o}　ニュース速報　配信`,
  (o: string): string => `ホーム > ニュース > 国内 > ${o}`,
  (o: string): string => `※この記事は${o}から提供を受けて掲載しています。`,
]
const FOOTERS = [
  (o: string): string => `（記事提供：${o}）`,
  (o: string): string => `無断転載・複製を禁じます。Copyright ${o} All rights reserved.`,
  (): string => '■関連記事\n・この記事を読んだ人はこんな記事も読んでいます\n・ランキングをもっと見る',
  (o: string): string => `この記事の続きは${o}の会員ページでお読みいただけます。ご意見・ご感想はこちらまで。`,
]
const CREDITS = ['（共同）', '（時事）', '【ワシントン共同】', '（ロイター）', '【ロンドン時事】']
const RELEADS = ['関係者によると、', '複数のメディアが報じたところでは、', '発表によると、', '']

type Transform = (body: string, rnd: () => number) => string
const pick = <T,>(xs: readonly T[], rnd: () => number): T => xs[Math.floor(rnd() * xs.length)]!

const toFullWidth = (s: string): string => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
const toHalfWidth = (s: string): string => s.replace(/[！-～]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))

export const TRANSFORMS: Readonly<Record<string, Transform>> = {
  header: (b, rnd) => `${pick(HEADERS, rnd)(pick(OUTLETS, rnd))}\n${b}`,
  footer: (b, rnd) => `${b}\n${pick(FOOTERS, rnd)(pick(OUTLETS, rnd))}`,
  credit: (b, rnd) => {
    const credit = pick(CREDITS, rnd)
    if (credit.startsWith('【')) return `${credit}${b.trimStart()}`
    const end = b.indexOf('。')
    return end < 0 ? `${b}${credit}` : `${b.slice(0, end + 1)}${credit}${b.slice(end + 1)}`
  },
  truncate: (b, rnd) => {
    const keep = 0.3 + rnd() * 0.6
    const cut = Math.floor(b.length * keep)
    const sentenceEnd = b.lastIndexOf('。', cut)
    return sentenceEnd > b.length * (keep - 0.1) && rnd() < 0.5 ? b.slice(0, sentenceEnd + 1) : b.slice(0, cut)
  },
  relead: (b, rnd) => {
    // the first sentence re-edited: its opening clause replaced by another outlet's wording
    const end = b.indexOf('。')
    const comma = b.indexOf('、')
    const rest = comma >= 0 && (end < 0 || comma < end) ? b.slice(comma + 1) : b
    return `${pick(RELEADS, rnd)}${rest}`
  },
  width: (b, rnd) => (rnd() < 0.5 ? toFullWidth(b) : toHalfWidth(b)),
  whitespace: (b, rnd) => (rnd() < 0.5 ? b.replace(/\s+/g, '') : b.replace(/。/g, '。\n　')),
}

/**
 * A generated copy: the article, the transforms applied and, when it was truncated, the share of the
 * original body it keeps (0.3–0.9).
 */
export type Variant = { readonly article: SourceArticle; readonly transforms: readonly string[]; readonly kept?: number }

/**
 * A syndicated copy of `source`: 1–4 transforms, always another title and another URL; when the
 * original is dated, the copy is published 0–48 hours after it.
 */
export function makeVariant(source: SourceArticle, n: number, rnd: () => number): Variant {
  const names = Object.keys(TRANSFORMS)
  const count = 1 + Math.floor(rnd() * 4)
  const chosen = [...names].sort(() => rnd() - 0.5).slice(0, count)
  // truncation first, then the rest in a fixed order, so the header is not what gets cut off
  chosen.sort((a, b) => (a === 'truncate' ? -1 : b === 'truncate' ? 1 : names.indexOf(a) - names.indexOf(b)))
  let body = source.body
  let kept: number | undefined
  for (const name of chosen) {
    body = TRANSFORMS[name]!(body, rnd)
    if (name === 'truncate') kept = body.length / Math.max(1, source.body.length)
  }
  const title = `${pick(['【速報】', '', '（詳報）'], rnd)}${source.title.slice(0, Math.max(8, Math.floor(source.title.length * 0.6)))}${pick(['…', 'と報道', ''], rnd)}`
  const url = `https://${pick(['a', 'b', 'c'], rnd)}.example.jp/syndicated/${n}`
  const later = Date.parse(source.publishedAt ?? '') + Math.floor(rnd() * 48 * 3_600_000)
  const article: SourceArticle = { id: `${source.id}#v${n}`, title, body, url, ...(Number.isNaN(later) ? {} : { publishedAt: new Date(later).toISOString() }) }
  return { article, transforms: chosen, ...(kept === undefined ? {} : { kept }) }
}

/** The truncation band of a kept share: `30–50 %`, `50–70 %`, `70–90 %` (cuts at a sentence end may keep a little less). */
export function truncationBand(kept: number): string {
  const low = kept < 0.5 ? 30 : kept < 0.7 ? 50 : 70
  return `${low}–${low + 20} %`
}

/** Pair precision / recall of a predicted grouping against a reference grouping (same item order). */
export function pairScores(predicted: readonly string[], gold: readonly string[]): { precision: number; recall: number; predictedPairs: number; goldPairs: number; truePairs: number } {
  const count = (keys: Iterable<string>): number => {
    const sizes = new Map<string, number>()
    for (const k of keys) sizes.set(k, (sizes.get(k) ?? 0) + 1)
    let pairs = 0
    for (const n of sizes.values()) pairs += (n * (n - 1)) / 2
    return pairs
  }
  const predictedPairs = count(predicted)
  const goldPairs = count(gold)
  const truePairs = count(predicted.map((p, i) => `${p}\u0000${gold[i]}`))
  return {
    precision: predictedPairs === 0 ? 1 : truePairs / predictedPairs,
    recall: goldPairs === 0 ? 1 : truePairs / goldPairs,
    predictedPairs, goldPairs, truePairs,
  }
}

/**
 * Livedoor dev pairs judged by reading to be the same article (identical or near-identical text of
 * the same event). Ids only. Everything else the method merged there was judged a different event.
 */
export const JUDGED_LIVEDOOR: readonly (readonly [string, string])[] = [
  // the same gallery article text posted again under the next volume's title
  ['ldcc:livedoor-homme-5273364', 'ldcc:livedoor-homme-5277504'],
  // the same event report reposted a month later without its footer link list
  ['ldcc:peachy-4672713', 'ldcc:peachy-4724240'],
]

function parseArgs(args: readonly string[]): { seed: number; show: boolean; misses: boolean; options: Partial<DedupeOptions> } {
  const get = (key: string): string | undefined => args.find((a) => a.startsWith(`--${key}=`))?.slice(key.length + 3)
  const options: { -readonly [K in keyof DedupeOptions]?: DedupeOptions[K] } = {}
  const num = (key: string): number | undefined => (get(key) === undefined ? undefined : Number(get(key)))
  if (num('jaccard') !== undefined) options.jaccardThreshold = num('jaccard')!
  if (num('containment') !== undefined) options.containmentThreshold = num('containment')!
  if (num('shingle-size') !== undefined) options.shingleSize = num('shingle-size')!
  if (num('bands') !== undefined) options.bands = num('bands')!
  if (num('rows') !== undefined) options.rows = num('rows')!
  if (num('short-containment') !== undefined) options.shortCopyContainment = num('short-containment')!
  if (num('short-weighted') !== undefined) options.shortCopyWeightedContainment = num('short-weighted')!
  if (num('short-jaccard') !== undefined) options.shortCopyMinJaccard = num('short-jaccard')!
  if (num('short-min') !== undefined) options.minShortCopyShingles = num('short-min')!
  if (num('short-hours') !== undefined) options.shortCopyMaxHours = num('short-hours')!
  const weighting = get('weighting')
  if (weighting === 'idf' || weighting === 'none') options.weighting = weighting
  return { seed: num('seed') ?? 20240601, show: args.includes('--show'), misses: args.includes('--misses'), options }
}

/** Group with a fresh index (corpus pre-counted, as `groupNearDuplicates` does); returns the index too. */
function group(items: readonly DedupeInput[], options: Partial<DedupeOptions>): { groups: string[]; index: DuplicateIndex; ms: number } {
  const start = performance.now()
  const index = new DuplicateIndex(options, true)
  index.precount(items)
  for (const item of items) index.add(item)
  const groups = index.results().map((r) => r.group)
  return { groups, index, ms: performance.now() - start }
}

function row(name: string, items: number, s: ReturnType<typeof pairScores>, ms: number): string {
  return `${name.padEnd(34)} ${String(items).padStart(6)} ${String(s.goldPairs).padStart(7)} ${String(s.predictedPairs).padStart(7)} ${s.precision.toFixed(4).padStart(9)} ${s.recall.toFixed(4).padStart(7)} ${Math.round(ms).toString().padStart(7)}`
}

export async function run(args: string[]): Promise<void> {
  const { seed, show, misses, options } = parseArgs(args)
  const sources = loadSourceArticles('both')
  const rnd = createRandom(seed)
  const judgedGold = new Map<string, string>()
  for (const [a, b] of JUDGED_LIVEDOOR) {
    const root = judgedGold.get(a) ?? a
    judgedGold.set(a, root)
    judgedGold.set(b, root)
  }

  // (a) syndicated variants
  const items: DedupeInput[] = []
  const gold: string[] = []
  const byTransform = new Map<string, { items: number[] }>()
  const variants = new Map<number, Variant>()
  let n = 0
  for (const source of sources) {
    const root = judgedGold.get(source.id) ?? source.id
    items.push(source)
    gold.push(root)
    if (rnd() >= 0.5) continue
    const copies = 1 + Math.floor(rnd() * 3)
    for (let c = 0; c < copies; c++) {
      const variant = makeVariant(source, n++, rnd)
      variants.set(items.length, variant)
      const keys = variant.kept === undefined ? variant.transforms : [...variant.transforms, `truncate ${truncationBand(variant.kept)}`]
      for (const t of keys) {
        const entry = byTransform.get(t) ?? { items: [] }
        entry.items.push(items.length)
        byTransform.set(t, entry)
      }
      items.push(variant.article)
      gold.push(root)
    }
  }
  // shuffle (seeded) so copies do not sit next to their originals
  const order = items.map((_, i) => i).sort(() => rnd() - 0.5)
  const shuffledItems = order.map((i) => items[i]!)
  const shuffledGold = order.map((i) => gold[i]!)
  const a = group(shuffledItems, options)
  const predicted = new Array<string>(items.length)
  order.forEach((orig, pos) => (predicted[orig] = a.groups[pos]!))

  console.log(`seed ${seed}; options ${JSON.stringify({ ...new DuplicateIndex(options).options })}`)
  console.log(`${'part'.padEnd(34)} ${'items'.padStart(6)} ${'gold'.padStart(7)} ${'merged'.padStart(7)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'ms'.padStart(7)}`)
  console.log(row('(a) syndicated variants', items.length, pairScores(a.groups, shuffledGold), a.ms))
  // recall per transform: pairs (variant, its original) found
  const sourceIndex = new Map(items.map((it, i) => [it.id, i]))
  for (const [name, entry] of [...byTransform].sort()) {
    let found = 0
    for (const i of entry.items) {
      const originalId = items[i]!.id.replace(/#v\d+$/, '')
      if (predicted[i] === predicted[sourceIndex.get(originalId)!]) found++
    }
    console.log(`    recall of copies with ${name.padEnd(18)} ${String(entry.items.length).padStart(5)} copies  ${(found / entry.items.length).toFixed(4)}`)
  }
  if (misses) {
    const goldOf = new Map(shuffledItems.map((it, i) => [it.id, shuffledGold[i]!]))
    const timeOf = new Map(shuffledItems.map((it) => [it.id, publishedTime(it.publishedAt)]))
    for (const m of a.index.matches) {
      if (goldOf.get(m.a) === goldOf.get(m.b)) continue
      const hours = Math.abs(timeOf.get(m.a)! - timeOf.get(m.b)!) / 3_600_000
      console.log(`  false join ${m.reason} J=${m.jaccard?.toFixed(3) ?? '-'} C=${m.containment?.toFixed(3) ?? '-'} rawC=${m.rawContainment?.toFixed(3) ?? '-'} ${hours.toFixed(0)}h ${m.a} ${m.b}`)
    }
    for (const [i, variant] of variants) {
      const original = items[sourceIndex.get(items[i]!.id.replace(/#v\d+$/, ''))!]!
      if (predicted[i] === predicted[sourceIndex.get(original.id)!]) continue
      const o = weightedOverlap(shingleSet(normalizeBody(variant.article.body), 5), shingleSet(normalizeBody(original.body), 5), undefined)
      console.log(`  missed ${variant.article.id} [${variant.transforms.join(',')}] kept ${variant.kept?.toFixed(2) ?? '-'} chars ${variant.article.body.length}/${original.body.length} raw J=${o.jaccard.toFixed(3)} C=${o.containment.toFixed(3)}`)
    }
  }

  // (b) livedoor as is
  const livedoor = sources.filter((s) => s.id.startsWith('ldcc:'))
  const b = group(livedoor, options)
  const bGold = livedoor.map((s) => judgedGold.get(s.id) ?? s.id)
  console.log(row('(b) livedoor-ldcc dev as is', livedoor.length, pairScores(b.groups, bGold), b.ms))
  if (show) {
    const byId = new Map(livedoor.map((s) => [s.id, s]))
    const judged = new Set(JUDGED_LIVEDOOR.map(([x, y]) => `${x} ${y}`))
    for (const m of b.index.matches) {
      const verdict = judged.has(`${m.a} ${m.b}`) || judged.has(`${m.b} ${m.a}`) ? 'same ' : 'DIFF?'
      const hours = Math.abs(publishedTime(byId.get(m.a)?.publishedAt) - publishedTime(byId.get(m.b)?.publishedAt)) / 3_600_000
      console.log(`  ${verdict} ${m.reason} J=${m.jaccard?.toFixed(3) ?? '-'} C=${m.containment?.toFixed(3) ?? '-'} rawC=${m.rawContainment?.toFixed(3) ?? '-'} ${hours.toFixed(0)}h ${m.a} ${m.b} | ${byId.get(m.a)?.title} | ${byId.get(m.b)?.title}`)
    }
  }
}
