/**
 * @module analyze/entities/rules/find-foreign-names
 * Rule (tier 1). A katakana name written with a middle dot or double hyphen (ジョン・スミス,
 * ジャン＝ポール・サルトル) is one person, however IPADIC cuts it (ジョン + ・ + レ + ノン), and so is
 * a katakana name with a regnal number (フアン2世). The run is found on the text and must start and
 * end on token boundaries.
 * The first part must be a given name IPADIC knows (ジョン, ポール) or the last part a word it does
 * not know or knows as a name, and no part a known place or organisation: dotted katakana ending in
 * a dictionary word is as often a team, company or work (シアトル・パイロッツ, スター・ウォーズ).
 * A name the parts call a person is no person when it fills a work's title (`person-in-work-title.ts`).
 */
import type { Token } from '../../../core/doc.ts'
import type { Candidate, EntityRule } from '../candidate.ts'
import { isKatakana, isPersonToken } from '../token-utils.ts'
import { looksLikeOrganization, orgScore } from './org-or-person.ts'
import { definedKind } from './is-defined-non-person.ts'
import { fillsWorkTitle, isNameInWorkTitle } from './person-in-work-title.ts'

const DOTTED = /[\u30A1-\u30FA\u30FCー]+(?:[・＝=](?:[\u30A1-\u30FA\u30FCー]+|[A-ZＡ-Ｚ](?=[・＝=])))+/gu
const SEPARATOR = /[・＝=]/u
/** Words for a kind of place written right before its name (都市…, 首都…, 州都…, 港町…). */
const PLACE_KIND_BEFORE = /(?:都市|首都|州都|県都|港町|城下町|門前町|宿場町)$/u
/** Characters each side of a name that count as its frame when its parts call it a person. */
const LOCAL_WINDOW = 12
/** A katakana name with a regnal number (フアン2世, レオポルト6世, ルイ十四世). */
const REGNAL = /([\u30A1-\u30FA\u30FCー]{2,}(?:[・＝=][\u30A1-\u30FA\u30FCー]+)*)[0-9０-９一二三四五六七八九十]{1,3}世/gu

/**
 * Each part looked up alone: a person when the first part is a given name IPADIC knows (ジョン,
 * ポール), or when no part is a known place, organisation or common word (シアトル・パイロッツ,
 * ワールド・ソーラー・レース, ウェスタン・デジタル are not people; unknown parts are).
 */
function lookUpParts(parts: readonly string[], tokenize: (text: string) => Token[]): 'PERSON' | 'ORGANIZATION' | null {
  const kinds = parts.filter((part) => part.length > 1).map((part) => {
    const found = tokenize(part)
    if (found.length === 1 && found[0]!.posDetail[1] === '人名') return 'name'
    if (found.length === 1 && found[0]!.origin === 'known' && found[0]!.posDetail[1] === '地域') return 'place'
    if (found.every((t) => t.origin !== 'known')) return 'unknown'
    return 'word'
  })
  if (kinds[0] === 'name' || kinds.every((k) => k === 'unknown' || k === 'name')) return 'PERSON'
  // ボストン・レッドソックス, アトランタ・ブレーブス: a city and a name is a club
  if (kinds[0] === 'place' && kinds.length === 2 && kinds[1] === 'unknown') return 'ORGANIZATION'
  return null
}

function isGivenName(part: string, tokenize: (text: string) => Token[]): boolean {
  const found = tokenize(part)
  return found.length === 1 && found[0]!.posDetail[1] === '人名'
}

function isKnownPlace(part: string, tokenize: (text: string) => Token[]): boolean {
  const found = tokenize(part)
  return found.length === 1 && found[0]!.origin === 'known' && found[0]!.posDetail[1] === '地域'
}

/**
 * Whether a part is one word of four or more characters IPADIC knows as a common (not proper) word
 * (ジャーナリスト, ハリケーン, スポーツ): such a first part names a thing or a role, not a person.
 * Shorter common words are as often given names (マイク, レイ, ロビン, ダリア).
 */
