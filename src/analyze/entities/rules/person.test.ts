/**
 * Tests of the PERSON rules on original sentences, rules alone (no tagger): what IPADIC cuts badly
 * is still read as one person's name.
 */
import { test, before } from 'node:test'
import assert from 'node:assert/strict'
import type { Tokenizer } from '../../tokens/tokenizer.ts'
import { loadTokenizer } from '../../../runtime/load-tokenizer.ts'
import { findEntityCandidates, type EntityRule } from '../index.ts'
import { findPersonByFrame } from './find-person-by-frame.ts'
import { findSiniticPerson } from './find-sinitic-person.ts'
import { findDefinedPerson } from './find-defined-person.ts'
import { DEFAULT_GAZETTEER } from '../gazetteer.ts'

let tokenizer: Tokenizer
before(async () => {
  tokenizer = await loadTokenizer()
})

/** What one rule alone proposes in a sentence, as surface strings. */
function spansOf(rule: EntityRule, text: string): string[] {
  return rule.find({ text, tokens: tokenizer.tokenize(text), gazetteer: DEFAULT_GAZETTEER }).map((c) => text.slice(c.start, c.end))
}

/** The rules' people in a sentence as `name/role` strings. */
function people(text: string): string[] {
  const found = findEntityCandidates(text, [{ start: 0, end: text.length }], tokenizer.tokenize(text), { tokenizer, tagger: null })
  return found.filter((c) => c.type === 'PERSON').map((c) => `${text.slice(c.start, c.end)}/${c.role ?? ''}`)
}

test('matchTitledPerson completes kanji names IPADIC cuts before a title', () => {
  // 康 + 介 (a given-name kanji read as a common noun), 隆 + 法 (read as a suffix)
  assert.deepEqual(people('佐藤康介さんが会見した。'), ['佐藤康介/さん'])
  assert.deepEqual(people('森田隆法氏が講演した。'), ['森田隆法/氏'])
  // a surname kanji IPADIC reads as another word (顕 + 進), a name it splits into a prefix and a noun (在 + 寅)
  assert.deepEqual(people('顕進氏は会見を開いた。'), ['顕進/氏'])
  assert.deepEqual(people('在寅氏は会見で述べた。'), ['在寅/氏'])
})

test('matchTitledPerson takes a surname IPADIC reads as an organisation before 被告', () => {
  assert.deepEqual(people('第2回公判で,吉田被告は起訴内容を認めた。'), ['吉田/被告'])
})

test('matchTitledPerson leaves occupations and pronouns before an honorific alone', () => {
  assert.deepEqual(people('調香師が選んだ香り。'), [])
  assert.deepEqual(people('同氏は否定した。'), [])
})

test('mergePersonNames adds the given-name ending IPADIC cuts off and leaves a kin word out', () => {
  assert.deepEqual(people('歌手の佐藤志麻子が出演した。'), ['佐藤志麻子/'])
  assert.deepEqual(people('漁師の父ジョージが語った。'), ['ジョージ/'])
})

test('mergePersonNames ends a name before an ASCII bracket with its reading', () => {
  assert.deepEqual(people('監督の山田一郎(やまだ・いちろう)が語った。')[0], '山田一郎/')
})

test('findForeignNames takes a dotted name whose parts IPADIC reads as names here', () => {
  assert.deepEqual(people('歌手のジム・クラークが来日した。'), ['ジム・クラーク/'])
})

test('mergePersonNames: a name word heading a common-noun compound is no person; kin and couple words keep it', () => {
  assert.deepEqual(people('タッチ操作で選ぶ。'), [])
  assert.deepEqual(people('中村道場で稽古した。'), [])
  assert.deepEqual(people('田中夫妻が訪れた。'), ['田中/'])
})

test('matchTitledPerson: military and noble titles, a regnal number, and no common word before an ASCII =', () => {
  assert.deepEqual(people('ハルゼー提督が指揮した。'), ['ハルゼー/提督'])
  assert.deepEqual(people('モナコのアルベール2世大公が訪れた。'), ['アルベール2世/大公'])
  assert.deepEqual(people('速報=ジーコ氏が出馬へ'), ['ジーコ/氏'])
})

test('findPersonByFrame: a bare katakana name after a kin word, before a family word or a life noun', () => {
  assert.deepEqual(people('兄ベルトランが跡を継いだ。'), ['ベルトラン/'])
  assert.deepEqual(people('次男のフェルナンと共に旅立った。'), ['フェルナン/'])
  assert.deepEqual(people('ロシュフォール兄弟が設立した。'), ['ロシュフォール/'])
  assert.deepEqual(people('ミュラトーの伝記が出版された。'), ['ミュラトー/'])
})

