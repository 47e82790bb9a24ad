/**
 * @module analyze/dates/detect-tense
 * Does the clause around a partial date (28日, 3月14日, 週末) speak of the future? Reads the words
 * after the expression up to the next date or the end of the clause, without tokens:
 * 1. 現在 / 時点 right after the date (25日現在) → past (as of a day already reached); a day
 *    something was put off to (18日に持ち越された, 20日に延期) → future unless it fell in the last
 *    week; a day something is set for (公開が7月21日に決定) → future;
 * 2. a strong future marker anywhere (予定, 方針, 見通し, 開催される, を前に, 〜へ …) → future; not
 *    予定であった (a plan that was) nor 予定の + noun (…発売する予定の新機種を発表した: a modifier);
 * 3. the first predicate decides: a past form (〜た, 〜だった) → past; a non-past one (リリース
 *    される, 開幕, 発売, 投開票, a plain verb at the end, a plain verb reported with と: 初登庁は24日
 *    になると明らかにした …) → future, or the recent past when the date fell within the last week
 *    (`future-or-recent`); おそれ right after the date (上陸のおそれ) marks the future;
 * 4. with no predicate, a start or deadline particle (から, より, まで, 以降) → `future-or-recent`;
 * 5. a copula after the date with an event as the topic before it (発売は6月25日だ) → `future-or-recent`;
 * 6. otherwise past (news reports what happened: the convention of the issue).
 * Words inside brackets opened after the date are skipped (a title 「世界を変えた男」 has its own
 * tense); a date inside brackets with no tense there is read from the words after them.
 * A lead-in before the expression (もうすぐ, まもなく, いよいよ) also marks the future.
 */
import type { Tense } from './types.ts'

/** As of: 25日現在, 3月末時点. */
const AS_OF = /^\s*(?:現在|時点)/

/** Set for the date: 公開が7月21日に決定, 発売が11月に決まった (a schedule announced: the day lies ahead). */
const SET_FOR = /^\s*に(?:決定|決ま[っり])/

/** Put off to the date: 18日に持ち越された, 20日に延期, 来月へ順延. */
const PUT_OFF_TO = /^\s*(?:に|へ|まで)(?:持ち越|延期|順延|ずれ込|繰り延べ|先送り)/

/** A risk in the words right after the date, within its clause. */
const RISK_AHEAD = /^[^。、]{0,16}(?:おそれ|恐れ)/

/** An event named as the topic right before the date: 発売は, 公開日は, 投開票は. */
const EVENT_TOPIC = /(?:発売|公開|上映|配信|販売|開始|開幕|開催|放送|オープン|受付|締め?切り?|投開票|投票|施行|出荷|リリース)(?:日|予定日)?(?:は|が)\s*$/
/** A plain copula after the date: 6月25日だ。, 25日です, 25日。 */
const COPULA = /^\s*(?:[(（][^)）]{1,4}[)）])?\s*(?:だ|です|となる|[。!！]|$)/

/** Markers that put the clause in the future whatever else follows. */
const STRONG_FUTURE =
  /予定(?![日地者通表の]|(?:で(?:あっ|し)|だっ)た|して(?:い|お)?た)|方針|見通し|見込み|計画(?!的)|目指|目標|めど|メド|開催され(?:る|ます)|行われ(?:る|ます)|始ま(?:る|ります)|迎え(?:る|ます)|控え|決ま(?:る|ります)|を前に|に先駆け|に向け|だろう|でしょう|(?:[りきちしねみえけせてべめれい])そう(?:だ|です)|つもり|方向で|ことにな(?:る|ります)|へ(?:[。、!！]|$)/

/** Past forms: 〜した, 〜された, 〜だった, 〜でした (〜ている is a present state and says nothing here). */
const PAST = /(?:[っしれいきんえけせてめべねげびみ]|だっ|でし|まし|かっ)た(?![ちいだめくらりぶ])|だった/

/**
 * Non-past predicates: a passive or plain verb form, or a release noun not followed by a past form
 * nor by a continuative one (公開され、… takes its tense from the verb that ends the sentence).
 */
