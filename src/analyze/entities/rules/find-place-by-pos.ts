/**
 * @module analyze/entities/rules/find-place-by-pos
 * Rule (tier 1). IPADIC 固有名詞,地域 tokens are places; adjacent ones merge, and a following place
 * suffix (市 県 州 町 村 区 郡 島 地区 …, listed in `suffixes.json`) joins the span (浜松 + 市 →
 * 浜松市). A chain of administrative units is one place (兵庫県姫路市), with an electoral district
 * number (東京1区) and a direction heading it (西ベルリン) — `place-units.ts`. An unknown or katakana
 * word before a place suffix is a place too (アッフェルデ地区). Countries get subtype COUNTRY; …市内
 * ends before 内. Attributes (ロシア語, 仙台藩) are skipped, a country before 人 stays; a place glued
 * to another name word (大宮アルディージャ) only blocks (OTHER); eras, surnames and 全米 are read in
 * `place-readings.ts`.
 */
import type { Token } from '../../../core/doc.ts'
import type { Candidate, EntityRule } from '../candidate.ts'
import { isAdjacent, isKanji } from '../token-utils.ts'
import { isDemonymSuffix } from './is-demonym-suffix.ts'
import { gluedCandidate, isAfterFounderWord, isGluedToName, isSurnameOfPerson, placeInsideEnd } from './is-glued-to-name.ts'
import { isPersonFrame } from './org-or-person.ts'
import { isEraYear, isLifeStageAfter, isSaidTwice, isTitleBeforeName, isTitledOrPlural, wholeCountry } from './place-readings.ts'
import { chainLinkAt, districtEnd, headedByDirection, hiraganaChainStartAt, lastNameEnd, placeUnitAt } from './place-units.ts'

/** Area words after a place that keep it a place (…中部, …以北, …諸国; …市内 without its 内). */
const AREA_SUFFIXES = new Set(['中部', '北部', '南部', '東部', '西部', '市内', '州内', '都内', '府内', '道内', '県内', '以北', '以南', '以東', '以西', '諸国', '全域', '一帯', '沿岸'])

/** Particles after which a hiragana place word is read as the place (つくばで, むつから). */
const LOCATIVE_PARTICLES = new Set(['で', 'に', 'へ', 'から', 'まで'])

/** A hiragana-only place word tokens[i..j] not followed by a locative particle (みどり + の + 窓口). */
function isBareHiragana(text: string, tokens: readonly Token[], i: number, j: number): boolean {
  if (!/^\p{Script=Hiragana}+$/u.test(text.slice(tokens[i]!.start, tokens[j]!.end))) return false
  const next = tokens[j + 1]
  return next === undefined || !isAdjacent(tokens, j + 1) || !LOCATIVE_PARTICLES.has(next.surface)
}

