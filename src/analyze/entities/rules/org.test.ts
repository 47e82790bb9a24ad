/**
 * Tests of the organisation rules on original sentences (rules alone: `tagger: null`).
 */
import { test, before } from 'node:test'
import assert from 'node:assert/strict'
import type { Tokenizer } from '../../tokens/tokenizer.ts'
import { loadTokenizer } from '../../../runtime/load-tokenizer.ts'
import { DEFAULT_GAZETTEER } from '../gazetteer.ts'
import { findEntities, type EntityRule } from '../index.ts'
import { findHouseOrg } from './find-house-org.ts'
import { findOrgByDescriptor } from './find-org-by-descriptor.ts'
import { findOrgByContext } from './find-org-by-context.ts'
import { findOrgBySuffix } from './find-org-by-suffix.ts'
import { findClubOrg } from './find-club-org.ts'
import { orgScore } from './org-or-person.ts'
import { findOrgByPos } from './find-org-by-pos.ts'
import { findOrgUnit } from './find-org-unit.ts'
import { findOrgAsThing } from './find-org-as-thing.ts'

let tokenizer: Tokenizer
before(async () => {
  tokenizer = await loadTokenizer()
})

/** The rule's own spans in one sentence. */
function spansOf(rule: EntityRule, text: string): string[] {
  return rule.find({ text, tokens: tokenizer.tokenize(text), gazetteer: DEFAULT_GAZETTEER }).map((c) => `${text.slice(c.start, c.end)}/${c.type}`)
}

/** The organisations the whole rule set finds in one sentence. */
function orgsOf(text: string): string[] {
  return findEntities(text, [{ start: 0, end: text.length }], tokenizer.tokenize(text), { tagger: null })
    .filter((e) => e.type === 'ORGANIZATION')
    .map((e) => e.text)
}

test('findHouseOrg: a surname or a foreign dynasty name + 家 is one organisation, occupations are not', () => {
  assert.deepEqual(spansOf(findHouseOrg, '江戸時代、松平家は鈴木家と縁組をした。'), ['松平家/ORGANIZATION', '鈴木家/ORGANIZATION'])
  assert.deepEqual(spansOf(findHouseOrg, 'ウィーンではハプスブルク家の宮廷が栄えた。'), ['ハプスブルク家/ORGANIZATION'])
  assert.deepEqual(spansOf(findHouseOrg, '父は小説家で、叔父は投資家だった。'), [])
  assert.deepEqual(spansOf(findHouseOrg, '天皇家とイタリア家具の話。'), [])
  assert.deepEqual(spansOf(findHouseOrg, '猫が毎日家にいる。'), [])
  assert.ok(orgsOf('松平家の当主が城を継いだ。').includes('松平家'))
})

test('findOrgByDescriptor: the name after a kind of organisation, bracketed or glued, without the descriptor', () => {
  assert.deepEqual(spansOf(findOrgByDescriptor, '彼は劇団「青空ひろば」に入団した。'), ['青空ひろば/ORGANIZATION'])
  assert.deepEqual(spansOf(findOrgByDescriptor, '調査会社ミルテックが発表した。'), ['ミルテック/ORGANIZATION'])
  assert.deepEqual(spansOf(findOrgByDescriptor, '調査会社ノルヴァンが発表した。'), ['ノルヴァン/ORGANIZATION'])
  assert.deepEqual(spansOf(findOrgByDescriptor, '人気のロックバンド・ドッツが出演した。'), ['ドッツ/ORGANIZATION'])
  assert.deepEqual(spansOf(findOrgByDescriptor, 'ソウルの歌手グループ・ノルヴァンが来日。'), ['ノルヴァン/ORGANIZATION'])
  // a legal form is part of the name (find-org-by-suffix), a descriptor after a name is its suffix
  assert.deepEqual(spansOf(findOrgByDescriptor, '株式会社ミルテックに入社した。'), [])
  assert.deepEqual(spansOf(findOrgByDescriptor, '山田太郎事務所「春の夢」の公演。'), [])
  // a common katakana word after the descriptor is no name (バンド + メンバー), nor a bare チーム + name
  assert.deepEqual(spansOf(findOrgByDescriptor, 'ロックバンドメンバーが集まった。'), [])
  assert.deepEqual(spansOf(findOrgByDescriptor, 'チームジャパンが勝った。'), [])
  assert.ok(orgsOf('調査会社ミルテックが発表した。').includes('ミルテック'))
})

