import { test } from 'node:test'
import assert from 'node:assert/strict'
import { basicDoc } from '../basic-doc.ts'
import { sentencesOf } from '../sentences.ts'
import { findPositions } from './index.ts'

function positionsOf(body: string): string[] {
  const article = { id: 'p', body, title: 't' }
  const doc = basicDoc(article)
  return findPositions('p', doc, sentencesOf(doc)).map((p) => `${p.actor}:${p.stance}:${p.what.text}`)
}

test('an object cut inside a relative clause takes the clause with it', () => {
  const got = positionsOf('現職の佐藤氏は、工場の誘致で約800人の雇用を生んだ実績を強調した。')
  assert.deepEqual(got, ['佐藤氏:stress:工場の誘致で約800人の雇用を生んだ実績'])
})

test('a plain noun object stays as it is', () => {
  assert.deepEqual(positionsOf('県は国に対して費用の半分の負担を求めている。'), ['県:demand:国に対して費用の半分の負担'])
})