export const findPlaceByPos: EntityRule = {
  name: 'find-place-by-pos',
  tier: 1,
  find(input) {
    const { text, tokens, gazetteer } = input
    const out: Candidate[] = []
    for (let i = 0; i < tokens.length; i++) {
      const unit = placeUnitAt(tokens, i, input) ?? hiraganaChainStartAt(tokens, i, input)
      if (unit === null) continue
      let j = unit.end
      let subtype = unit.suffix !== null ? gazetteer.placeSuffixes.get(unit.suffix) ?? 'REGION' : tokens[i]!.posDetail[2] === '国' && i === j ? 'COUNTRY' : 'REGION'
      // 兵庫県 + 姫路市: a chain of administrative units is one place (place-units.ts); after a
      // unit with a suffix a last bare place name joins too (東京都新宿区 + 中町)
      while (unit.suffix !== null && j + 1 < tokens.length) {
        const next = chainLinkAt(tokens, j + 1, input)
        if (next === null) break
        if (next.suffix === null) {
          const last = lastNameEnd(tokens, next)
          if (last >= 0) j = last
          break
        }
        j = next.end
        subtype = gazetteer.placeSuffixes.get(next.suffix) ?? subtype
      }
      // 長野県 + 北部: an area word after an administrative unit joins it as after a bare name
      if (unit.suffix !== null && AREA_SUFFIXES.has(tokens[j + 1]?.surface ?? '') && isAdjacent(tokens, j + 1) && !AREA_SUFFIXES.has(tokens[j]!.surface)) j++
      // 東京 + 1区, 福井県 + 第2区: an electoral district is one place
      const district = districtEnd(tokens, j)
      if (district > j) {
        j = district
        subtype = 'REGION'
      }
      // 西 + ベルリン, 新 + 淀川: a direction or 新 heading the place names another place
      const start = headedByDirection(tokens, i) ? tokens[i - 1]!.start : tokens[i]!.start
      const end = tokens[j]!.end
      if ((end - start === 1 || (unit.suffix === null && isBareHiragana(text, tokens, i, j))) && !gazetteer.names.has(text.slice(start, end))) {
        // a lone one-character 地域 token (入, 米 outside its contexts) is too often an ordinary word,
        // and so is a hiragana one outside a locative frame (みどりの窓口, みゆきの部屋: a word or a given name)
        i = j
        continue
      }
      if (unit.suffix === null && (isSaidTwice(tokens, i, i) || isSaidTwice(tokens, i, j))) {
        // パリ + パリ: a kana place word said twice is an onomatopoeia (パリパリの麺), not a place
        i = j
        continue
      }
      if (isAfterFounderWord(tokens, i)) {
        // 市立 + 緑ヶ丘 + 中学校: the place is part of the facility's name
        i = j
        continue
      }
      if (i === j && unit.suffix === null && isTitleBeforeName(tokens, j, gazetteer)) {
        // 王子 + カルロス: the title of a name, not the district
        continue
      }
      if (i === j && isEraYear(tokens, j)) {
        // 天正 + 5年: an era name IPADIC reads as a place
        continue
      }
      const nationwide = i === j ? wholeCountry(tokens[i]!, gazetteer) : null
      if (nationwide !== null) {
        // 全米 (all of America): the country is the abbreviation; 全米 + オープン is a longer name
        if (!isGluedToName(tokens, i, j)) out.push({ start: start + 1, end, type: 'LOCATION', subtype: 'COUNTRY', canonical: nationwide, rule: 'find-place-by-pos' })
        continue
      }
      if (unit.suffix === null && isSurnameOfPerson(tokens, j)) {
        i = j
        continue
      }
      // 作者の長浜は, 長浜らは, 長浜さん, 長浜の中学時代: a lone kanji place word in a person's frame is a surname
      if (i === j && unit.suffix === null && tokens[i]!.posDetail[2] === '一般' && isKanji(tokens[i]!.surface) && !gazetteer.names.has(tokens[i]!.surface) &&
        (isPersonFrame(text, { start: tokens[0]!.start, end: tokens.at(-1)!.end }, start, end) || isTitledOrPlural(tokens, j, gazetteer) || isLifeStageAfter(text, tokens, j))) {
        out.push({ start, end, type: 'PERSON', rule: 'find-place-by-pos' })
        i = j
        continue
      }
      const inside = placeInsideEnd(tokens, j)
      if (inside >= 0) {
        // オレゴン州 + ユージーン: a city named after its state is one place
        out.push({ start, end: tokens[inside]!.end, type: 'LOCATION', subtype: 'CITY', rule: 'find-place-by-pos' })
        i = inside
        continue
      }
      if (isGluedToName(tokens, i, j)) {
        out.push(gluedCandidate(text, tokens, i, j, start, end, 'find-place-by-pos'))
      } else if (!isDemonymSuffix(tokens[j + 1], end, subtype === 'COUNTRY', tokens[i - 1], start)) {
        // 長野県北部: the span keeps the area word (the convention of both evaluation sets), the
        // canonical name is the place itself so mentions link; 札幌市内, 東京都内: the span ends
        // before 内 (both sets mostly label 札幌市), so it is the place itself
        const word = AREA_SUFFIXES.has(tokens[j]!.surface) && j > i ? tokens[j]!.surface : ''
        const inside = word.length === 2 && word.endsWith('内')
        const area = inside ? '' : word
        const stop = inside ? end - 1 : end
        const base = text.slice(start, stop - area.length)
        const known = gazetteer.names.get(base)
        if (inside) subtype = gazetteer.placeSuffixes.get(word[0]!) ?? subtype
        out.push(
          known !== undefined && known.type === 'LOCATION'
            ? { start, end: stop, type: 'LOCATION', subtype: known.subtype, canonical: known.canonical, rule: 'find-place-by-pos' }
            : { start, end: stop, type: 'LOCATION', subtype, ...(area === '' ? {} : { canonical: base }), rule: 'find-place-by-pos' },
        )
      }
      i = j
    }
    return out
  },
}
