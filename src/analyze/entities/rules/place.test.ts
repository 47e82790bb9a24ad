/**
 * Tests of the place rules (find-place-by-pos, match-gazetteer, is-demonym-suffix, …) on original
 * news-style sentences, rules only (`tagger: null`), with the IPADIC tokenizer.
 */
import { test, before } from 'node:test'
import assert from 'node:assert/strict'
import type { Tokenizer } from '../../tokens/tokenizer.ts'
import { loadTokenizer } from '../../../runtime/load-tokenizer.ts'
import { findEntityCandidates } from '../index.ts'
import { DEFAULT_GAZETTEER } from '../gazetteer.ts'
import { findPlaceByPos } from './find-place-by-pos.ts'

let tokenizer: Tokenizer
before(async () => {
  tokenizer = await loadTokenizer()
})

/** The rules' entities of one sentence as `text/TYPE`. */
function spans(text: string): string[] {
  const tokens = tokenizer.tokenize(text)
  return findEntityCandidates(text, [{ start: 0, end: text.length }], tokens, { tagger: null, tokenizer })
    .filter((c) => c.type !== 'OTHER')
    .map((c) => `${text.slice(c.start, c.end)}/${c.type}`)
}

test('a country before 人 stays a place; an ethnic or resident group does not', () => {
  assert.ok(spans('フランス人の技術者が新しい工場を視察した。').includes('フランス/LOCATION'))
  assert.ok(spans('日本人観光客が増えている。').includes('日本/LOCATION'))
  assert.ok(!spans('ドイツ系ブラジル人の歌手が受賞した。').includes('ブラジル/LOCATION'))
  assert.ok(!spans('在日ブラジル人の団体が声明を出した。').includes('ブラジル/LOCATION'))
  // a language is no place
  assert.ok(!spans('会見はロシア語で行われた。').some((s) => s.startsWith('ロシア')))
})

test('…市内 / …都内: the span is the city or prefecture without 内', () => {
  assert.ok(spans('札幌市内の道路で事故があった。').includes('札幌市/LOCATION'))
  assert.ok(spans('東京都内で記者会見を開いた。').includes('東京都/LOCATION'))
  // other area words stay in the span
  assert.ok(spans('長野県北部で雪が降った。').includes('長野県北部/LOCATION'))
})

test('a katakana city written after its state is one place, not a club', () => {
  assert.deepEqual(spans('テキサス州ヒューストンで式典が開かれた。'), ['テキサス州ヒューストン/LOCATION'])
  assert.deepEqual(spans('視察団はオレゴン州ユージーンを訪れた。'), ['オレゴン州ユージーン/LOCATION'])
})

test('an address chain is one place, over rare names, 旧 / 大字 and block numbers', () => {
  assert.deepEqual(spans('新工場は中国浙江省義烏市に建設される。').filter((s) => s.includes('義烏')), ['中国浙江省義烏市/LOCATION'])
  assert.ok(spans('資料館は新潟県旧山古志村に建てられた。').includes('新潟県旧山古志村/LOCATION'))
  assert.ok(spans('店舗は東京都世田谷区太子堂二丁目にある。').includes('東京都世田谷区太子堂二丁目/LOCATION'))
  assert.ok(spans('会場は熊本県阿蘇市大字黒川の公民館だった。').includes('熊本県阿蘇市大字黒川/LOCATION'))
})

test('a place spelled with ヴ is the known place; an unknown katakana word where something lies is a place', () => {
  assert.ok(spans('代表団はヴェトナムを訪れた。').includes('ヴェトナム/LOCATION'))
  assert.ok(spans('工場はポルトガル北部のブラガンサンに位置する。').includes('ブラガンサン/LOCATION'))
  assert.ok(spans('一家はやがてクランフォードの街に移った。').includes('クランフォード/LOCATION'))
})

test('全米 mentions the country as 米; an era name before its year is no place', () => {
  const text = '新作は全米で公開された。'
  assert.deepEqual(spans(text), ['米/LOCATION'])
  assert.ok(!spans('天正5年に城が築かれた。').some((s) => s.startsWith('天正')))
})

test('the realm before a ruler title that heads a name is a place; a ruler named by the title alone is a person', () => {
  assert.ok(spans('ボヘミア女王マリアは宮廷に戻った。').includes('ボヘミア/LOCATION'))
  assert.ok(spans('兄はナポリ王位を継いだ。').includes('ナポリ/LOCATION'))
  assert.ok(!spans('エリザベス女王が式典に臨んだ。').includes('エリザベス/LOCATION'))
})

test('a lone kanji place word before ら or an honorific is a surname; before an office it stays the place', () => {
  assert.ok(spans('計画には長浜らが反対した。').includes('長浜/PERSON'))
  assert.ok(spans('船橋市長が会見した。').includes('船橋/LOCATION'))
})