test('findOrgByContext: more organisation frames (…の取締役, …を設立, …に加入), not a product that was released', () => {
  assert.deepEqual(spansOf(findOrgByContext, '彼女はノルヴァンの取締役を務めた。'), ['ノルヴァン/ORGANIZATION'])
  assert.deepEqual(spansOf(findOrgByContext, '二人はノルヴァンを設立した。'), ['ノルヴァン/ORGANIZATION'])
  assert.deepEqual(spansOf(findOrgByContext, '彼は昨年、ノルヴァンに加入した。'), ['ノルヴァン/ORGANIZATION'])
  assert.deepEqual(spansOf(findOrgByContext, '新型のノルヴァンが発売された。'), [])
  assert.deepEqual(spansOf(findOrgByContext, '彼はパンクバンドのギタリストだった。'), [])
})

test('findOrgBySuffix: a numbered unit or cabinet keeps its ordinal, branch and parent unit; 入 + 庁 is no agency', () => {
  assert.deepEqual(orgsOf('祖父は歩兵第3連隊に属した。'), ['歩兵第3連隊'])
  assert.deepEqual(orgsOf('第12師団第4連隊が到着した。'), ['第12師団第4連隊'])
  assert.deepEqual(orgsOf('第9師団司令部の建物。'), ['第9師団司令部'])
  assert.deepEqual(orgsOf('第2次中村内閣が発足した。'), ['第2次中村内閣'])
  assert.deepEqual(orgsOf('同年第5師団に配属された。'), ['第5師団'])
  // the rule itself leaves 入 + 庁 alone; IPADIC's own 環境庁 is found by find-org-by-pos
  assert.deepEqual(spansOf(findOrgBySuffix, '1990年、環境庁入庁。'), [])
  assert.deepEqual(orgsOf('1990年、環境庁入庁。'), ['環境庁'])
})

test('findClubOrg: a club code before or after the name is part of one organisation; before a common word it is a format', () => {
  assert.deepEqual(spansOf(findClubOrg, '彼はFCノルヴァンに移籍した。'), ['FCノルヴァン/ORGANIZATION'])
  assert.deepEqual(spansOf(findClubOrg, '昨季はSC松本でプレーした。'), ['SC松本/ORGANIZATION'])
  assert.deepEqual(spansOf(findClubOrg, '長野ユナイテッドFCが勝った。'), ['長野ユナイテッドFC/ORGANIZATION'])
  assert.deepEqual(spansOf(findClubOrg, 'Jリーグ・長野ユナイテッドFCに入団。'), ['長野ユナイテッドFC/ORGANIZATION'])
  assert.deepEqual(spansOf(findClubOrg, '新しいCDドラマが出た。'), [])
  assert.deepEqual(spansOf(findClubOrg, 'AFCアジアカップが始まる。'), [])
})

test('orgScore: team and institute head words and board / production words lean to an organisation', () => {
  const score = (text: string, name: string): number => {
    const start = text.indexOf(name)
    return orgScore(text, { start: 0, end: text.length }, start, start + name.length, name.split('・'))
  }
  assert.ok(score('ノルヴァンサーフチームは海辺で結成された。', 'ノルヴァンサーフチーム') >= 2)
  assert.ok(score('ミルトン・リサーチ・インスティテュートが調査した。', 'ミルトン・リサーチ・インスティテュート') >= 2)
  assert.ok(score('ノルヴァンは取締役を派遣し、生産を始めた。', 'ノルヴァン') > score('ノルヴァンは海辺を歩いた。', 'ノルヴァン'))
  assert.ok(score('ノルヴァンは彼女の夫で、結婚して生まれた娘がいる。', 'ノルヴァン') < 0)
  // a role noun before the name introduces a person, also after a copula (業者だった…)
  assert.ok(score('会社を買収した不動産業者だったノルヴァン・ミルトンが語った。', 'ノルヴァン・ミルトン') < score('会社を買収したノルヴァン・ミルトンが語った。', 'ノルヴァン・ミルトン'))
})

