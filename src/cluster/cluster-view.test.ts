import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyzeArticle } from '../analyze/pipeline.ts'
import { loadTokenizer } from '../runtime/load-tokenizer.ts'
import { clusterStories } from './index.ts'
import { clusterView, createInterner } from './cluster-view.ts'
import { leadYear } from './lead-year.ts'
import { DEFAULT_TERM_WEIGHTS, extractTerms, leadEventNumbers } from './terms.ts'
import { TOPIC_TERM_WEIGHTS } from './topics.ts'

const tokenizer = await loadTokenizer()

const BODIES = [
  '2027年3月、台風25号が北浜県に上陸し、県は約3万2千人に避難指示を出した。港川市の佐藤市長は「早めの避難を」と呼びかけた。第3次補正予算で12億円が計上される見通しだ。',
  '北浜県と港川市は12日、湾を横断する新しい橋の建設で合意しました。総事業費はおよそ850億円に上る見通しで、財源の確保が焦点になっています。',
  '東洋精機工業は9日、ブレーキ部品の出荷前検査で不正があったと発表した。対象は約1万4千台分で、国土交通省が立ち入り検査を行った。',
]
const docs = BODIES.map((body, i) => analyzeArticle({ id: `v${i}`, body, publishedAt: `2027-03-0${i + 1}` }, { tokenizer }))

test('a cluster view keeps far fewer tokens than the analysis', () => {
  const interner = createInterner()
  for (const doc of docs) {
    const view = clusterView(doc, doc.text, interner)
    assert.ok(view.layers.tokens!.length < doc.layers.tokens!.length * 0.8, `${view.layers.tokens!.length} of ${doc.layers.tokens!.length}`)
    assert.deepEqual(view.layers.entities, doc.layers.entities)
    assert.deepEqual(view.layers.sentences, doc.layers.sentences)
  }
})

test('clustering reads the same from a view as from the full analysis', () => {
  const interner = createInterner()
  const views = docs.map((doc) => clusterView(doc, doc.text, interner))
  docs.forEach((doc, i) => {
    const view = views[i]!
    for (const weights of [DEFAULT_TERM_WEIGHTS, TOPIC_TERM_WEIGHTS]) assert.deepEqual(extractTerms(view, weights), extractTerms(doc, weights))
    assert.deepEqual(leadEventNumbers(view, 2), leadEventNumbers(doc, 2))
    assert.equal(leadYear(view, undefined, 2), leadYear(doc, undefined, 2))
  })
  assert.equal(leadYear(views[0]!, undefined, 2), '2027')
  assert.deepEqual(
    clusterStories(views.map((doc) => ({ doc }))),
    clusterStories(docs.map((doc) => ({ doc }))),
  )
})
