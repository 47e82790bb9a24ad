/**
 * @module eval/_ner-news
 * The hand-labelled news NER sets for `eval ner`, never used for training (the bundled tagger has
 * not seen them, so `shipped` is a fair measure here) and never used to tune rules:
 * - `jawikinews-news`: 160 body sentences of Japanese Wikinews
 *   (../shared/evaldata/jawikinews-headline/dev.jsonl, CC BY 2.5), gold `eval/gold/ner-jawikinews.jsonl`;
 * - `livedoor-news`: 120 body sentences of the livedoor news corpus's two news channels, topic-news
 *   and sports-watch (../shared/evaldata/livedoor-ldcc/dev.jsonl, CC BY-ND 2.1 JP: the text stays in
 *   the shared data), gold `eval/gold/ner-livedoor.jsonl`, labelled 2026-11-22 while the session's
 *   rule changes were being made elsewhere, before any system output on these sentences was seen.
 * - `livedoor-web`: 200 body sentences of the seven other livedoor channels (columns, film and
 *   gadget reviews, lifestyle blogs: web text like much of ud-gsd-ne's), gold
 *   `eval/gold/ner-livedoor-web.jsonl`, labelled 2026-11-22 (session 4) before any system output on
 *   these sentences was seen, as a check on whether that session's rule pass generalises beyond the
 *   dev rows it was written against (score the code before and after on it).
 * The gold files hold ids and UTF-16 offsets only; the text is read from the shared data and every
 * span is checked against it.
 *
 * Selection (fixed before any system output was seen, re-checked on load by {@link selectNewsSentences}):
 * every body sentence of 20–120 characters that ends with 。, contains no 『 or 』 (citation titles),
 * does not start with a quote mark or bracket and has at least 10 hiragana; ordered by
 * sha1(`${id}:${index}`) in hex, smallest first; at most 2 sentences per article; the first 160
 * (Wikinews) / 120 (livedoor news) / 200 (livedoor web). Wikinews sentences are the row's `sentences[index]`; a livedoor body
 * is split at line breaks and at 。 outside 「」『』, each piece trimmed of spaces.
 *
 * Labelling conventions (matome's):
 * - The span is the name only: a title, honorific or role is not part of it (プーチン大統領 →
 *   プーチン; 田中氏 → 田中; 山本議長 → 山本; 時津風親方 → 時津風; 竹内アナ → 竹内).
 * - Countries and places are LOCATION even when they act (日本は…と発表 → 日本; 大阪府が…を負担 →
 *   大阪府; a national team named by its country, イングランドが敗退 → イングランド, 韓国戦 → 韓国).
 * - A country or place joined to an organisation word is one ORGANIZATION (日本政府, 米航空宇宙局,
 *   長野県警, 山口県選挙管理委員会, イスラエル政府); a place then の then an organisation is two
 *   mentions (日本の気象庁 → 日本 LOCATION, 気象庁 ORGANIZATION).
 * - A written-together address is one LOCATION (大阪府茨木市, 香川県坂出市林田町); a region word that
 *   is not part of the name is left out (ダルフール地方 → ダルフール).
 * - One-character abbreviations count (米 in 米大統領 or 訪米 → LOCATION; 日米 → 日 and 米).
 * - ORGANIZATION: government bodies, ministries, courts, police forces, parliaments, companies,
 *   parties (民主 for the Democratic Party), clubs and teams, leagues, schools, agencies,
 *   newspapers, magazines and broadcasters including their short forms (毎日, 産経, 読売, サンスポ,
 *   NHK, BBC), entertainment groups and comedy acts.
 * - PERSON also for nicknames and stage names that name one person.
 * - Not labelled: facilities (stations, ports, stadiums, shrines, parks, airports, railway lines)
 *   and the places inside their names, events (リオデジャネイロオリンピック, and place names inside an
 *   event name), products and services (Twitter, WindowsXP), works and programmes, laws, ships,
 *   racehorses, nationalities (日本人, ブルガリア人), languages, families (鹿島家), and anaphors
 *   (同社, 同市, 同協会). A brand or service named as such (Kindle, au スマートフォン, LINE の
 *   キャラクター, Dropbox のサイト) is a product; the company behind it is labelled where the text
 *   means the company (パナソニックから発売, HP の Ultrabook, BMW が…を買収). A company name inside a
 *   product name (AMD Aシリーズ) is not labelled.
 * - Fictional characters and mascots named as persons are PERSON (as in ud-gsd); a corporate form
 *   written with the name is part of it (トレンダーズ株式会社), as in both dev sets.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { EntityType } from '../src/core/doc.ts'
import type { Tokenizer } from '../src/analyze/tokens/tokenizer.ts'
import { evalDataPath } from '../src/runtime/paths.ts'
import type { NerRow } from './_ner-data.ts'

/** One hand-labelled news set: where its sentences come from and how many the rule selects. */
type NewsSet = {
  readonly name: string
  /** what the sentences are, for table titles */
  readonly what: string
  readonly goldFile: URL
  readonly count: number
  /** the sentences of every source article */
  readonly sources: () => SourceRow[]
}

/** An article as the selection sees it: its id and body sentences. */
export type SourceRow = { readonly id: string; readonly sentences: readonly string[] }

/** Split a livedoor body into sentences: line breaks, then 。 outside 「」『』; pieces trimmed. */
export function splitBody(body: string): string[] {
  const out: string[] = []
  for (const line of body.split(/\n+/u)) {
    let depth = 0
    let start = 0
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]
      if (ch === '「' || ch === '『') depth++
      else if ((ch === '」' || ch === '』') && depth > 0) depth--
      else if (ch === '。' && depth === 0) {
        out.push(line.slice(start, i + 1))
        start = i + 1
      }
    }
    if (start < line.length) out.push(line.slice(start))
  }
  return out.map((s) => s.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '')).filter((s) => s !== '')
}

