/**
 * @module eval/_ner-news
 * The hand-labelled news NER set `jawikinews-news` for `eval ner`: 160 body sentences of Japanese
 * Wikinews (../shared/evaldata/jawikinews-headline/dev.jsonl, CC BY 2.5) with every PERSON,
 * ORGANIZATION and LOCATION mention. The gold file `eval/gold/ner-jawikinews.jsonl` holds ids and
 * UTF-16 offsets only; the text is read from the shared data and every span is checked against it.
 * The set is never used for training: the bundled tagger has not seen it, so `shipped` is a fair
 * measure here.
 *
 * Selection (fixed before any system output was seen, re-checked on load by {@link selectNewsSentences}):
 * every body sentence (`row.sentences[index]`) of 20–120 characters that ends with 。, contains no
 * 『 or 』 (citation titles), does not start with a quote mark or bracket and has at least 10
 * hiragana; ordered by sha1(`${id}:${index}`) in hex, smallest first; at most 2 sentences per
 * article; the first 160.
 *
 * Labelling conventions (matome's):
 * - The span is the name only: a title, honorific or role is not part of it (プーチン大統領 →
 *   プーチン; 田中氏 → 田中; 山本議長 → 山本; 時津風親方 → 時津風).
 * - Countries and places are LOCATION even when they act (日本は…と発表 → 日本; 大阪府が…を負担 →
 *   大阪府; a national team named by its country, イングランドが敗退 → イングランド).
 * - A country or place joined to an organisation word is one ORGANIZATION (日本政府, 米航空宇宙局,
 *   長野県警, 山口県選挙管理委員会, イスラエル政府); a place then の then an organisation is two
 *   mentions (日本の気象庁 → 日本 LOCATION, 気象庁 ORGANIZATION).
 * - A written-together address is one LOCATION (大阪府茨木市, 香川県坂出市林田町); a region word that
 *   is not part of the name is left out (ダルフール地方 → ダルフール).
 * - One-character abbreviations count (米 in 米大統領 or 訪米 → LOCATION; 日米 → 日 and 米).
 * - ORGANIZATION: government bodies, ministries, courts, police forces, parliaments, companies,
 *   parties (民主 for the Democratic Party), clubs and teams, leagues, schools, agencies,
 *   newspapers and broadcasters including their short forms (毎日, 産経, 読売, サンスポ, NHK, BBC).
 * - Not labelled: facilities (stations, ports, stadiums, shrines, parks, airports, railway lines),
 *   events (リオデジャネイロオリンピック, and place names inside an event name), products and
 *   services (Twitter, WindowsXP), works, laws, ships, racehorses, nationalities (日本人,
 *   ブルガリア人), families (鹿島家), and anaphors (同社, 同市, 同協会).
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { EntityType } from '../src/core/doc.ts'
import type { Tokenizer } from '../src/analyze/tokens/tokenizer.ts'
import { evalDataPath } from '../src/runtime/paths.ts'
import type { NerRow } from './_ner-data.ts'

/** The name `eval ner --dataset=` knows this set by. */
export const NEWS_DATASET = 'jawikinews-news'

/** The gold file, beside this module in `eval/gold/`. */
const GOLD_FILE = new URL('./gold/ner-jawikinews.jsonl', import.meta.url)
const SENTENCE_COUNT = 160
const PER_ARTICLE = 2

/** One scored news sentence: its text, tokens and gold spans (as in the other two sets). */
export type NewsNerRow = Pick<NerRow, 'text' | 'tokens' | 'gold'> & {
  /** `<article id>#<sentence index>` */
  readonly id: string
  /** the article's number (the digits of its id), for `--split=even|odd` */
  readonly article: number
}

type SourceRow = { id: string; sentences: string[] }
type GoldLine = { id: string; sentence: number; entities: [number, number, string][] }
const TYPES: readonly string[] = ['PERSON', 'ORGANIZATION', 'LOCATION']

/** Whether a sentence passes the selection filter (before ordering and the per-article cap). */
function eligible(s: string): boolean {
  return s.length >= 20 && s.length <= 120 && s.endsWith('。') && !/[『』]/.test(s) && !/^[「」“”"'(（]/.test(s) && (s.match(/[\u3041-\u309f]/g) ?? []).length >= 10
}

/** The selection rule applied to the source rows: `[id, sentence index]` pairs in selection order. */
export function selectNewsSentences(rows: readonly SourceRow[]): [string, number][] {
  const candidates = rows.flatMap((r) =>
    r.sentences.flatMap((s, index) => (eligible(s) ? [{ id: r.id, index, key: createHash('sha1').update(`${r.id}:${index}`).digest('hex') }] : [])),
  )
  candidates.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  const perArticle = new Map<string, number>()
  const out: [string, number][] = []
  for (const c of candidates) {
    if (out.length >= SENTENCE_COUNT) break
    const n = perArticle.get(c.id) ?? 0
    if (n >= PER_ARTICLE) continue
    perArticle.set(c.id, n + 1)
    out.push([c.id, c.index])
  }
  return out
}

/**
 * Read the gold file (skipping `#` lines), resolve each sentence from the shared data, check that
 * the file is exactly the selection and every span lies inside its sentence, and tokenize.
 */
export function loadNewsNerRows(tokenizer: Tokenizer): NewsNerRow[] {
  const source = readFileSync(evalDataPath('jawikinews-headline', 'dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as SourceRow)
  const byId = new Map(source.map((r) => [r.id, r]))
  const gold = readFileSync(GOLD_FILE, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => JSON.parse(l) as GoldLine)
  const expected = selectNewsSentences(source).map(([id, index]) => `${id}#${index}`)
  const actual = gold.map((g) => `${g.id}#${g.sentence}`)
  if (expected.join('\n') !== actual.join('\n')) throw new Error(`${NEWS_DATASET}: the gold file's sentences are not the selection rule's (source data changed?)`)
  return gold.map((g) => {
    const text = byId.get(g.id)?.sentences[g.sentence]
    if (text === undefined) throw new Error(`${NEWS_DATASET}: no sentence ${g.sentence} in ${g.id}`)
    const spans = g.entities.map(([start, end, type]) => {
      if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length)) throw new Error(`${NEWS_DATASET}: span [${start}, ${end}] outside ${g.id} sentence ${g.sentence}`)
      if (!TYPES.includes(type)) throw new Error(`${NEWS_DATASET}: unknown type ${type} in ${g.id} sentence ${g.sentence}`)
      return { start, end, type: type as EntityType, label: type }
    })
    return { id: `${g.id}#${g.sentence}`, article: Number(/(\d+)$/.exec(g.id)?.[1] ?? 0), text, tokens: tokenizer.tokenize(text), gold: spans }
  })
}
