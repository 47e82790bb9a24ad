import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { TimelineEvent } from '../../core/digest.ts'
import { dayNumber } from '../time.ts'
import { dropRepeats, dropSuperseded, outdatedSentences, supersededSentences, type DatedSentence } from './index.ts'

const event = (date: string, status?: 'scheduled' | 'forecast'): TimelineEvent => ({
  date, granularity: date.length === 7 ? 'month' : 'day', dateText: date, text: date, cites: [], ...(status === undefined ? {} : { status }),
})
const day = (iso: string): number => dayNumber(iso)!

test('dropSuperseded keeps events and the plans or forecasts the story has not reached', () => {
  const events = [event('2031-09-03'), event('2031-09-06', 'forecast'), event('2031-09-09', 'scheduled'), event('2031-09', 'scheduled')]
  assert.deepEqual(dropSuperseded(events, day('2031-09-06')).map((e) => e.date), ['2031-09-03', '2031-09-09', '2031-09'])
  assert.equal(dropSuperseded(events, undefined).length, 4)
})

test('outdatedSentences adds sentences written ahead of a day the story has reached', () => {
  const dated: DatedSentence[] = [
    { event: event('2031-09-03'), sentence: 0 },
    // 気象庁は3日、6日に接近する見通しを発表した: placed on the 3rd, written ahead of the 6th
    { event: event('2031-09-03'), sentence: 1, aheadUntil: day('2031-09-06') },
    { event: event('2031-09-06', 'forecast'), sentence: 2, aheadUntil: day('2031-09-06') },
    { event: event('2031-09-12', 'scheduled'), sentence: 3, aheadUntil: day('2031-09-12') },
  ]
  assert.deepEqual([...supersededSentences(dated, day('2031-09-07'))], [2])
  assert.deepEqual([...outdatedSentences(dated, day('2031-09-07'))].sort(), [1, 2])
})

test('dropRepeats leaves out the same sentence at the same date', () => {
  const a = event('2031-09-03')
  assert.deepEqual(dropRepeats([a, { ...a, cites: [{ id: 'copy', start: 0, end: 1 }] }, event('2031-09-04')]).map((e) => e.date), ['2031-09-03', '2031-09-04'])
})
