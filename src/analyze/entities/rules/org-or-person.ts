/**
 * @module analyze/entities/rules/org-or-person
 * A small scorer with hand-set weights that decides whether an unknown katakana name (ヴェリタスは,
 * ノルトハーフェン・ロイヤルズ) names an organisation rather than a person: the shape of the name
 * (a company head word at its end, a club word at its start, a plural ending), its local frame
 * (…に移籍, …の社長, 歌手の…) and the words of its sentence (買収, 発売, リーグ vs 生まれ, 妻, 彼女).
 * Used by the rules that guess people from katakana (find-foreign-names, guess-katakana-person).
 */

/** Katakana words that end company, team and band names (…・ホールディングス, …エアウェイズ). */
const ORG_HEADS = /(?:ホールディング[スズ]|コーポレーション|カンパニー|エンタ(?:ー)?テイン(?:メ|メン)ト|メディア|ニュース|ジャパン|インターナショナル|グループ|エアウェイ[スズ]|エアライン[スズ]|レコー[ドズ]|ミュージック|フィルム[スズ]|ピクチャー[スズ]|スタジオ[スズ]?|プロダクション[スズ]?|システム[スズ]|テクノロジー[スズ]?|ソフト(?:ウェア)?|ゲーム[スズ]|ネットワーク[スズ]?|コミュニケーション[スズ]|インダストリー[スズ]?|モーター[スズ]|オート(?:モーティ[ヴブ])?|エアクラフト|アビエーション|レールロード|レールウェイ|鉄道|バンク|キャピタル|ファンド|パートナー[スズ]|アソシエイツ|ラボ(?:ラトリー[スズ]?)?|ワークス|ブラザー[スズ]|ゲーエムベーハー|テクニーク|ユナイテッド|シティ|ローヴァーズ|ローバーズ|ワンダラーズ|レンジャーズ|アスレチック|クラブ|スポーツ|サービス|サイエンス|ファーマ|ケミカル|エナジー|エレクトロニクス|マシーン[スズ]|ストア[スズ]?|マート|ショップ|ホテル[スズ]?|リゾート[スズ]?|オーケストラ|アンサンブル|カルテット|トリオ|バンド|ボーイズ|ガールズ|シスターズ|ブラザーズ|フェリー|エクスプレス|トランスポート|ライン[スズ]|チーム|アソシエーツ|コンビナート|インスティテュート|ソサエティ|ファウンデーション|リミテッド|ラボラトリーズ)$/u
/** Words that open club and company names (レアル・…, FC…, アトレティコ・…). */
const ORG_OPENERS = /^(?:レアル|アトレティコ|スポルティング|ディナモ|ダイナモ|デポルティボ|アカデミア|オリンピック|オリンピアコス|インテル|ユニオン|ボルシア|ラシン|FC|SC|CF|CD|AC|SK|FK|SV|VfB|ザ)$/u
/** After the name: frames only an organisation fills. */
const ORG_FRAME = /^(?:に入社|へ入社|に入団|へ入団|に移籍|へ移籍|に加入|へ加入|に所属|所属|と契約|から発売|が発売|から指名|の社長|の会長|のCEO|の代表|の創業|の創設|の子会社|の傘下|を買収|に買収|が買収|の株|の本社|の本拠|のメンバー|の選手|の監督|のボーカル|のギタリスト|のドラマー|のベーシスト|の元メンバー|の下部組織|の一員|戦|社|傘下|と合併|を設立|が設立|を創業|が創業)/u
/** After the name: frames of a person. */
const PERSON_FRAME = /^(?:氏|さん|君|様|卿|伯|公|王|帝|夫人|選手|監督|は生まれ|が生まれ|の妻|の夫|の息子|の娘|の父|の母|の兄|の弟|の姉|の妹|の子|自身|と結婚|は結婚|が死去|は死去|が亡くな|は亡くな|が演じ|の死)/u
/** Before the name: a role noun that introduces a person (歌手の…, 妻…). */
const PERSON_BEFORE = /(?:歌手|俳優|女優|作家|画家|詩人|作曲家|監督|選手|投手|捕手|将軍|王|皇帝|司令官|大統領|首相|国王|女王|妻|夫|息子|娘|父|母|兄|弟|姉|妹|博士|教授|記者|社長|会長|の友人|弟子|師|業者|経営者|実業家|創業者|創設者|オーナー|名将|右腕|投資家|銀行家|ドライバー|騎手)(?:だった|である)?(?:の|・|、)?$/u
/** Sentence words that speak of organisations. */
const ORG_WORDS = /会社|企業|株式|買収|発売|販売|製品|事業|設立|創業|提携|子会社|ブランド|店舗|チェーン|上場|傘下|出資|レーベル|バンド|アルバム|シングル|リーグ|クラブ|球団|チーム|シーズン|ドラフト|団体|組織|政党|協会|シンクタンク|メーカー|工場|本社|社員|従業員|経営|運営|合併|倒産|リリース|ライセンス|事務所|運航|航路|路線|就航|出店|営業|取締役|株主|生産|創立|結成|合弁|独禁/gu
/** Sentence words that speak of people. */
const PERSON_WORDS = /彼女|彼|生まれ|結婚|妻|夫|息子|娘|死去|亡くな|歳|誕生|幼少|晩年|学位|博士|教授|演じ|語った|述べ|思っ|考え|自身|本人|少年|少女|氏|さん|王子|王女|国王|皇帝|将軍|騎士/gu