test('an area named by a surname, and a mountain range, are one place', () => {
  assert.ok(spans('田村ニュータウンの開発が始まった。').includes('田村ニュータウン/LOCATION'))
  assert.ok(spans('立山連峰に雪が降った。').includes('立山連峰/LOCATION'))
  // a symbol run before an area word names nothing
  assert.ok(!spans('アジア(出場枠4)地区の予選').some((s) => s.includes(')')))
})

test('a direction heading a place names another place; after a noun or の it does not', () => {
  assert.ok(spans('壁の崩壊後、西ベルリンの市民が集まった。').includes('西ベルリン/LOCATION'))
  assert.ok(spans('東京の西大阪寄り').includes('大阪/LOCATION'))
})

test('an electoral district is one place', () => {
  assert.ok(spans('前職は東京1区から立候補した。').includes('東京1区/LOCATION'))
  assert.ok(spans('祖父は福井県第2区で当選した。').includes('福井県第2区/LOCATION'))
})

test('a chain stops before a quantifying prefix; a place cut out of a hiragana word is none', () => {
  assert.ok(spans('仙台市各行政区で実験が行われた。').includes('仙台市/LOCATION'))
  assert.ok(spans('こんにちのドイツでは珍しい。').includes('ドイツ/LOCATION'))
})

test('a dotted name ending like a city is no place', () => {
  assert.ok(!spans('ジョン・ウォルターズバーグと会った。').some((s) => s.endsWith('/LOCATION')))
})

test('a place after 国立 / 市立 … is part of a facility name', () => {
  const text = '国立京都国際会館で会議が開かれた。'
  const found = findPlaceByPos.find({ text, tokens: tokenizer.tokenize(text), gazetteer: DEFAULT_GAZETTEER })
  assert.ok(!found.some((c) => text.slice(c.start, c.end) === '京都'))
})

test('来日 is a set verb, 訪米 a visit to a country', () => {
  assert.ok(!spans('代表団が来日した。').includes('日/LOCATION'))
  assert.ok(spans('首相が訪米した。').includes('米/LOCATION'))
})

test('a place name that is also a personal name, before an honorific, is no place', () => {
  assert.ok(!spans('マリさんは旅行会社に勤めている。').includes('マリ/LOCATION'))
  assert.ok(spans('マリの首都バマコで式典があった。').includes('マリ/LOCATION'))
})

test('a place word before a given name across a space is a surname, not a place', () => {
  assert.ok(!spans('講師：熊本 由美子（料理研究家）').includes('熊本/LOCATION'))
})

test('a qualified administrative unit is one place', () => {
  assert.ok(spans('会談はソウル特別市の庁舎で開かれた。').includes('ソウル特別市/LOCATION'))
  assert.ok(spans('香港特別行政区の政府が発表した。').some((s) => s.startsWith('香港特別行政区')))
})

test('katakana place endings: …ンスク, …ハイム, …ビーチ before a particle; not マスク', () => {
  assert.ok(spans('一行はクラスノダルスクに着いた。').some((s) => s === 'クラスノダルスク/LOCATION'))
  assert.ok(!spans('保湿用のフェイスマスクを使った。').some((s) => s.endsWith('/LOCATION')))
})

test('a place glued to a facility name is a facility; a district name that is also a title before a name is the title', () => {
  assert.ok(!spans('新施設は渋谷ミラドールスクエアと名付けられた。').some((s) => s.endsWith('/ORGANIZATION')))
  assert.ok(!spans('王子カルロスが到着した。').some((s) => s.startsWith('王子')))
})

test('a hiragana municipality IPADIC cuts into words joins its prefecture; a particle between units does not', () => {
  assert.ok(spans('工場は三重県いなべ市にある。').includes('三重県いなべ市/LOCATION'))
  assert.ok(!spans('千葉県から市へ移管された。').some((s) => s.includes('から')))
})

test('an election, a pier, a park and a station line named after a place do not mention the place', () => {
  assert.deepEqual(spans('来月の福岡県知事選には3人が立候補する。'), [])
  assert.deepEqual(spans('前回の札幌市長選で敗れた新人が再挑戦する。'), [])
  assert.deepEqual(spans('大黒ふ頭の倉庫で火災があった。'), [])
  assert.deepEqual(spans('昨日、代々木公園で集会が開かれた。'), [])
  assert.deepEqual(spans('列車は甲府-大月-高尾駅の区間で運休した。'), [])
  // the place itself and a district IPADIC spells like a temple stay places
  assert.ok(spans('福岡県で知事選が行われた。').includes('福岡県/LOCATION'))
  assert.ok(spans('彼は吉祥寺に住んでいる。').includes('吉祥寺/LOCATION'))
})

test('the title of a work in brackets blocks the place inside it; a quoted headline does not', () => {
  assert.deepEqual(spans('映画「東京の休日」が公開された。'), [])
  assert.deepEqual(spans('彼女は『京都の夜』を歌った。'), [])
  assert.ok(spans('詳しくは『大阪で地震、けが人なし』を参照。').includes('大阪/LOCATION'))
  assert.ok(spans('彼は「大阪の店は閉める」と話した。').includes('大阪/LOCATION'))
})