test('findOrgByPos: a katakana word IPADIC tags 組織 is no organisation inside a longer katakana name', () => {
  assert.deepEqual(spansOf(findOrgByPos, 'マーメイドが新作を出した。'), ['マーメイド/ORGANIZATION'])
  assert.deepEqual(spansOf(findOrgByPos, '映画リトル・マーメイドを観た。'), [])
  assert.deepEqual(spansOf(findOrgByPos, 'LGマーメイドの新作。'), [])
})

test('findOrgBeforeTitle: an organisation before a title is the employer, not a titled person', () => {
  const people = (text: string): string[] =>
    findEntities(text, [{ start: 0, end: text.length }], tokenizer.tokenize(text), { tagger: null }).filter((e) => e.type === 'PERSON').map((e) => e.text)
  assert.ok(orgsOf('株式会社ノルヴァン代表取締役の田中一郎氏が語った。').includes('株式会社ノルヴァン'))
  assert.ok(orgsOf('ノルヴァン社社長が来日した。').includes('ノルヴァン社'))
  assert.ok(orgsOf('彼はミルトン大学博士研究員となった。').includes('ミルトン大学'))
  assert.ok(!people('ノルヴァン社社長が来日した。').includes('ノルヴァン'))
  // a title that begins inside the suffix keeps the person (大統領府顧問)
  assert.ok(people('ポドリャク大統領府顧問が述べた。').includes('ポドリャク'))
})

test('findOrgByPos / findOrgBySuffix: an organisation before a relation word or after a time word; coined katakana names before 社', () => {
  assert.deepEqual(spansOf(findOrgByPos, '現在伊勢丹により輸入されている。'), ['伊勢丹/ORGANIZATION'])
  assert.deepEqual(spansOf(findOrgByPos, '伊勢丹時代に活躍した。'), ['伊勢丹/ORGANIZATION'])
  assert.deepEqual(spansOf(findOrgBySuffix, '鐘はブルーチャペル社が鋳造した。'), ['ブルーチャペル社/ORGANIZATION'])
  assert.deepEqual(spansOf(findOrgBySuffix, 'ライバル社が動いた。'), [])
})

test('findOrgUnit: a faculty or club right after its organisation is one more organisation', () => {
  assert.deepEqual(spansOf(findOrgUnit, '1990年東京大学法学部卒業。'), ['法学部/ORGANIZATION'])
  assert.deepEqual(spansOf(findOrgUnit, '彼は早稲田大学サッカー部に入った。'), ['サッカー部/ORGANIZATION'])
  assert.ok(orgsOf('彼は早稲田大学サッカー部に入った。').includes('早稲田大学'))
  // no named organisation before it, or a word that only contains 部
  assert.deepEqual(spansOf(findOrgUnit, '大学の工学部と理工学部。'), [])
  assert.deepEqual(spansOf(findOrgUnit, '共産党指導部が決めた。'), [])
})

test('findOrgBySuffix: a Latin name keeps its spaced words and digits before 社; a digit + Latin term is no name', () => {
  assert.deepEqual(orgsOf('Blue Harbor社が発表した。'), ['Blue Harbor社'])
  assert.deepEqual(orgsOf('同社は3Dx社を買収した。'), ['3Dx社'])
  assert.deepEqual(spansOf(findOrgBySuffix, 'この端末は3G通信に対応する。'), [])
})

test('findOrgBySuffix: an activity suffix after a katakana dictionary word or a mixed-case technology word is no company', () => {
  assert.deepEqual(spansOf(findOrgBySuffix, '高速モバイルデータ通信に対応した。'), [])
  assert.deepEqual(spansOf(findOrgBySuffix, 'Androidアプリ開発を学ぶ。'), [])
  assert.ok(orgsOf('千葉中央バスが運行する。').includes('千葉中央バス'))
  assert.ok(orgsOf('ABCテレビが放送した。').includes('ABCテレビ'))
})