const NON_PAST =
  /される(?!だろう)|(?:発売|公開|上映|ロードショー|配信|販売|予約|開始|開幕|終了|閉幕|解禁|施行|再開|スタート|実施|開催|放送|登場|オープン|受付|締め?切)(?!(?:さ|し|と|に)?(?:れ|な|っ)?た|しました|されました|さ?れ[、,て]|し[、,て])|[すくうつぬむぶぐる](?:[。!！]|$)|ます(?:[。!！]|$)|[るすくうつぬむぶぐ]と(?:明らかに|発表|述べ|話|説明|表明|語|発言|強調|伝え|報告|示|見通|予想)|(?:投開票|投票|告示|開票)(?!(?:さ|し|と|に)?(?:れ|な|っ)?た|さ?れ[、,て]|し[、,て])/

/** Particles of a start or a deadline: they lean to the future when no predicate says otherwise. */
const START_OR_DEADLINE = /から|より|まで|以降/

/** Lead-ins before the expression that announce something to come. */
const FUTURE_LEAD = /(?:もうすぐ|まもなく|間もなく|いよいよ|次回|今度の|近く|来る|きたる)[\s、]*$/

/** Characters of lead-in looked at before the expression. */
const LEAD_CHARS = 8

/**
 * The tense of the clause around a date expression.
 * @param text the folded document text
 * @param start start of the expression
 * @param end end of the expression
 * @param limit where its own words end: the next date expression or the end of the sentence
 * @param sentenceEnd the end of the sentence, read when the words up to `limit` carry no tense
 */
export function detectTense(text: string, start: number, end: number, limit: number, sentenceEnd: number = limit): Tense {
  if (FUTURE_LEAD.test(text.slice(Math.max(0, start - LEAD_CHARS), start))) return 'future'
  if (AS_OF.test(text.slice(end, end + 4))) return 'past'
  // 合意は18日に持ち越された: the day a thing was put off to lies ahead of the news, unless just gone
  if (PUT_OFF_TO.test(text.slice(end, end + 8))) return 'future-or-recent'
  if (SET_FOR.test(text.slice(end, end + 6))) return 'future'
  // 週末にも接近のおそれ: a risk named right after the date (not 違法のおそれがあると報じた further on)
  if (RISK_AHEAD.test(text.slice(end, end + 20))) return 'future'
  // the words up to the next date first; when they carry no tense (着工し、), the rest of the sentence
  return (
    tenseOf(clauseAfter(text, end, limit, false)) ??
    tenseOf(clauseAfter(text, end, sentenceEnd, true)) ??
    (START_OR_DEADLINE.test(clauseAfter(text, end, limit, false)) ? 'future-or-recent' : null) ??
    // 発売は6月25日だ: a copula after the date, the event named as the topic before it
    (EVENT_TOPIC.test(text.slice(Math.max(0, start - 12), start)) && COPULA.test(text.slice(end, end + 6)) ? 'future-or-recent' : 'past')
  )
}

function tenseOf(words: string): Tense | null {
  if (STRONG_FUTURE.test(words)) return 'future'
  const past = PAST.exec(words)?.index ?? Infinity
  const nonPast = NON_PAST.exec(words)?.index ?? Infinity
  if (past === Infinity && nonPast === Infinity) return null
  return past <= nonPast ? 'past' : 'future-or-recent'
}

const OPENERS = '「『（(【〈《'
const CLOSERS = '」』）)】〉》'

/**
 * The words after `end` up to `limit` at the date's own bracket depth, without the inside of
 * brackets opened later (a title such as 「世界を変えた男」 says nothing about when the programme
 * airs). A bracket that was open at `end` ends the words, unless `leaveBrackets` is set: then the
 * words after it count too (（6月14日）、オランダ戦に臨む).
 */
function clauseAfter(text: string, end: number, limit: number, leaveBrackets: boolean): string {
  let depth = 0
  let out = ''
  for (let i = end; i < limit; i++) {
    const ch = text[i] ?? ''
    if (OPENERS.includes(ch)) depth++
    else if (CLOSERS.includes(ch)) {
      if (depth > 0) depth--
      else if (!leaveBrackets) return out
    } else if (depth === 0) out += ch
  }
  return out
}
