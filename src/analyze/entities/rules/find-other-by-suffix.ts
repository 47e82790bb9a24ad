/**
 * @module analyze/entities/rules/find-other-by-suffix
 * Rule (tier 1). A name followed by an event, facility or work suffix (北海道博覧会, 東京駅,
 * 姫路城, ウクライナ戦争, スイス選手権) is a name of another kind: it becomes an OTHER candidate that
 * blocks the place or organisation inside it and is dropped before linking. So is a hotel's name
 * that ends in its city (ウェスティンホテル東京, ホテル日航新潟).
 */
import type { Token } from '../../../core/doc.ts'
import type { Candidate, EntityRule } from '../candidate.ts'
import { isAdjacent, isContentNoun, isKatakana, isNameLike, ordinalStartAt } from '../token-utils.ts'
import { keysEndingAt } from '../../normalize/char-trie.ts'
import { wordTrieOf } from '../gazetteer.ts'

/** Suffixes of events, facilities, works and other non-PER/ORG/LOC names. */
export const OTHER_SUFFIXES: readonly string[] = [
  '博覧会', '万博', 'コンクール', '歌合戦', '映画祭', '展覧会', '展示会', '見本市', 'デモ', 'クーデター', '海戦', '合戦', '一揆', '騒動', '事故', '選手権', 'トーナメント', '大会', '会議', 'サミット', '地震', '震災', '革命', '戦争', '紛争', '事件', '事変', '条約', '協定', '議定書', '宣言', '憲章',
  '賞', '杯', 'カップ', '祭', '祭り', 'まつり', 'フェスティバル', 'ショー', 'モーターショー', 'グランプリ', '五輪', 'オリンピック', 'リーグ戦', '国体', '選挙', '総選挙',
  // an election named by its office (沖縄 + 知事 + 選, 松戸 + 市議 + 選): the place names the event
  '知事選', '都知事選', '府知事選', '県知事選', '市長選', '区長選', '町長選', '村長選', '市議選', '県議選', '府議選', '都議選', '区議選', '町議選', '村議選',
  '空港', '駅', '港', '公園', '城', '寺', '神社', '神宮', '大社', '院', 'ビル', 'タワー', '病院', '植物園', '動物園', '水族館', '博物館', '美術館', '図書館', '記念館', '会館', '資料館',
  'ホール', '劇場', '球場', 'スタジアム', '競技場', 'ドーム', 'アリーナ', '橋', '大橋', '道路', '街道', '国道', '線', '本線', '鉄道線', '高速道路', 'バイパス', '新幹線', 'IC', 'JCT', 'トンネル', 'ダム', '発電所', '原発', '原子力発電所',
  '宮殿', '宮', 'ホテル', '遺跡', '古墳', '通り', '広場', '交差点', '墓地', '教会堂', '大聖堂', '聖堂', '灯台', '庭園', '丸', '号', '法', '時代', '営業所', '事業所', '出張所', '工場', '団地', '店', '北口', '南口', '東口', '西口', '構想', '空襲', '会戦', '連絡船', '飛行場', '牧場', '農場', '寺院', '競馬場', '基地', 'キャンプ', '刑務所', '収容所', '霊園', 'ハイウェイ', 'センター', '百貨店', '商店街', '教習所', '警察署', '学校', '造船所', '工廠',
  '埠頭', 'ふ頭', '岸壁', '幼稚園', '保育園', '保育所', 'こども園', '幼児園',
  '競輪場', '競艇場', 'ボートレース場', 'オートレース場', '体育館', '天文台', 'ユースホステル', 'カントリークラブ', 'ゴルフ場', 'スキー場', '憲法',
  // a class of warships named after its first ship's city (鞍山 + 級 + 駆逐艦)
  '駆逐艦', '巡洋艦', '潜水艦', '護衛艦', '揚陸艦', '戦艦',
]
const OTHER = new Set(OTHER_SUFFIXES)
const OTHER_REVERSED = wordTrieOf(OTHER, 'reversed')
/** Hyphens that join the stations of a line (A-B-C駅). */
const LINE_JOINERS = new Set(['-', '－', '‐', '−'])
/** Railway lines, whose names are also joined by ・ (京義・東海線). */
const LINE_SUFFIXES = new Set(['線', '本線', '鉄道線', '新幹線'])