test('findOrgBySuffix: a place + 組 is a group of people, a technical acronym + 局 a kind of company', () => {
  assert.deepEqual(spansOf(findOrgBySuffix, 'ヨーロッパ組の選手が合流した。'), [])
  assert.deepEqual(spansOf(findOrgBySuffix, '各TV局が報じた。'), [])
  assert.deepEqual(spansOf(findOrgBySuffix, '工事は森岡組が請け負った。'), ['森岡組/ORGANIZATION'])
})

test('findOrgByPos: 毎日 is the newspaper only in a press frame', () => {
  assert.deepEqual(spansOf(findOrgByPos, '彼から毎日メールが届く。'), [])
  assert.deepEqual(spansOf(findOrgByPos, '毎日が報じた。'), ['毎日/ORGANIZATION'])
})

test('findOrgByPos: a katakana organisation word or an acronym heading a katakana dictionary word is part of a term', () => {
  assert.deepEqual(spansOf(findOrgByPos, 'ACアダプタを差し込む。'), [])
  assert.deepEqual(spansOf(findOrgByPos, 'リーマンショックの後。'), [])
  assert.deepEqual(spansOf(findOrgByPos, '社会の仕組み。'), [])
})

test('a shipyard is a facility, not an organisation; one kanji before 家 is no house', () => {
  assert.deepEqual(orgsOf('艦はノルヴァン海軍造船所で修理された。'), [])
  assert.deepEqual(spansOf(findHouseOrg, '越前島津家が仕えた。'), [])
})

test('findOrgBySuffix: a suffix IPADIC splits (製 + 紙, 連絡 + 会), 等 inside a name, regional papers; 閉 + 社 is an act', () => {
  assert.deepEqual(spansOf(findOrgBySuffix, '川沿いにはシュトラウベル製紙の工場が並ぶ。'), ['シュトラウベル製紙/ORGANIZATION'])
  assert.deepEqual(spansOf(findOrgBySuffix, '港湾工事等調整連絡会が来週開かれる。'), ['港湾工事等調整連絡会/ORGANIZATION'])
  assert.deepEqual(spansOf(findOrgBySuffix, '金融商品取引等監視委員会が調査に入った。'), ['金融商品取引等監視委員会/ORGANIZATION'])
  assert.deepEqual(spansOf(findOrgBySuffix, '静岡日報によると、堤防は修復された。'), ['静岡日報/ORGANIZATION'])
  assert.deepEqual(spansOf(findOrgBySuffix, '高橋興産が土地を買い取った。'), ['高橋興産/ORGANIZATION'])
  assert.deepEqual(spansOf(findOrgBySuffix, 'ラオス最高人民会議が法案を可決した。'), ['ラオス最高人民会議/ORGANIZATION'])
  assert.deepEqual(spansOf(findOrgBySuffix, 'マイケル・ハワード製作の映画が公開された。'), [])
  assert.deepEqual(spansOf(findOrgBySuffix, '港南都市開発が再開発を手がける。'), ['港南都市開発/ORGANIZATION'])
  assert.deepEqual(spansOf(findOrgBySuffix, 'NFC対応のスマホにリコー純正インクを買った。'), [])
  assert.deepEqual(spansOf(findOrgBySuffix, '次世代の高速データ通信が始まる。'), [])
  assert.deepEqual(spansOf(findOrgBySuffix, '初戦でU-21ノルウェー代表と対戦した。'), ['U-21ノルウェー代表/ORGANIZATION'])
  assert.deepEqual(spansOf(findOrgBySuffix, '彼はウィーン芸大で学んだ。'), ['ウィーン芸大/ORGANIZATION'])
  assert.deepEqual(spansOf(findOrgBySuffix, '資料や書籍等を集めた。'), [])
  assert.deepEqual(spansOf(findOrgBySuffix, 'それがメルカド閉社の一因となった。'), [])
})