function count(re: RegExp, s: string, cap: number): number {
  // min(cap, number of matches), without collecting the matches
  let n = 0
  for (const _ of s.matchAll(re)) if (++n >= cap) break
  return Math.min(cap, n)
}

/**
 * The score of a katakana name at text[start, end) being an organisation; positive means organisation.
 * `parts` are the name's parts split at ・ / ＝ (one part when undotted); `firstPartIsPlace` when the
 * first part is a known place (ボストン・ミラーズ).
 */
export function orgScore(text: string, sentence: { start: number; end: number }, start: number, end: number, parts: readonly string[], firstPartIsPlace = false): number {
  const name = text.slice(start, end)
  const after = text.slice(end, Math.min(sentence.end, end + 8))
  const before = text.slice(Math.max(sentence.start, start - 6), start)
  const rest = text.slice(sentence.start, start) + text.slice(end, sentence.end)
  let score = 0
  if (ORG_HEADS.test(name)) score += 3
  if (ORG_OPENERS.test(parts[0] ?? '')) score += 3
  if (firstPartIsPlace && parts.length >= 2) score += 2
  if (parts.length >= 2 && /(?:[ーッンア-ヶ]ズ|ッツ)$/u.test(parts.at(-1) ?? '')) score += 1
  if (ORG_FRAME.test(after)) score += 3
  if (PERSON_FRAME.test(after)) score -= 3
  if (PERSON_BEFORE.test(before)) score -= 3
  score += count(ORG_WORDS, rest, 3) - count(PERSON_WORDS, rest, 3)
  return score
}

/** Whether the scorer calls the name an organisation (score 2 or more). */
export function looksLikeOrganization(text: string, sentence: { start: number; end: number }, start: number, end: number, parts: readonly string[], firstPartIsPlace = false): boolean {
  return orgScore(text, sentence, start, end, parts, firstPartIsPlace) >= 2
}

/**
 * Whether the words around text[start, end) frame a person: a role noun before it (作者の…, 歌手…)
 * or a person's frame after it (…氏, …の妻, …は生まれ). For kanji surnames IPADIC reads as places.
 */
export function isPersonFrame(text: string, sentence: { start: number; end: number }, start: number, end: number): boolean {
  const after = text.slice(end, Math.min(sentence.end, end + 8))
  const before = text.slice(Math.max(sentence.start, start - 6), start)
  return PERSON_FRAME.test(after) || PERSON_BEFORE.test(before) || ROLE_BEFORE.test(before)
}
/** More roles that introduce a person by name (作者の…, 投手の…). */
const ROLE_BEFORE = /(?:作者|著者|筆者|原作者|演出家|脚本家|漫画家|棋士|力士|騎手|主将|部長|課長|社員|店主|当主|藩主|城主|領主|家臣|同級生|先輩|後輩|恩師|師匠|弟子|相手|部下|上司|長男|次男|三男|長女|次女)(?:の|・)?$/u