/**
 * 塩山 - 丹波 - 奥多摩 + 駅, 京義 ・ 東海 + 線: where names joined to the one at tokens[i] before a
 * station's or line's suffix start (hyphens for stations, also ・ for lines), or i.
 */
function joinedNamesStart(tokens: readonly Token[], i: number, suffix: string): number {
  const line = LINE_SUFFIXES.has(suffix)
  if (suffix !== '駅' && !line) return i
  let k = i
  while (k >= 2 && (LINE_JOINERS.has(tokens[k - 1]!.surface) || (line && tokens[k - 1]!.surface === '・')) && isNameLike(tokens[k - 2]!) && isAdjacent(tokens, k) && isAdjacent(tokens, k - 1)) {
    k -= 2
    while (k > 0 && isAdjacent(tokens, k) && isNameLike(tokens[k - 1]!)) k--
  }
  return k
}
/** Words that follow a place and の to name a battle or revolt. */
const BATTLES = new Set(['戦い', '乱', '変', '役', '陣', '合戦', '戦'])
/** Suffixes that block only when written as their own token (院 in 衆議院 is part of an organisation). */
const WHOLE_TOKEN_ONLY = new Set(['店', '院', '宮', '丸', '号', '法', '線', '港', '橋', '城', '寺', '賞', '杯', '祭', '駅', '通り', '時代', '選挙'])

/**
 * 代々木公園, 大黒ふ頭: one place word IPADIC lists that ends in a facility or event suffix (not one
 * that only counts as a token of its own, as 寺 in 国分寺 or 港 in 神戸港 does not) names that facility.
 */
function facilityWord(token: Token): Candidate | null {
  if (token.posDetail[1] !== '地域') return null
  const surface = token.surface
  if (!OTHER_REVERSED.next.has(surface.charCodeAt(surface.length - 1))) return null
  const suffix = keysEndingAt(OTHER_REVERSED, surface, surface.length, Math.min(surface.length - 1, 8)).find((tail) => !WHOLE_TOKEN_ONLY.has(tail) && !isKatakana(tail))
  return suffix === undefined ? null : { start: token.start, end: token.end, type: 'OTHER', rule: 'find-other-by-suffix' }
}

/**
 * After a word that starts or ends in ホテル at tokens[j]: the last token of the city that ends the
 * hotel's name (up to two name words between: ホテル + 日航 + 新潟), or -1.
 */
function hotelCityEnd(tokens: readonly Token[], j: number): number {
  const hotel = tokens[j]!.surface
  if (!hotel.startsWith('ホテル') && !hotel.endsWith('ホテル')) return -1
  for (let k = j + 1; k <= j + 3 && k < tokens.length && isAdjacent(tokens, k); k++) {
    const t = tokens[k]!
    if (t.posDetail[1] === '地域' && !(tokens[k + 1] !== undefined && isAdjacent(tokens, k + 1) && isNameLike(tokens[k + 1]!))) return k
    if (!isNameLike(t)) return -1
  }
  return -1
}


