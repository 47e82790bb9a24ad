import test from 'node:test'
import assert from 'node:assert/strict'
import type { Token } from '../../../core/doc.ts'
import { NO_HINT, tokenFeatures } from './features.ts'
import { decode, decodeOver, train, type TrainingExample } from './perceptron.ts'
import { deserializeTagger, serializeTagger } from './model-file.ts'
import { spansToTags, tagsToSpans, TAG_NAMES, type TaggedSpan } from './tags.ts'
import { MatomeError } from '../../../core/errors.ts'

/** Tokens from `surface/pos` words laid end to end. */
function tokens(words: readonly string[]): Token[] {
  let at = 0
  return words.map((w) => {
    const [surface, pos = '名詞'] = w.split('/') as [string, string?]
    const t: Token = { start: at, end: at + surface.length, surface, partOfSpeech: pos, posDetail: ['*', '*', '*'], conjugatedType: '*', conjugatedForm: '*', lemma: surface, reading: '', origin: 'unknown' }
    at += surface.length
    return t
  })
}

test('spans and tags convert both ways; a span inside a token is reported, not tagged', () => {
  const toks = tokens(['山田', '太郎', 'は', '東京', '都', 'に', '行った'])
  const spans: TaggedSpan[] = [
    { start: 0, end: 4, type: 'PERSON' },
    { start: 5, end: 8, type: 'LOCATION' },
  ]
  const { tags, unaligned } = spansToTags(toks, [...spans, { start: 11, end: 12, type: 'OTHER' }])
  assert.deepEqual([...tags].map((t) => TAG_NAMES[t]), ['B-PERSON', 'I-PERSON', 'O', 'B-LOCATION', 'I-LOCATION', 'O', 'O'])
  assert.deepEqual(unaligned, [{ start: 11, end: 12, type: 'OTHER' }])
  assert.deepEqual(tagsToSpans(toks, tags), spans)
})

// Names never seen in training are recognised by their frame: さん after a person, 社 after a company.
const PEOPLE = ['アリサ', 'ボリス', 'カミラ', 'ダニロ', 'エミル', 'フィン', 'グレタ', 'ハンナ']
const COMPANIES = ['ゼノ', 'ヤマト', 'クオン', 'リベル', 'ソラナ', 'ミドリ', 'トワ', 'ナギ']

function example(name: string, frame: 'person' | 'company'): { toks: Token[]; tags: Uint8Array } {
  const toks = frame === 'person' ? tokens([name, 'さん/名詞', 'は/助詞', '話し/動詞', 'た/助動詞']) : tokens([name, '社/名詞', 'が/助詞', '発表/名詞', 'し/動詞', 'た/助動詞'])
  return { toks, tags: spansToTags(toks, [{ start: 0, end: name.length, type: frame === 'person' ? 'PERSON' : 'ORGANIZATION' }]).tags }
}

function trained(): ReturnType<typeof train> {
  const examples: TrainingExample[] = []
  for (let i = 0; i < 6; i++) {
    for (const [name, frame] of [[PEOPLE[i]!, 'person'], [COMPANIES[i]!, 'company']] as const) {
      const { toks, tags } = example(name, frame)
      examples.push({ features: tokenFeatures(toks, toks.map(() => NO_HINT)), tags })
    }
  }
  return train(examples, { epochs: 5, seed: 7 })
}

test('the perceptron learns frames and tags unseen names by them', () => {
  const model = trained()
  for (const [name, frame] of [[PEOPLE[7]!, 'person'], [COMPANIES[7]!, 'company']] as const) {
    const { toks, tags } = example(name, frame)
    assert.deepEqual([...decode(model, tokenFeatures(toks, toks.map(() => NO_HINT)), toks.length)], [...tags], `${name} (${frame})`)
  }
})

test('decodeOver keeps the fallback unless the tagger is better by the margin', () => {
  const model = trained()
  const { toks, tags } = example(PEOPLE[6]!, 'person')
  const features = tokenFeatures(toks, toks.map(() => NO_HINT))
  const none = new Uint8Array(toks.length)
  assert.deepEqual([...decodeOver(model, features, toks.length, none, 0)], [...tags])
  assert.deepEqual([...decodeOver(model, features, toks.length, none, 1e9)], [...none])
})

test('a serialised model decodes the same, and a foreign file is refused with a coded error', () => {
  const model = trained()
  const file = serializeTagger(model, 'unit test')
  const back = deserializeTagger(JSON.parse(JSON.stringify(file)))
  for (const [name, frame] of [[PEOPLE[6]!, 'person'], [COMPANIES[6]!, 'company']] as const) {
    const { toks } = example(name, frame)
    const features = tokenFeatures(toks, toks.map(() => NO_HINT))
    assert.deepEqual([...decode(back, features, toks.length)], [...decode(model, features, toks.length)])
  }
  assert.throws(() => deserializeTagger({ ...file, featuresPerToken: 3 }), (e: unknown) => e instanceof MatomeError && e.code === 'entities/bad-model')
})