test('findPersonByFrame: not a possession of 夫の, not a kin word inside a word', () => {
  const only = (text: string) => spansOf(findPersonByFrame, text)
  assert.deepEqual(only('夫のスペックで選んだ。'), [])
  assert.deepEqual(only('空母ブルーノアが出航した。'), [])
  assert.deepEqual(only('兄ベルトランが跡を継いだ。'), ['ベルトラン'])
})

test('findForeignNames: the words of a long sentence far from a dotted name do not make it an organisation', () => {
  assert.deepEqual(people('トト・ベネトーニは1970年代の終わりに故郷へ戻り、やがてレコード会社を買収して新しいバンドを結成した。'), ['トト・ベネトーニ/'])
})

test('guessKatakanaPerson: a katakana word after an adjective or a demonstrative is a common noun; あの still introduces a name', () => {
  assert.deepEqual(people('このアプリが人気だ。'), [])
  assert.deepEqual(people('どちらのヴァージョンも流れた。'), [])
  assert.deepEqual(people('望ましいディテイルが失われた。'), [])
  assert.deepEqual(people('あのロナウドが来日した。'), ['ロナウド/'])
})

test('mergeSurnameAsPlace: a surname IPADIC reads as a place and a given name it cuts in two, also after an occupation', () => {
  assert.deepEqual(people('実業家福澤文介が経営した。'), ['福澤文介/'])
  assert.deepEqual(people('館長の大佛次郎が挨拶した。'), ['大佛次郎/'])
  assert.deepEqual(people('東京一の店。'), [])
})

test('findSiniticPerson: a Chinese or Korean name IPADIC reads as three single kanji, also before a title', () => {
  assert.deepEqual(people('代表の袁紹儀が交渉した。'), ['袁紹儀/'])
  assert.deepEqual(people('鄭廷秀容疑者が逮捕された。'), ['鄭廷秀/容疑者'])
  const only = (text: string) => spansOf(findSiniticPerson, text)
  assert.deepEqual(only('韓日戦が行われた。'), [])
})

test('findPersonByFrame: a ruler title right after a bare katakana name, not an epithet after の', () => {
  assert.deepEqual(people('ユスティヌス帝は勅令を出した。'), ['ユスティヌス/'])
  const only = (text: string) => spansOf(findPersonByFrame, text)
  assert.deepEqual(only('球界のブログ王と呼ばれる。'), [])
})

test('matchTitledPerson: a capital acronym or one Latin letter before a title is no person; before an honorific it is', () => {
  assert.deepEqual(people('CSU党首が入閣を辞退した。').filter((p) => p.startsWith('CSU')), [])
  assert.deepEqual(people('2010年からA代表に選ばれた。'), [])
  assert.deepEqual(people('同僚のSさんは語った。'), ['S/さん'])
})

test('findPersonByFrame: a katakana common word is a name when it dies, not a staff noun glued to another', () => {
  assert.deepEqual(people('その年にマックスが亡くなった。'), ['マックス/'])
  assert.deepEqual(people('美術スタッフが死亡した。'), [])
})

test('matchTitledPerson: a surname IPADIC reads as another proper noun stays with the given name before a title', () => {
  assert.deepEqual(people('協会の鶴島秀夫会長は語った。'), ['鶴島秀夫/会長'])
  assert.deepEqual(people('作家の倉木麻衣さんが登場した。'), ['倉木麻衣/さん'])
})

test('matchTitledPerson: a given-name ending opens no role (千恵 + 蔵 + 主演)', () => {
  assert.deepEqual(people('佐藤千恵蔵主演の舞台。'), ['佐藤千恵蔵/主演'])
})

test('matchTitledPerson: a role never starts with a number', () => {
  assert.deepEqual(people('昭和38年市長選に立候補した。'), [])
})

test('mergePersonNames: a lone name word in a frame only a place fills is no person', () => {
  assert.deepEqual(people('大会はパレルモで行われた。'), [])
  assert.deepEqual(people('駅で田中に会った。'), ['田中/'])
})

test('mergeSurnameAsPlace: a place and a local product or a school abbreviation is no person', () => {
  assert.deepEqual(people('「三田牛」と表示した。'), [])
  assert.deepEqual(people('倉敷商の監督が語った。'), [])
})