test('a state’s formal name after its country word is one place; an organisation of the state stays one organisation', () => {
  assert.ok(spans('代表団はルーマニア社会主義共和国を訪れた。').includes('ルーマニア社会主義共和国/LOCATION'))
  assert.ok(spans('首都はユーゴスラビア連邦共和国の中央にある。').some((s) => s.startsWith('ユーゴスラビア連邦共和国')))
  assert.ok(spans('ドイツ連邦軍が派遣された。').includes('ドイツ連邦軍/ORGANIZATION'))
})

test('the realm before a throne IPADIC cuts into 公 + 位 is a place', () => {
  assert.ok(spans('兄の死でミラノ公位は空位となった。').includes('ミラノ/LOCATION'))
})

test('a place word before a stage of a person’s life is a surname; a domain’s lord names the domain, not the place', () => {
  assert.deepEqual(spans('長浜の中学時代の友人が証言した。'), ['長浜/PERSON'])
  assert.ok(spans('長浜での学生時代を振り返った。').includes('長浜/LOCATION'))
  assert.ok(!spans('長州藩士の墓が見つかった。').some((s) => s.startsWith('長州')))
})

test('a hiragana municipality heads an address chain; a hiragana place word outside a locative frame is no place', () => {
  assert.ok(spans('本社はさいたま市大宮区に移った。').includes('さいたま市大宮区/LOCATION'))
  assert.ok(spans('いなべ市藤原町坂本-同市員弁町を路線バスが結ぶ。').includes('いなべ市藤原町坂本/LOCATION'))
  assert.ok(!spans('駅の「みどりの窓口」で切符を買った。').some((s) => s.endsWith('/LOCATION')))
  assert.ok(spans('つくばで大会が開かれた。').includes('つくば/LOCATION'))
})

test('a place before 的 / 主義 / っ子 is a quality or a native of it, not the place', () => {
  assert.ok(!spans('日本的な経営を学んだ。').some((s) => s.endsWith('/LOCATION')))
  assert.ok(!spans('祖父は生粋の江戸っ子だった。').some((s) => s.endsWith('/LOCATION')))
  assert.ok(spans('日本の経営を学んだ。').includes('日本/LOCATION'))
})

test('an era named after a place blocks the place; the years at an organisation keep the organisation', () => {
  assert.ok(!spans('江戸時代の町並みが残る。').some((s) => s.startsWith('江戸')))
  assert.ok(spans('彼は国鉄時代から駅に勤めていた。').includes('国鉄/ORGANIZATION'))
})

test('a facility named after a place with an ordinal or a venue head blocks the place; a numbered document does not', () => {
  assert.deepEqual(spans('福島第一原発の汚染水が問題になった。'), [])
  assert.deepEqual(spans('大会は東京体育館で開かれた。'), [])
  assert.deepEqual(spans('新西海橋が完成した。'), [])
  assert.ok(spans('国連決議第1595号が採択された。').includes('国連/ORGANIZATION'))
})

test('a hotel named after its city blocks the city; a hotel in a city does not', () => {
  assert.deepEqual(spans('式はウェスティンホテル東京で挙げた。'), [])
  assert.ok(spans('一行はホテルで東京の夜景を眺めた。').includes('東京/LOCATION'))
})

test('an address chain takes a town word, a numeral-headed name and a lower unit IPADIC does not list', () => {
  assert.ok(spans('店は大阪府大阪市中央区本町にある。').includes('大阪府大阪市中央区本町/LOCATION'))
  assert.ok(spans('工場は長野県伊那市六道原に建てられた。').includes('長野県伊那市六道原/LOCATION'))
  assert.ok(spans('事故は大韓民国慶尚北道慶州市陽南面で起きた。').includes('大韓民国慶尚北道慶州市陽南面/LOCATION'))
  assert.ok(spans('静岡県浜松市の町村を回った。').includes('静岡県浜松市/LOCATION'))
})

test('a kanji proper noun where someone lives is a place', () => {
  assert.ok(spans('今上大岡に住んでいる。').includes('上大岡/LOCATION'))
})

test('railway lines written together before 線 are one name of another kind', () => {
  assert.deepEqual(spans('東海道・山陽新幹線で遅れが出た。'), [])
  assert.ok(spans('東京の会社が新潟・上越線の増便を求めた。').includes('東京/LOCATION'))
})

test('a lone kanji place word before a title only a person holds is a surname; before a place’s own title it stays a place', () => {
  assert.ok(spans('松本社長が会見で謝罪した。').includes('松本/PERSON'))
  assert.ok(spans('船橋市長が視察した。').some((s) => s.startsWith('船橋') && s.endsWith('/LOCATION')))
})

test('a class of warships named after a city blocks the city', () => {
  assert.deepEqual(spans('大連級駆逐艦の2番艦が就役した。'), [])
})

test('a kana place word said twice is an onomatopoeia', () => {
  assert.deepEqual(spans('パリパリの麺に餡をかけた。'), [])
  assert.ok(spans('パリで会見した。').includes('パリ/LOCATION'))
})
