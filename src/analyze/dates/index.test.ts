import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import type { AnalyzedDoc, Diagnostic, Sentence } from '../../core/doc.ts'
import type { AnalysisContext } from '../../core/stage.ts'
import type { Tokenizer } from '../tokens/tokenizer.ts'
import { seedPath } from '../../runtime/paths.ts'
import * as api from './index.ts'

/** A plain sentence layer (split after 。 and at line ends) so this test needs no other stage. */
function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = []
  let start = 0
  for (const m of text.matchAll(/[。\n]/g)) {
    if (m.index + 1 > start) out.push({ start, end: m.index + 1, kind: 'sentence' })
    start = m.index + 1
  }
  if (start < text.length) out.push({ start, end: text.length, kind: 'sentence' })
  return out
}

function docOf(text: string): AnalyzedDoc {
  return { schemaVersion: 1, articleId: 'test', text, layers: { sentences: sentencesOf(text) }, diagnostics: [] }
}

const noTokenizer: Tokenizer = { tokenize: () => [] }

function contextOf(referenceDate: string | null, reported: Diagnostic[]): AnalysisContext {
  return { referenceDate, tokenizer: noTokenizer, report: (d) => reported.push(d) }
}

test('dates', async (t) => {
  await t.test('exports the stage and its helpers only', () => {
    assert.deepEqual(Object.keys(api).sort(), ['dates', 'findDates', 'parseReferenceDate'])
    assert.equal(api.dates.name, 'dates')
    assert.deepEqual(api.dates.requires, ['sentences'])
  })

  await t.test('resolves 28日 and きのう in seed 000 against 2022-02-28', () => {
    const text = readFileSync(seedPath('000_source-news-page.txt'), 'utf8')
    const reported: Diagnostic[] = []
    const layer = api.dates.run(docOf(text), contextOf('2022-02-28', reported))
    const bySurface = new Map<string, Set<string | null>>()
    for (const m of layer) {
      const surface = text.slice(m.start, m.end)
      bySurface.set(surface, (bySurface.get(surface) ?? new Set()).add(m.value))
    }
    assert.deepEqual([...(bySurface.get('28日') ?? [])], ['2022-02-28'])
    assert.deepEqual([...(bySurface.get('きのう') ?? [])], ['2022-02-27'])
    assert.deepEqual([...(bySurface.get('27日') ?? [])], ['2022-02-27'])
    // この1日で (in one day) is a duration, not the 1st
    assert.equal(bySurface.has('1日'), false)
    for (let i = 1; i < layer.length; i++) assert.ok((layer[i - 1]?.end ?? 0) <= (layer[i]?.start ?? 0), 'sorted, no overlap')
  })

  await t.test('reads an offset reference time in Asia/Tokyo', () => {
    const reported: Diagnostic[] = []
    const layer = api.dates.run(docOf('首相はきのう会見した。'), contextOf('2022-02-27T16:00:00Z', reported))
    assert.equal(layer[0]?.value, '2022-02-27')
    assert.equal(layer[0]?.granularity, 'day')
    assert.equal(layer[0]?.kind, 'relative')
  })

  await t.test('reports unresolved dates through ctx.report with their span', () => {
    const reported: Diagnostic[] = []
    const layer = api.dates.run(docOf('会談は28日に行われた。'), contextOf(null, reported))
    assert.equal(layer[0]?.value, null)
    assert.equal(reported.length, 1)
    assert.equal(reported[0]?.code, 'dates/no-reference-date')
    assert.equal(reported[0]?.stage, 'dates')
    assert.deepEqual(reported[0]?.span, { start: 3, end: 6 })
  })
})
