/**
 * @module analyze/entities/rules/split-country-compounds
 * Rule 1. Country compounds written with one-character abbreviations (日米韓, 米ロ, 露朝, 日ウクライナ)
 * become one LOCATION/COUNTRY entity per country, each with its canonical name (米 → アメリカ).
 * A lone abbreviation counts only in unambiguous contexts: after 訪/対/駐/在/親/反/知/滞/離/渡
 * (訪米, 対米; not 来日) or before a political noun (米大統領, 露外相); otherwise 米 is rice and 中 is "inside".
 * Before an organisation word (米政府, 米議会, 露軍) the whole is one organisation (find-org-by-suffix,
 * canonical アメリカ政府).
 */
import type { Token } from '../../../core/doc.ts'
import type { Candidate, EntityRule, RuleInput } from '../candidate.ts'
import type { KnownName } from '../gazetteer.ts'
import { isAdjacent, isProperNoun } from '../token-utils.ts'
import { OTHER_SUFFIXES } from './find-other-by-suffix.ts'

const OTHER = new Set([...OTHER_SUFFIXES, '協議', '事務所'])

/** Prefixes that make a following abbreviation a country (訪米 = a visit to the US). */
// not 来 / 帰: 来日 and 帰朝 (back to the court) are set verbs, not mentions of a country
const PREFIXES = new Set(['訪', '対', '駐', '在', '親', '反', '知', '滞', '離', '渡', '駐日', '在日'])

/** Nouns that make a preceding lone abbreviation a country (米大統領, 露外相). */
const CONTEXT_AFTER = new Set([
  '大統領', '副大統領', '首相', '政府', '政権', '当局', '軍', '外相', '国防相', '国務長官', '国防長官', '大使', '大使館', '首脳',
  '国防総省', '国務省', '外務省', '国防省', '議会', '上院', '下院', '紙', 'メディア', '高官', '側', '企業', '大手', '経済', '国債',
  '長期金利', '株', '株式', '市場', '連邦', '与党', '野党', '関係', '同盟', '両国', '艦', '空母', '兵', '部隊', '中央銀行', '統計',
])

/** Compounds that are also ordinary words or names (日中 = daytime, 中日 = a newspaper, 米朝 = a name): countries only before a noun. */
const AMBIGUOUS_COMPOUNDS = new Set(['日中', '中日', '米朝'])

/** Words that make a lone abbreviation part of an organisation name (米政府 → アメリカ政府, 米議会), left to find-org-by-suffix. */
const ORGANIZATION_AFTER = new Set(['政府', '政権', '当局', '軍', '議会', '上院', '下院', '国防総省', '国務省', '外務省', '国防省', '連邦議会', '中央銀行'])

type Part = { readonly start: number; readonly end: number; readonly country: KnownName; readonly abbreviated: boolean; readonly proper: boolean }

/** Per names map: its countries alone (a small map, looked up for every noun). */
const COUNTRY_NAMES = new WeakMap<ReadonlyMap<string, KnownName>, ReadonlyMap<string, KnownName>>()

function countryNamesOf(names: ReadonlyMap<string, KnownName>): ReadonlyMap<string, KnownName> {
  let countries = COUNTRY_NAMES.get(names)
  if (countries === undefined) {
    countries = new Map([...names].filter(([, known]) => known.subtype === 'COUNTRY'))
    COUNTRY_NAMES.set(names, countries)
  }
  return countries
}

/** The countries a single token stands for: a full name (ウクライナ) or one or more abbreviations (日米). */
function partsOf(token: Token, input: RuleInput): Part[] | null {
  if (token.partOfSpeech !== '名詞') return null
  const { gazetteer } = input
  const full = countryNamesOf(gazetteer.names).get(token.surface)
  if (full !== undefined) {
    return [{ start: token.start, end: token.end, country: full, abbreviated: false, proper: true }]
  }
  if (token.partOfSpeech !== '名詞' || token.surface.length > 3) return null
  if (token.surface.length > 1 && isOrgName(token)) return null
  const parts: Part[] = []
  for (let k = 0; k < token.surface.length; k++) {
    const country = gazetteer.abbreviations.get(token.surface[k] ?? '')
    if (country === undefined) return null
    parts.push({ start: token.start + k, end: token.start + k + 1, country, abbreviated: true, proper: isProperNoun(token) })
  }
  return parts
}

function isOrgName(token: Token): boolean {
  return token.posDetail[0] === '固有名詞' && token.posDetail[1] === '組織'
}

function toCandidate(part: Part): Candidate {
  return { start: part.start, end: part.end, type: 'LOCATION', subtype: 'COUNTRY', canonical: part.country.canonical, rule: 'split-country-compounds' }
}

export const splitCountryCompounds: EntityRule = {
  name: 'split-country-compounds',
  tier: 0,
  find(input) {
    const { tokens } = input
    const out: Candidate[] = []
    let i = 0
    while (i < tokens.length) {
      const head = partsOf(tokens[i]!, input)
      if (head === null) {
        // 訪米, 対中: one token of prefix + abbreviation (not before an event word: 日露戦争)
        const token = tokens[i]!
        if (token.surface.length === 2 && !(token.start === tokens[i - 1]?.end && token.partOfSpeech === '名詞' && OTHER.has(token.surface))) {
          const country = input.gazetteer.abbreviations.get(token.surface.slice(-1))
          if (PREFIXES.has(token.surface.slice(0, -1)) && country !== undefined) {
            out.push({ start: token.end - 1, end: token.end, type: 'LOCATION', subtype: 'COUNTRY', canonical: country.canonical, rule: 'split-country-compounds' })
          }
        }
        i++
        continue
      }
      const run: Part[][] = [head]
      let j = i + 1
      while (j < tokens.length && isAdjacent(tokens, j)) {
        const parts = partsOf(tokens[j]!, input)
        if (parts === null) break
        run.push(parts)
        j++
      }
      const flat = run.flat()
      const next = tokens[j]
      const nextIsNoun = next !== undefined && next.start === tokens[j - 1]?.end && next.partOfSpeech === '名詞'
      const compound = input.text.slice(flat[0]?.start ?? 0, flat.at(-1)?.end ?? 0)
      if (next !== undefined && nextIsNoun && OTHER.has(next.surface)) {
        // 日露戦争, 米朝協議: the name of an event, not the countries
      } else if (flat.length >= 2 && AMBIGUOUS_COMPOUNDS.has(compound) && !nextIsNoun) {
        // 日中は (in the daytime), 米朝さん
      } else if (flat.length >= 2 && flat.some((p) => p.abbreviated) && flat.some((p) => p.proper)) {
        // 日米韓, 米ロ, 日ウクライナ: every part is a country
        out.push(...flat.map(toCandidate))
      } else if (flat.length === 1 && flat[0]!.abbreviated && flat[0]!.proper) {
        const token = tokens[i]!
        const prev = tokens[i - 1]
        const next = tokens[i + 1]
        const afterPrefix = prev !== undefined && isAdjacent(tokens, i) && PREFIXES.has(prev.surface)
        const beforeContext = next !== undefined && isAdjacent(tokens, i + 1) && CONTEXT_AFTER.has(next.surface)
        const organization = next !== undefined && isAdjacent(tokens, i + 1) && ORGANIZATION_AFTER.has(next.surface)
        if ((afterPrefix || beforeContext) && !organization) out.push(toCandidate(flat[0]!))
        void token
      }
      i = Math.max(j, i + 1)
    }
    return out
  },
}
