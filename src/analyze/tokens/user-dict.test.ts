import { test } from 'node:test'
import assert from 'node:assert/strict'
import { MatomeError } from '../../core/errors.ts'
import { createKuromojiTokenizer, type KuromojiToken } from './tokenizer.ts'
import { compileUserDict, findUserDictMatches, parseUserDict } from './user-dict.ts'

const TSV = [
  '# comment',
  'ゼレンスキー\t固有名詞/人名/姓\tゼレンスキー',
  'キエフ\t固有名詞/地域/一般\tキエフ\tキーウ',
  '金正恩\t固有名詞/人名/一般\tキムジョンウン',
  '',
].join('\n')

/** A stand-in for kuromoji that returns one token per character (enough to see the gaps). */
const perCharacter = {
  tokenize: (text: string): KuromojiToken[] => [...text].map((ch, i) => ({
    word_type: 'KNOWN', word_position: i + 1, surface_form: ch, pos: '名詞', pos_detail_1: '一般',
    pos_detail_2: '*', pos_detail_3: '*', conjugated_type: '*', conjugated_form: '*', basic_form: ch, reading: '',
  })),
}

test('parseUserDict', async (t) => {
  await t.test('reads entries with optional canonical form', () => {
    const entries = parseUserDict(TSV, 'user.tsv')
    assert.equal(entries.length, 3)
    assert.deepEqual(entries[1], { surface: 'キエフ', posDetail: ['固有名詞', '地域', '一般'], reading: 'キエフ', canonical: 'キーウ' })
    assert.equal(entries[0]?.canonical, 'ゼレンスキー')
  })
  await t.test('names the file and line of a malformed entry', () => {
    const bad = 'ゼレンスキー\t固有名詞/人名/姓\tゼレンスキー\nプーチン 固有名詞 プーチン\n'
    assert.throws(() => parseUserDict(bad, 'my.tsv'), (error: unknown) =>
      error instanceof MatomeError && error.code === 'analyze/user-dict-invalid' && error.message.startsWith('my.tsv:2:'))
    assert.throws(() => parseUserDict('金正恩\t固有名詞/人名\tきむ\n', 'r.tsv'), /r\.tsv:1: the reading must be katakana/)
    assert.throws(() => parseUserDict('金正恩\t動詞/自立\tキム\n', 'p.tsv'), /p\.tsv:1: expected a part-of-speech detail/)
  })
})

test('findUserDictMatches', async (t) => {
  const dict = compileUserDict(parseUserDict(TSV, 'user.tsv'))
  await t.test('finds words at katakana edges only', () => {
    const text = 'ゼレンスキー大統領と金正恩総書記、ゼレンスキーナ'
    const found = findUserDictMatches(text, dict).map((m) => text.slice(m.start, m.end))
    assert.deepEqual(found, ['ゼレンスキー', '金正恩'])
  })
})

test('createKuromojiTokenizer', async (t) => {
  const dict = compileUserDict(parseUserDict(TSV, 'user.tsv'))
  await t.test('keeps overlay words as one user token and tokenizes the gaps with offsets', () => {
    const tokenizer = createKuromojiTokenizer(perCharacter, { userDict: dict })
    const found = tokenizer.tokenize('首都キエフで', 10)
    assert.deepEqual(found.map((x) => [x.surface, x.start, x.end, x.origin]), [
      ['首', 10, 11, 'known'], ['都', 11, 12, 'known'], ['キエフ', 12, 15, 'user'], ['で', 15, 16, 'known'],
    ])
    assert.equal(found[2]?.lemma, 'キーウ')
    assert.deepEqual(found[2]?.posDetail, ['固有名詞', '地域', '一般'])
  })
  await t.test('drops whitespace tokens but keeps offsets exact', () => {
    const tokenizer = createKuromojiTokenizer(perCharacter)
    assert.deepEqual(tokenizer.tokenize('雨　が').map((x) => [x.surface, x.start]), [['雨', 0], ['が', 2]])
  })
})