test('definedKind: a definition sentence names what its katakana topic is', () => {
  const text = 'グラニット・ハウルズは、1990年に結成されたロックバンド。'
  assert.deepEqual(findEntityCandidates(text, [{ start: 0, end: text.length }], tokenizer.tokenize(text), { tokenizer, tagger: null }).filter((c) => c.type !== 'OTHER').map((c) => `${text.slice(c.start, c.end)}/${c.type}`), ['グラニット・ハウルズ/ORGANIZATION'])
  assert.deepEqual(people('ボルサリーノは、スズメ目に分類される鳥類の一種。'), [])
  assert.deepEqual(people('ボルサリーノは、イタリアの作曲家。'), ['ボルサリーノ/'])
})

test('findPersonByFrame: a bare katakana name before the nouns of a life (研究室, 自宅, 遺族)', () => {
  assert.deepEqual(people('ルブランの研究室を訪れた。'), ['ルブラン/'])
})

test('findForeignNames: a Latin initial before a dotted name belongs to it', () => {
  assert.deepEqual(people('品質管理の専門家W・エドワーズ・デミングと会った。'), ['W・エドワーズ・デミング/'])
})

test('findPersonByFrame: the plural suffix of people after a bare katakana name, not a count of a group', () => {
  assert.deepEqual(spansOf(findPersonByFrame, '当時はヴェルナーらが指揮した。'), ['ヴェルナー'])
  assert.deepEqual(spansOf(findPersonByFrame, 'オセロの2人が揃った。'), [])
})

test('mergePersonNames: a one-kanji name word glued to a noun, an era name and a given-before-surname run are no person', () => {
  // 京 + 風 (a style), 永 + 禄 + 三年 (an era), 直 (a prefix) + 勤
  assert.deepEqual(people('京風の味付けが好まれた。'), [])
  assert.deepEqual(people('永禄三年に城が築かれた。'), [])
  assert.deepEqual(people('彼は藩の直勤だった。'), [])
  // a bare one-kanji surname is still a person (sports news writes 林が, 原は)
  assert.deepEqual(people('林が決勝点を挙げた。'), ['林/'])
  assert.deepEqual(people('山田太郎が来た。'), ['山田太郎/'])
})

test('a name in the title of a work is no person; a quote ending in a name still is', () => {
  assert.deepEqual(people('劇詩『ペール・ギュント』が上演された。'), [])
  assert.deepEqual(people('新作「ジョン・スミス」が公開された。'), [])
  assert.deepEqual(people('番組「名探偵コナン」が始まった。'), [])
  assert.deepEqual(people('「好きなのは佐藤健」と答えた。'), ['佐藤健/'])
  assert.deepEqual(people('ジョン・スミスが来日した。'), ['ジョン・スミス/'])
})

test('a dotted word whose first part is a long common word is no person; a short one may be a given name', () => {
  assert.deepEqual(people('昨夜、ハリケーン・ミレーナが沿岸に接近した。'), [])
  assert.deepEqual(people('ロビン・タナーが会見した。'), ['ロビン・タナー/'])
})

test('findPersonByFrame: an occupation word and の before a name, a childhood age after it', () => {
  assert.deepEqual(spansOf(findPersonByFrame, '物理学教授のハルトマイヤーを招いた。'), ['ハルトマイヤー'])
  assert.deepEqual(spansOf(findPersonByFrame, 'マックスが7歳の時に一家は移住した。'), ['マックス'])
  // a common word has a peak, not an age; 選手の is as often a possession
  assert.deepEqual(spansOf(findPersonByFrame, '人間のピークは25歳だ。'), [])
  assert.deepEqual(spansOf(findPersonByFrame, '選手のタイムリーヒットで逆転した。'), [])
})

test('mergePersonNames: a place or organisation word alone before the plural ら is a surname', () => {
  assert.deepEqual(people('平塚らは記者会見を開いた。'), ['平塚/'])
  assert.deepEqual(people('日本らが反対した。'), [])
})

test('guessKatakanaPerson: an unknown word shaped like a term is no person; a name still is', () => {
  // a thing ending (…ション), a long known word at the end (…スプリング) or the head (バーチャル…)
  assert.deepEqual(people('その日はモチベーションが上がらなかった。'), [])
  assert.deepEqual(people('新型のリコイルスプリングは小型だ。'), [])
  assert.deepEqual(people('バーチャルフォルダが実現する。'), [])
  assert.deepEqual(people('ロイツェは会見した。'), ['ロイツェ/'])
})