export function isLongCommonWord(part: string, tokenize: (text: string) => Token[]): boolean {
  return part.length >= 4 && isCommonWordPart(part, tokenize)
}

/** The one token of a part IPADIC knows as a common (not proper) word (バンド, プロ, スプリング), or undefined. */
export function knownCommonToken(part: string, tokenize: (text: string) => Token[]): Token | undefined {
  const found = tokenize(part)
  return found.length === 1 && found[0]!.origin === 'known' && found[0]!.posDetail[0] !== '固有名詞' ? found[0] : undefined
}

/** Whether a part is one word IPADIC knows as a common (not proper) word, of any length. */
function isCommonWordPart(part: string, tokenize: (text: string) => Token[]): boolean {
  return knownCommonToken(part, tokenize) !== undefined
}

/** `tokenize` remembering its answers: the parts are looked up several times each. */
function memoized(tokenize: (text: string) => Token[]): (text: string) => Token[] {
  const seen = new Map<string, Token[]>()
  return (part) => {
    let found = seen.get(part)
    if (found === undefined) {
      found = tokenize(part)
      seen.set(part, found)
    }
    return found
  }
}

export const findForeignNames: EntityRule = {
  name: 'find-foreign-names',
  tier: 1,
  find(input) {
    const { text, tokens, gazetteer } = input
    const out: Candidate[] = []
    const first = tokens[0]
    const last = tokens.at(-1)
    if (first === undefined || last === undefined) return out
    const sentenceText = text.slice(first.start, last.end)
    // most sentences hold neither pattern: the boundary maps are built only for one that does
    const regnal = sentenceText.includes('世')
    if (!regnal && !SEPARATOR.test(sentenceText)) return out
    const starts = new Map(tokens.map((t, i) => [t.start, i]))
    const ends = new Map(tokens.map((t, i) => [t.end, i]))
    for (const m of regnal ? sentenceText.matchAll(REGNAL) : []) {
      const start = first.start + m.index
      const end = start + m[0].length
      if (starts.has(start) && ends.has(end) && !gazetteer.names.has(m[1] ?? '')) out.push({ start, end, type: 'PERSON', rule: 'find-foreign-names' })
    }
    for (const m of sentenceText.matchAll(DOTTED)) {
      // W・エドワーズ・デミング: a Latin initial before the name belongs to it
      const initial = /(?<![A-Za-z0-9Ａ-Ｚａ-ｚ０-９])[A-ZＡ-Ｚ][・.．]$/u.exec(sentenceText.slice(Math.max(0, m.index - 3), m.index))
      const start = first.start + m.index - (initial !== null && starts.has(first.start + m.index - 2) ? 2 : 0)
      const end = first.start + m.index + m[0].length
      const i = starts.get(start)
      const j = ends.get(end)
      if (i === undefined || j === undefined) continue
      const name = m[0]
      const parts = name.split(SEPARATOR)
      if (parts.some((p) => p.length < 2 && !/^[A-ZＡ-Ｚ]$/u.test(p)) || gazetteer.names.has(name) || gazetteer.names.has(parts[0] ?? '')) continue
      if ([...gazetteer.orgSuffixes.keys()].some((s) => s.length >= 2 && isKatakana(s) && (parts.at(-1) ?? '').endsWith(s))) continue
      // バーデン＝ヴュルテンベルク + 州: a dotted name before a place suffix is a place
      const suffix = tokens[j + 1]
      if (suffix !== undefined && suffix.start === end && gazetteer.placeSuffixes.has(suffix.surface) && suffix.posDetail[0] === '接尾') {
        out.push({ start, end: suffix.end, type: 'LOCATION', subtype: gazetteer.placeSuffixes.get(suffix.surface) ?? 'REGION', rule: 'find-foreign-names' })
        continue
      }
      // 都市 + エル・ドラード, 州都 + …: a place-kind word glued before the name makes it a place
      const kind = tokens[i - 1]
      if (kind !== undefined && kind.end === start && kind.partOfSpeech === '名詞' && PLACE_KIND_BEFORE.test(kind.surface)) {
        out.push({ start, end, type: 'LOCATION', subtype: 'CITY', rule: 'find-foreign-names' })
        continue
      }
      const words = tokens.slice(i, j + 1).filter((t) => !SEPARATOR.test(t.surface) || t.surface.length > 1)
      const head = words[0]
      const tail = words.at(-1)
      const startsWithGivenName = head !== undefined && head.origin === 'known' && head.posDetail[1] === '人名'
      const endsLikeName = tail !== undefined && (tail.origin !== 'known' || tail.posDetail[1] === '人名' || tail.partOfSpeech !== '名詞')
      // the part of speech of an unknown word is a guess (kuromoji tags unknown katakana 組織 at times)
      const knownPlaceOrOrg = words.some((t) => t.origin === 'known' && (t.posDetail[1] === '地域' || t.posDetail[1] === '組織'))
      const tokenize = input.tokenize === undefined ? undefined : memoized(input.tokenize)
      if (tokenize !== undefined) {
        let type: 'PERSON' | 'ORGANIZATION' | 'OTHER' | null = lookUpParts(parts, tokenize)
        // looked up alone a part may read as a word (ジム, ブライアン); read here as names, every part is one
        if (type === null && words.every((t) => isPersonToken(t))) type = 'PERSON'
        const sentence = { start: first.start, end: last.end }
        // undecided by the parts (エディ・ランド: ランド is a word too): the frame and sentence decide
        // ヘヴィメタル・バンド, プロ・デビュー: common words joined by a dot are a phrase, not a name
        const allCommon = parts.every((p) => p.length < 2 || isCommonWordPart(p, tokenize))
        if (type === null && !allCommon && !parts.some((p) => isKnownPlace(p, tokenize))) {
          const score = orgScore(text, sentence, start, end, parts)
          // a first part that is one long common word (ジャーナリスト・…, ハリケーン・…) names a thing or a role, not a person
          type = score >= 3 ? 'ORGANIZATION' : score <= -1 && !isLongCommonWord(parts[0] ?? '', tokenize) ? 'PERSON' : null
        }
        // a name its parts call a person turns organisation on its own shape and frame, not on the other words of a long sentence
        const local = { start: Math.max(sentence.start, start - LOCAL_WINDOW), end: Math.min(sentence.end, end + LOCAL_WINDOW) }
        if (type === 'PERSON' && !isGivenName(parts[0] ?? '', tokenize) && looksLikeOrganization(text, local, start, end, parts, isKnownPlace(parts[0] ?? '', tokenize))) type = 'ORGANIZATION'
        // 「Xは、…出身のロックバンド。」: a definition sentence names what its topic is
        // 『ペール・ギュント』, 「リーガル・ハイ」: the title of a work, which blocks the names inside it
        if (type === 'PERSON' && isNameInWorkTitle(text, start, end)) type = 'OTHER'
        // 映画「ヒロシマ・…」, ドラマ「…・オブ・…」: a name of any kind that fills a work's title is the work
        if (type !== null && fillsWorkTitle(input, start, end)) type = 'OTHER'
        const defined = type === 'PERSON' ? definedKind(text, sentence, start, end) : null
        if (defined !== null) out.push({ start, end, type: defined, ...(defined === 'ORGANIZATION' ? { subtype: 'OTHER' } : {}), rule: 'find-foreign-names' })
        else if (type !== null) out.push({ start, end, type, ...(type === 'ORGANIZATION' ? { subtype: 'OTHER' } : {}), rule: 'find-foreign-names' })
      } else if ((startsWithGivenName || endsLikeName) && !knownPlaceOrOrg) {
        out.push({ start, end, type: isNameInWorkTitle(text, start, end) || fillsWorkTitle(input, start, end) ? 'OTHER' : 'PERSON', rule: 'find-foreign-names' })
      }
    }
    return out
  },
}