function readJsonl<T>(dataset: string): T[] {
  return readFileSync(evalDataPath(dataset, 'dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T)
}

/** The livedoor channels that carry news (the others are columns, reviews and gadget blogs). */
const LIVEDOOR_NEWS_CHANNELS = new Set(['topic-news', 'sports-watch'])

/** The hand-labelled news sets, by the name `eval ner --dataset=` knows them. */
export const NEWS_SETS: readonly NewsSet[] = [
  {
    name: 'jawikinews-news',
    what: 'Wikinews',
    goldFile: new URL('./gold/ner-jawikinews.jsonl', import.meta.url),
    count: 160,
    sources: () => readJsonl<SourceRow>('jawikinews-headline'),
  },
  {
    name: 'livedoor-web',
    what: 'livedoor columns and blogs (the seven other channels)',
    goldFile: new URL('./gold/ner-livedoor-web.jsonl', import.meta.url),
    count: 200,
    sources: () =>
      readJsonl<{ id: string; category: string; body: string }>('livedoor-ldcc')
        .filter((r) => !LIVEDOOR_NEWS_CHANNELS.has(r.category))
        .map((r) => ({ id: r.id, sentences: splitBody(r.body) })),
  },
  {
    name: 'livedoor-news',
    what: 'livedoor news (topic-news, sports-watch)',
    goldFile: new URL('./gold/ner-livedoor.jsonl', import.meta.url),
    count: 120,
    sources: () =>
      readJsonl<{ id: string; category: string; body: string }>('livedoor-ldcc')
        .filter((r) => LIVEDOOR_NEWS_CHANNELS.has(r.category))
        .map((r) => ({ id: r.id, sentences: splitBody(r.body) })),
  },
]

/** The names of the news sets. */
export const NEWS_DATASETS: readonly string[] = NEWS_SETS.map((s) => s.name)

const PER_ARTICLE = 2

/** One scored news sentence: its text, tokens and gold spans (as in the other two sets). */
export type NewsNerRow = Pick<NerRow, 'text' | 'tokens' | 'gold'> & {
  /** `<article id>#<sentence index>` */
  readonly id: string
  /** the article's number (the digits of its id), for `--split=even|odd` */
  readonly article: number
}

type GoldLine = { id: string; sentence: number; entities: [number, number, string][] }
const TYPES: readonly string[] = ['PERSON', 'ORGANIZATION', 'LOCATION']

/** Whether a sentence passes the selection filter (before ordering and the per-article cap). */
function eligible(s: string): boolean {
  return s.length >= 20 && s.length <= 120 && s.endsWith('。') && !/[『』]/.test(s) && !/^[「」“”"'(（]/.test(s) && (s.match(/[\u3041-\u309f]/g) ?? []).length >= 10
}

/** The selection rule applied to the source rows: `[id, sentence index]` pairs in selection order. */
export function selectNewsSentences(rows: readonly SourceRow[], count = 160): [string, number][] {
  const candidates = rows.flatMap((r) =>
    r.sentences.flatMap((s, index) => (eligible(s) ? [{ id: r.id, index, key: createHash('sha1').update(`${r.id}:${index}`).digest('hex') }] : [])),
  )
  candidates.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  const perArticle = new Map<string, number>()
  const out: [string, number][] = []
  for (const c of candidates) {
    if (out.length >= count) break
    const n = perArticle.get(c.id) ?? 0
    if (n >= PER_ARTICLE) continue
    perArticle.set(c.id, n + 1)
    out.push([c.id, c.index])
  }
  return out
}

/** The news set called `name`, or an error naming the known ones. */
export function newsSet(name: string): NewsSet {
  const set = NEWS_SETS.find((s) => s.name === name)
  if (set === undefined) throw new Error(`unknown news set ${name} (${NEWS_DATASETS.join(', ')})`)
  return set
}

/**
 * Read a set's gold file (skipping `#` lines), resolve each sentence from the shared data, check
 * that the file is exactly the selection and every span lies inside its sentence, and tokenize.
 */
export function loadNewsNerRows(tokenizer: Tokenizer, name = 'jawikinews-news'): NewsNerRow[] {
  const set = newsSet(name)
  const source = set.sources()
  const byId = new Map(source.map((r) => [r.id, r]))
  const gold = readFileSync(set.goldFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => JSON.parse(l) as GoldLine)
  const expected = selectNewsSentences(source, set.count).map(([id, index]) => `${id}#${index}`)
  const actual = gold.map((g) => `${g.id}#${g.sentence}`)
  if (expected.join('\n') !== actual.join('\n')) throw new Error(`${name}: the gold file's sentences are not the selection rule's (source data changed?)`)
  return gold.map((g) => {
    const text = byId.get(g.id)?.sentences[g.sentence]
    if (text === undefined) throw new Error(`${name}: no sentence ${g.sentence} in ${g.id}`)
    const spans = g.entities.map(([start, end, type]) => {
      if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length)) throw new Error(`${name}: span [${start}, ${end}] outside ${g.id} sentence ${g.sentence}`)
      if (!TYPES.includes(type)) throw new Error(`${name}: unknown type ${type} in ${g.id} sentence ${g.sentence}`)
      return { start, end, type: type as EntityType, label: type }
    })
    return { id: `${g.id}#${g.sentence}`, article: Number(/(\d+)$/.exec(g.id)?.[1] ?? 0), text, tokens: tokenizer.tokenize(text), gold: spans }
  })
}