test('mergePersonNames: traditional endings, a list ending, a memorial name and a place kanji', () => {
  // 右衛門 / 左衛門 IPADIC cuts off belong to the name; 等 after a surname ends a list
  assert.deepEqual(people('田中左衛門が奉行に訴え出た。'), ['田中左衛門/'])
  assert.deepEqual(people('吉村等や佐藤らが参加した。'), ['吉村/', '佐藤/'])
  // a race or hall named after a person or place, and a name word before a place kanji
  assert.deepEqual(people('春の中山記念で優勝した。'), [])
  assert.deepEqual(people('議会は町有地の売却を認めた。').filter((p) => p.startsWith('町有地')), [])
})

test('findPersonByFrame: an unknown katakana word listed next to a known name is a person', () => {
  const text = '会場にはシラー、ボーデンシュタインなどが集まった。'
  assert.deepEqual(rulesFind(text), ['ボーデンシュタイン'])
  // not a descriptor glued to a noun before it, nor a tool (…、ブログで)
  assert.deepEqual(rulesFind('現役高校生ボーデンシュタイン、佐藤健が出場した。'), [])
})

/** What findPersonByFrame proposes with the dictionary available. */
function rulesFind(text: string): string[] {
  return findPersonByFrame.find({ text, tokens: tokenizer.tokenize(text), gazetteer: DEFAULT_GAZETTEER, tokenize: (part) => tokenizer.tokenize(part) }).map((c) => text.slice(c.start, c.end))
}

test('a place-kind word before a dotted name makes a place; a term-shaped word before a title is no name', () => {
  assert.deepEqual(people('首都ロン・ペラで会議が開かれた。'), [])
  assert.ok(findEntityCandidates('首都ロン・ペラで会議が開かれた。', [], tokenizer.tokenize('首都ロン・ペラで会議が開かれた。'), { tokenizer, tagger: null })
    .some((c) => c.type === 'LOCATION'))
  assert.deepEqual(people('シンジケーション主幹事の地位を得た。'), [])
  assert.deepEqual(people('シュレーダー首相が来た。'), ['シュレーダー/首相'])
})

test('findPersonByFrame: a companion in a human act is a person; a partner in making things is not', () => {
  assert.deepEqual(rulesFind('ボルクマンと共に帰還した。'), ['ボルクマン'])
  assert.deepEqual(rulesFind('ボルクマンとともに開発した。'), [])
})

test('findDefinedPerson: the named topic of a definition that ends in an occupation is a person', () => {
  assert.deepEqual(spansOf(findDefinedPerson, '村瀬大地は、日本の俳優。'), ['村瀬大地'])
  assert.deepEqual(spansOf(findDefinedPerson, 'ボルクマン・テオは、ドイツの作曲家である。'), ['ボルクマン・テオ'])
  // a common noun is no name; a definition of a company is no person
  assert.deepEqual(spansOf(findDefinedPerson, '父は、日本の実業家。'), [])
  assert.deepEqual(spansOf(findDefinedPerson, '村瀬大地は、日本の企業。'), [])
})

test('mergePersonNames: two one-kanji name words glued to a noun are part of a compound word', () => {
  assert.deepEqual(people('宅建業者が球団を買収した。'), [])
  assert.deepEqual(people('王丹氏が来日した。'), ['王丹/氏'])
})

test('mergePersonNames: a name word right after a municipality and の or ・ is a district', () => {
  const text = '工場は東京市の深川にあった。'
  const found = findEntityCandidates(text, [], tokenizer.tokenize(text), { tokenizer, tagger: null })
  assert.ok(found.some((c) => text.slice(c.start, c.end) === '深川' && c.type === 'LOCATION'))
  assert.deepEqual(people('横浜市の田中さんが来た。'), ['田中/さん'])
})

test('findForeignNames: common words joined by a dot are no name; a dotted name filling a work title is the work', () => {
  const kinds = (text: string) => findEntityCandidates(text, [], tokenizer.tokenize(text), { tokenizer, tagger: null }).filter((c) => c.type !== 'OTHER').map((c) => `${text.slice(c.start, c.end)}/${c.type}`)
  assert.deepEqual(kinds('彼のリーダー・バンドに加入し、アルバムを発売した。'), [])
  assert.deepEqual(kinds('映画「ボルクマン・テオ」を観た。'), [])
})