export const findOtherBySuffix: EntityRule = {
  name: 'find-other-by-suffix',
  tier: 1,
  find({ tokens }) {
    const out: Candidate[] = []
    for (let j = 0; j < tokens.length; j++) {
      const suffixToken = tokens[j]!
      if (j === 0 || !isAdjacent(tokens, j)) {
        const word = facilityWord(suffixToken)
        if (word !== null) out.push(word)
        continue
      }
      let suffix: string | undefined
      if (OTHER.has(suffixToken.surface)) suffix = suffixToken.surface
      else {
        // the longest suffix word the surface ends in (8 characters at most, never the whole surface)
        const surface = suffixToken.surface
        // (no suffix ends in the surface's last character: most tokens)
        if (OTHER_REVERSED.next.has(surface.charCodeAt(surface.length - 1)))
          suffix = keysEndingAt(OTHER_REVERSED, surface, surface.length, Math.min(surface.length - 1, 8)).find((tail) => !WHOLE_TOKEN_ONLY.has(tail) && !isKatakana(tail))
      }
      // 造船 + 所: a suffix IPADIC split into two words
      let head = j
      if (suffix === undefined && j >= 2 && suffixToken.surface.length === 1 && isAdjacent(tokens, j) && OTHER.has(tokens[j - 1]!.surface + suffixToken.surface)) {
        suffix = tokens[j - 1]!.surface + suffixToken.surface
        head = j - 1
      }
      if (suffix === undefined) continue
      let i = head
      while (i > 0 && isAdjacent(tokens, i)) {
        const prev = tokens[i - 1]!
        if (isContentNoun(prev) || prev.partOfSpeech === '接頭詞') i--
        // (not before 号: 決議 + 第 + 1595 + 号 numbers a document, it does not name a facility)
        else if (prev.posDetail[0] === '数' && suffix !== '号' && ordinalStartAt(tokens, i - 1) >= 0) i = ordinalStartAt(tokens, i - 1)
        else break
      }
      // (同 + 空港, 各 + 駅: a prefix that points heads no name; 新 + 西海 + 橋 keeps its 新)
      while (i < j && tokens[i]!.partOfSpeech === '接頭詞' && tokens[i]!.surface !== '新') i++
      // 塩山-丹波-奥多摩駅, 京義・東海線, 東海道・山陽新幹線: the stations or lines written together before
      // the last one's 駅 or 線 are names of the same kind
      const joined = joinedNamesStart(tokens, i, suffix)
      if (joined < i) {
        out.push({ start: tokens[joined]!.start, end: suffixToken.end, type: 'OTHER', rule: 'find-other-by-suffix' })
        continue
      }
      const inner = tokens.slice(i, head)
      // 伊勢丹 + 時代, 西武 + 監督 + 時代: the years someone spent at an organisation, not an era's name
      if (suffix === '時代' && inner.some((t) => t.posDetail[1] === '組織')) continue
      if (inner.length === 0 || !inner.some(isNameLike)) {
        const word = head === j ? facilityWord(suffixToken) : null
        if (word !== null) out.push(word)
        continue
      }
      out.push({ start: tokens[i]!.start, end: suffixToken.end, type: 'OTHER', rule: 'find-other-by-suffix' })
    }
    // ウェスティンホテル + 東京, ホテル + 日航 + 新潟: a hotel names itself after its city
    for (let j = 0; j + 1 < tokens.length; j++) {
      const end = hotelCityEnd(tokens, j)
      if (end < 0) continue
      let i = j
      while (i > 0 && isAdjacent(tokens, i) && isNameLike(tokens[i - 1]!)) i--
      out.push({ start: tokens[i]!.start, end: tokens[end]!.end, type: 'OTHER', rule: 'find-other-by-suffix' })
      j = end
    }
    // ワーテルローの戦い, 長篠の戦い, 応仁の乱: a place + の + a battle word is the name of an event
    for (let j = 2; j < tokens.length; j++) {
      if (!BATTLES.has(tokens[j]!.surface) || tokens[j - 1]!.surface !== 'の' || !isAdjacent(tokens, j) || !isAdjacent(tokens, j - 1)) continue
      let i = j - 2
      if (!isNameLike(tokens[i]!)) continue
      while (i > 0 && isNameLike(tokens[i - 1]!) && isAdjacent(tokens, i)) i--
      out.push({ start: tokens[i]!.start, end: tokens[j]!.end, type: 'OTHER', rule: 'find-other-by-suffix' })
    }
    return out
  },
}
