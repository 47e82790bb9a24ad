import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { digestUnits, isFaithful } from '../../digest/index.ts'
import { renderDigest } from '../../render/index.ts'
import { loadTokenizer } from '../../runtime/load-tokenizer.ts'
import { seedPath } from '../../runtime/paths.ts'
import { digestArticles, mergeByPage, splitPages } from './digest.ts'

test('digestArticles', async (t) => {
  const tokenizer = await loadTokenizer()
  const page = { id: 'seed-000', body: readFileSync(seedPath('000_source-news-page.txt'), 'utf8'), publishedAt: '2022-02-28' }
  const digests = digestArticles([page], { tokenizer })
  const digest = digests[0]!
  const { articles } = splitPages([page])
  const bodies = Object.fromEntries(articles.map((a) => [a.id, a.body]))

  await t.test('seed 000 alone: its four stories are parts of one story', () => {
    assert.equal(digests.length, 1)
    assert.equal(digest.sections.length, 4)
    const text = (id: string): string => bodies[id] ?? ''
    const parts = digest.sections.map((s) => text(s.id))
    assert.ok(parts[0]!.includes('代表団'), 'the talks')
    assert.ok(parts.some((p) => p.includes('マクロン大統領と電話会談')), 'the Putin–Macron call')
    assert.ok(parts.some((p) => p.includes('国防総省の高官')), 'the US defense briefing')
    assert.ok(parts.some((p) => p.includes('松野官房長官')), 'the Japanese government reaction')
  })
  await t.test('positions of Ukraine and Russia', () => {
    const positions = digest.positions.map((p) => `${p.actor}→${p.what.text}`)
    assert.ok(positions.includes('ウクライナ→即時停戦と軍の撤退'), positions.join(' '))
    assert.ok(positions.some((p) => p.startsWith('ロシア→') && p.endsWith('非軍事化と中立化')), positions.join(' '))
  })
  await t.test('numbers 75%, 380発, 5キロ, 1億ドル', () => {
    const numbers = digest.numbers.map((n) => `${n.value}${n.unit}`)
    for (const want of ['75%', '380発', '5キロ', '100000000ドル']) assert.ok(numbers.includes(want), `${want} in ${numbers.join(' ')}`)
  })
  await t.test('every line is faithful to its cited span', () => {
    for (const [where, unit] of digestUnits(digest)) assert.ok(isFaithful(unit.text, bodies, unit.cites), `${where}: ${unit.text}`)
  })
  await t.test('the seed rendering cites every ✅ and 💡 line', () => {
    const seed = renderDigest(digest, 'seed')
    assert.equal(seed.match(/^公開日：2022\/02\/28$/gmu)?.length, 4)
    for (const line of seed.split('\n').filter((l) => /^(✅|💡)/u.test(l))) assert.match(line, /\[\d+\]$/u)
  })
})

test('mergeByPage', async (t) => {
  await t.test('joins stories that hold parts of one page', () => {
    const merged = mergeByPage(
      [
        { id: 's1', articleIds: ['p#1', 'x'] },
        { id: 's2', articleIds: ['y'] },
        { id: 's3', articleIds: ['p#2'] },
      ],
      new Map([
        ['p#1', 'p'],
        ['p#2', 'p'],
      ]),
    )
    assert.deepEqual(merged, [
      { id: 's1', articleIds: ['p#1', 'x', 'p#2'] },
      { id: 's2', articleIds: ['y'] },
    ])
  })
})
