import { test } from 'node:test'
import assert from 'node:assert/strict'
import { MatomeError } from '../core/errors.ts'
import type { AnalyzedDoc, Token } from '../core/doc.ts'
import type { Digest } from '../core/digest.ts'
import { openSqliteRepository } from '../store/sqlite/sqlite-repository.ts'
import type { Tokenizer } from '../analyze/tokens/tokenizer.ts'
import { rebuild } from './rebuild.ts'
import type { RebuildStages } from './stages.ts'

const NO_TOKENIZER: Tokenizer = { tokenize: () => [] }

/** A stand-in tokenizer for texts written with spaces (the titles below): each word is a proper noun; other texts give no tokens. */
function spaceNouns(text: string): Token[] {
  if (!text.includes(' ')) return []
  const tokens: Token[] = []
  for (const m of text.matchAll(/[^ ]+/g)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, surface: m[0], lemma: m[0], partOfSpeech: '名詞', posDetail: ['固有名詞', '一般', '*'], conjugatedType: '*', conjugatedForm: '*', reading: '', origin: 'known' })
  }
  return tokens
}

/** Stages without the tokenizer: one sentence per line; a digest that cites each member's first sentence. */
function stages(calls: { digests: number }): Partial<RebuildStages> {
  return {
    analyze(article) {
      if (article.body.includes('壊れた')) throw new MatomeError('core/invalid-doc', `cannot analyse ${article.id}`)
      const end = article.body.indexOf('。') + 1 || article.body.length
      const doc: AnalyzedDoc = { schemaVersion: 1, articleId: article.id, text: article.body, layers: { sentences: [{ start: 0, end, kind: 'sentence' }], tokens: spaceNouns(article.body) }, diagnostics: [] }
      return doc
    },
    digest({ story, articles }) {
      calls.digests++
      const first = articles[0]
      if (first === undefined) throw new MatomeError('core/invalid-doc', 'empty story')
      const end = first.body.indexOf('。') + 1
      const unit = { text: first.body.slice(0, end), cites: [{ id: first.id, start: 0, end }] }
      return { schemaVersion: 1, storyId: story.id, headline: unit, title: unit, subtitle: { text: '', parts: [] }, lead: [unit], sections: [], timeline: [], positions: [], quotes: [], numbers: [], outlook: [], keyPoints: [], background: [], sources: { articles: [], outlets: [], mix: { 'national-daily': 0, 'regional-paper': 0, 'wire-service': 0, broadcaster: 0, 'web-native': 0, other: 0 } } } satisfies Digest
    },
    topics: (stories) => new Map(stories.map((s) => [s.id, '地域'])),
  }
}

test('rebuild', async (t) => {
  const repository = openSqliteRepository({ path: ':memory:' })
  const body = '港北市の新しい橋で開通式が行われ、市長が渡り初めをした。式典には多くの市民が集まり、橋の完成を祝った。'
  await repository.putArticles([
    { id: 'a1', body, publishedAt: '2026-11-03T09:00:00+09:00', source: '港北新報' },
    { id: 'a2', body: body + '（港北通信）', publishedAt: '2026-11-03T11:00:00+09:00', source: '湾岸日報' },
    { id: 'b1', body: '沖合の漁場でサンマの水揚げが始まった。初日の水揚げは例年より少なかった。', publishedAt: '2026-11-04', source: '港北新報' },
    { id: 'bad', body: 'この記事は壊れた本文を持つ。', publishedAt: '2026-11-04', source: '港北新報' },
  ])
  const calls = { digests: 0 }

  await t.test('analyses, groups copies, clusters and stores a digest per story; a failing article is rejected', async () => {
    const report = await rebuild(repository, { tokenizer: NO_TOKENIZER, stages: stages(calls) })
    assert.equal(report.analyzed, 3)
    assert.equal(report.analysisFailed, 1)
    assert.equal(report.articles, 4)
    const rejections = await repository.listRejections()
    assert.deepEqual(rejections.map((r) => [r.item, r.reason]), [['bad', 'core/invalid-doc']])
    const copy = await repository.getDuplicateGroup('a2')
    assert.equal(copy?.group, (await repository.getDuplicateGroup('a1'))?.group, 'the syndicated copy joins its original')
    const stories = await repository.listStories()
    assert.equal(stories.length, report.stories)
    const members = stories.flatMap((s) => s.articleIds).sort()
    assert.deepEqual(members, ['a1', 'a2', 'b1'], 'every analysed article is in exactly one story')
    assert.ok(stories.every((s) => s.topic === '地域' && (s.digest as Digest).lead.length === 1))
    assert.equal(report.digestsBuilt, stories.length)
  })

  await t.test('keeps stored digests of unchanged stories on the next run', async () => {
    const before = calls.digests
    const report = await rebuild(repository, { tokenizer: NO_TOKENIZER, stages: stages(calls) })
    assert.equal(report.analyzed, 0)
    assert.equal(report.analysisFailed, 0, 'a failed article is not retried')
    assert.equal(report.digestsBuilt, 0)
    assert.equal(report.digestsKept, report.stories)
    assert.equal(calls.digests, before)
  })
})

test('rebuild clusters on titles too, as matome cluster does, and stores body-only analyses', async () => {
  const repository = openSqliteRepository({ path: ':memory:' })
  const title = '青葉町 花火大会 中止 台風 接近'
  await repository.putArticles([
    { id: 't1', title, body: '町は安全を優先したと説明した。', publishedAt: '2026-08-10T09:00:00+09:00', source: '港北新報' },
    { id: 't2', title: `${title} 決定`, body: '実行委員会は来年の開催を目指すという。', publishedAt: '2026-08-10T12:00:00+09:00', source: '湾岸日報' },
    { id: 'u1', body: '市内の図書館が改装を終えて再開した。', publishedAt: '2026-08-10T13:00:00+09:00', source: '港北新報' },
  ])
  await rebuild(repository, { tokenizer: NO_TOKENIZER, stages: stages({ digests: 0 }) })
  const stories = await repository.listStories()
  // the bodies share no word: only the titles put t1 and t2 in one story
  assert.deepEqual(stories.map((s) => [...s.articleIds].sort()).sort(), [['t1', 't2'], ['u1']])
  assert.equal((await repository.getAnalysis('t1'))?.text, '町は安全を優先したと説明した。', 'the stored analysis is of the body alone')
  assert.equal(await repository.getAnalysis('t1#title'), undefined, 'title analyses are not stored')
})
