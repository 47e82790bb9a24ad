import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyzeArticle } from '../analyze/pipeline.ts'
import type { Tokenizer } from '../analyze/tokens/tokenizer.ts'
import { analyzeForDigest, topicCount } from './stages.ts'

const NO_TOKENS: Tokenizer = { tokenize: () => [] }
const ARTICLE = { id: 's1', title: '新橋の開通', body: '県は12日、新しい橋を来月3日に開通させると発表した。知事は「待ち望んだ橋だ」と話した。', publishedAt: '2025-04-12T09:00:00+09:00' }

test('analyzeForDigest is analyze/ analyzeArticle with its default stages (one entry point for the app and the CLI)', () => {
  const doc = analyzeForDigest(ARTICLE, NO_TOKENS)
  assert.deepEqual(doc, analyzeArticle(ARTICLE, { tokenizer: NO_TOKENS }))
  // the digest reads dates (timeline) and quotes (quote lines)
  for (const layer of ['sentences', 'dates', 'quotes'] as const) assert.ok(doc.layers[layer] !== undefined, `layer ${layer}`)
  assert.equal(doc.layers.sentences?.length, 2)
  assert.ok((doc.layers.dates ?? []).some((d) => d.value === '2025-05-03'), JSON.stringify(doc.layers.dates))
})

test('topicCount is about √n stories, between 1 and 12', () => {
  assert.deepEqual([0, 1, 4, 10, 100, 10_000].map(topicCount), [1, 1, 2, 3, 10, 12])
})
