import { test } from 'node:test'
import assert from 'node:assert/strict'
import { applyRules, BULLET_RULES, keepSpan, keptText, TITLE_RULES } from './index.ts'

const compress = (text: string, rules = BULLET_RULES): string => keptText(applyRules(keepSpan('a', text, 0, text.length), rules))

test('a bullet keeps the hearsay ending when the sentence does not name its source', () => {
  // the source (関係者によると) was named in the sentence before: という is the only sign of hearsay
  assert.equal(compress('県は補助金を倍に増やしたという。'), '県は補助金を倍に増やしたという。')
  assert.equal(compress('男は車で逃走したということです。'), '男は車で逃走したということです。')
})

test('a bullet drops the hearsay ending when the sentence names its source', () => {
  assert.equal(compress('警察によりますと、男は車で逃走したということです。'), '警察によりますと、男は車で逃走した。')
  assert.equal(compress('関係者によると、県は補助金を倍に増やしたという。'), '関係者によると、県は補助金を倍に増やした。')
})

test('a title drops the source and the hearsay ending, as headlines do', () => {
  assert.equal(compress('県は補助金を倍に増やしたという。', TITLE_RULES).startsWith('県は補助金を倍に増やした'), true)
  assert.equal(compress('県は補助金を倍に増やしたという。', TITLE_RULES).includes('という'), false)
})
