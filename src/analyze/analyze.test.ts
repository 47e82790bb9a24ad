/**
 * The one tokenizer-loading unit test file of analyze/: the pipeline end to end on seed 000 and on
 * original sentences, the user-dictionary overlay on real text, and the public surface.
 */
import { test, before } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { assertDoc } from '../core/assert-doc.ts'
import { MatomeError } from '../core/errors.ts'
import type { Tokenizer } from './tokens/tokenizer.ts'
import { loadKuromoji, loadTokenizer } from '../runtime/load-tokenizer.ts'
import { seedPath } from '../runtime/paths.ts'
import * as analyze from './index.ts'
import { analyzeArticle, buildPipeline, DEFAULT_STAGES } from './pipeline.ts'
import { numbers } from './numbers/index.ts'
import { sentences } from './sentences/index.ts'
import { tokens } from './tokens/index.ts'
import { createKuromojiTokenizer } from './tokens/tokenizer.ts'

let tokenizer: Tokenizer
before(async () => {
  tokenizer = await loadTokenizer()
})

test('buildPipeline', async (t) => {
  await t.test('names the missing layer when a stage comes before what it requires', () => {
    assert.throws(() => buildPipeline([tokens, sentences]), (error: unknown) =>
      error instanceof MatomeError && error.code === 'core/layer-missing' && /stage "tokens" requires layer "sentences"/.test(error.message))
  })
  await t.test('freezes its stage list', () => {
    const pipeline = buildPipeline([sentences, tokens, numbers])
    assert.ok(Object.isFrozen(pipeline.stages))
    assert.deepEqual(pipeline.provides, ['sentences', 'tokens', 'numbers'])
  })
  await t.test('the default stages are sentences → tokens → numbers → entities → dates → quotes', () => {
    assert.deepEqual(DEFAULT_STAGES.map((s) => s.name), ['sentences', 'tokens', 'numbers', 'entities', 'dates', 'quotes'])
  })
})

test('analyzeArticle', async (t) => {
  await t.test('analyses seed 000 into valid layers with overlay names as single tokens', () => {
    const body = readFileSync(seedPath('000_source-news-page.txt'), 'utf8')
    const doc = analyzeArticle({ id: 'seed-000', body, publishedAt: '2022-02-28' }, { tokenizer })
    assertDoc(doc)
    assert.equal(doc.text, body)
    const userTokens = new Set((doc.layers.tokens ?? []).filter((x) => x.origin === 'user').map((x) => x.surface))
    for (const name of ['メジンスキー', 'ポドリャク', 'プーチン', 'マクロン', 'ゼレンスキー']) {
      assert.ok(userTokens.has(name), `${name} should be one user token`)
    }
    const headlines = (doc.layers.sentences ?? []).filter((s) => s.kind === 'headline')
    assert.ok(headlines.length >= 4)
    const nums = (doc.layers.numbers ?? []).map((n) => body.slice(n.start, n.end))
    assert.ok(nums.includes('380発以上') && nums.includes('75%近く'))
  })
  await t.test('collects diagnostics and tokenizes sentence by sentence with document offsets', () => {
    const body = '　新市長は「予算を見直す。と話した。\n\n市議会は２８日、ｷｴﾌ市との交流を決めた。'
    const heard: string[] = []
    const doc = analyzeArticle({ id: 'x', body }, { tokenizer, report: (d) => heard.push(d.code) })
    assertDoc(doc)
    assert.equal(doc.diagnostics[0]?.code, 'sentences/unbalanced-bracket')
    assert.deepEqual(doc.diagnostics[0]?.span, { start: 5, end: 6 })
    assert.deepEqual(heard, doc.diagnostics.map((d) => d.code))
    for (const token of doc.layers.tokens ?? []) assert.equal(body.slice(token.start, token.end), token.surface)
  })
  await t.test('keeps overlay names whole inside running text (キーウ, 金正恩)', () => {
    const found = tokenizer.tokenize('金正恩総書記はキーウ訪問を否定した')
    assert.ok(found.some((x) => x.surface === '金正恩' && x.origin === 'user' && x.posDetail[1] === '人名'))
    assert.ok(found.some((x) => x.surface === 'キーウ' && x.origin === 'user' && x.posDetail[1] === '地域'))
  })
})

test('accelerateKuromoji', async (t) => {
  await t.test('builds lattices whose best paths equal kuromoji\'s own builder', async () => {
    type Searchable = { viterbi_builder: { build: (s: string) => unknown }; viterbi_searcher: { search: (l: unknown) => { name: number; start_pos: number; length: number; type: string }[] } }
    const built = (await loadKuromoji()) as unknown as Searchable
    const builder = built.viterbi_builder
    const own = Object.getPrototypeOf(builder) as { build: (s: string) => unknown }
    assert.notEqual(builder.build, own.build, 'the loaded tokenizer is accelerated')
    const body = readFileSync(seedPath('000_source-news-page.txt'), 'utf8')
    const pieces = [...body.split(/[、。\n]/), 'ｶﾞｿﾘﾝ価格ABC123', 'アアアアアアアアアアアアアアアアアアアアアアアアアアアアアアアアアアアアアアアアアアアアアアアアアア', '𠮷野家']
    for (const piece of pieces.filter((p) => p !== '')) {
      const path = (lattice: unknown) => built.viterbi_searcher.search(lattice).map((n) => `${n.start_pos}+${n.length}/${n.type}/${n.name}`)
      assert.deepEqual(path(builder.build(piece)), path(own.build.call(builder, piece)), piece)
    }
  })
})

test('createDirectTokenize', async (t) => {
  await t.test('gives exactly the tokens of kuromoji\'s public tokenize', async () => {
    const built = await loadKuromoji()
    const viaPublicApi = createKuromojiTokenizer(built, { direct: false })
    const direct = createKuromojiTokenizer(built)
    const body = readFileSync(seedPath('000_source-news-page.txt'), 'utf8')
    for (const text of [body, '𠮷野家でｶﾞｿﾘﾝ　テスト。、、abc 123。𠮷。', '。', 'ａ']) {
      assert.deepEqual(direct.tokenize(text, 5), viaPublicApi.tokenize(text, 5))
    }
  })
})

test('analyze public surface', () => {
  assert.deepEqual(Object.keys(analyze).sort(), [
    'DEFAULT_SPELLING_VARIANTS', 'DEFAULT_STAGES', 'analyzeArticle', 'buildPipeline', 'compileUserDict',
    'createKuromojiTokenizer', 'createMatchNormalizer', 'dates', 'entities', 'quotes', 'findNumbers', 'findUserDictMatches', 'normalizeForMatch',
    'numbers', 'parseNumeral', 'parseUserDict', 'sentences', 'splitSentences', 'tokens',
  ].sort())
})