test('findOrgByPos: capitals joined by & are one name, terms are not; a 組織 word before ら is a surname', () => {
  assert.deepEqual(spansOf(findOrgByPos, 'AT&Tを買収する計画が浮上した。'), ['AT&T/ORGANIZATION'])
  assert.deepEqual(spansOf(findOrgByPos, '新作のBD&DVDが来月発売される。'), [])
  assert.deepEqual(spansOf(findOrgByPos, '松下らは事件との関係を否定した。'), [])
})

test('findHouseOrg: a kanji common word names a house right after its domain or listed after a house; occupations stay out', () => {
  assert.deepEqual(spansOf(findHouseOrg, '後に盛岡藩南部家が城を受け取った。'), ['南部家/ORGANIZATION'])
  assert.deepEqual(spansOf(findHouseOrg, '江戸時代、松平家と石垣家が縁組をした。'), ['松平家/ORGANIZATION', '石垣家/ORGANIZATION'])
  assert.deepEqual(spansOf(findHouseOrg, '彼は作家と評論家を兼ねた。'), [])
})

test('findOrgByContext: 所属事務所は X, X を退社 / 脱退 name an organisation', () => {
  assert.deepEqual(spansOf(findOrgByContext, '所属事務所はクレッセントです。'), ['クレッセント/ORGANIZATION'])
  assert.deepEqual(spansOf(findOrgByContext, '昨年、ミルハーゲンを退社した。'), ['ミルハーゲン/ORGANIZATION'])
  assert.deepEqual(spansOf(findOrgByContext, '今年、QRT36のメンバーが入れ替わった。'), ['QRT36/ORGANIZATION'])
})

test('findOrgBySuffix: a compound of common nouns with 者 / 会 inside before an institution word is one body', () => {
  assert.deepEqual(spansOf(findOrgBySuffix, '消費者保護振興協会が声明を出した。'), ['消費者保護振興協会/ORGANIZATION'])
  assert.deepEqual(spansOf(findOrgBySuffix, '花火大会実行委員会が中止を決めた。'), ['花火大会実行委員会/ORGANIZATION'])
})

test('findOrgAsThing: a maker before a vehicle word, HP as a homepage and 国会議員 are things, not the organisation', () => {
  assert.deepEqual(spansOf(findOrgAsThing, '部隊はボルボ装甲車を三両受け取った。'), ['ボルボ装甲車/OTHER'])
  assert.deepEqual(orgsOf('詳しくは劇団の公式HPで確かめてほしい。'), [])
  assert.deepEqual(orgsOf('地元の国会議員が視察した。'), [])
  assert.deepEqual(orgsOf('HPの新型ノートパソコンが発表された。'), ['HP'])
  assert.deepEqual(orgsOf('参議院議員の任期は六年である。'), ['参議院'])
  assert.deepEqual(spansOf(findOrgAsThing, '那覇空港にボーイング767型機が着陸した。'), ['ボーイング767型/OTHER'])
  assert.deepEqual(spansOf(findOrgAsThing, 'トヨタ2社目の提携先となった。'), [])
})

test('findOrgBeforeTitle: a surname glued to a company suffix before a title is the company; a name before a ministry stays a person', () => {
  assert.deepEqual(orgsOf('彼は長く藤田組副社長を務めた。'), ['藤田組'])
  assert.deepEqual(orgsOf('佐藤外務省顧問が会見した。'), ['外務省'])
})

test('findOrgByPos: a 組織 word IPADIC also lists as a surname is no organisation outside a press frame', () => {
  const spans = (text: string) => findOrgByPos.find({ text, tokens: tokenizer.tokenize(text), gazetteer: DEFAULT_GAZETTEER, tokenize: (t) => tokenizer.tokenize(t) }).map((c) => text.slice(c.start, c.end))
  assert.deepEqual(spans('試合後、安藤が笑顔を見せた。'), [])
  assert.deepEqual(spans('日産が新型車を発表した。'), ['日産'])
})
