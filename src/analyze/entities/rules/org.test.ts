/**
 * Tests of the organisation rules on original sentences (rules alone: `tagger: null`).
 */
import { test, before } from 'node:test'
import assert from 'node:assert/strict'
import type { Tokenizer } from '../../tokens/tokenizer.ts'
import { loadTokenizer } from '../../../runtime/load-tokenizer.ts'
import { DEFAULT_GAZETTEER } from '../gazetteer.ts'
import { findEntities } from '../index.ts'
import { findHouseOrg } from './find-house-org.ts'

let tokenizer: Tokenizer
before(async () => {
  tokenizer = await loadTokenizer()
})

/** The rule's own spans in one sentence. */
function spansOf(rule: typeof findHouseOrg, text: string): string[] {
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
