import { test } from 'node:test'
import assert from 'node:assert/strict'
import { daysBetween, renderTimelineSvg } from './timeline-svg.ts'

test('renderTimelineSvg', async (t) => {
  await t.test('draws one bar per day with articles, scaled to the busiest day', () => {
    const svg = String(renderTimelineSvg([{ day: '2026-11-03', count: 2 }, { day: '2026-11-06', count: 4 }], [], '台風'))
    assert.equal(svg.match(/<rect class="bar"/g)?.length, 2)
    assert.match(svg, /height="132"/, 'the busiest day fills the chart height')
    assert.match(svg, />11\/03</)
    assert.match(svg, />11\/06</)
  })

  await t.test('marks dated events with escaped labels and links, and drops events far outside the article days', () => {
    const svg = String(
      renderTimelineSvg(
        [{ day: '2026-11-03', count: 1 }],
        [
          { day: '2026-11-04', label: '上陸<script>', href: '/articles/a1#s-0-10' },
          { day: '2021-05-01', label: '五年前の出来事' },
        ],
        '台風',
      ),
    )
    assert.equal(svg.match(/<circle class="event"/g)?.length, 1)
    assert.match(svg, /上陸&lt;script&gt;/)
    assert.match(svg, /<a href="\/articles\/a1#s-0-10">/)
    assert.doesNotMatch(svg, /五年前/)
  })

  await t.test('says so when nothing is dated', () => {
    assert.match(String(renderTimelineSvg([], [], 'x')), /日付のある記事がありません/)
  })

  await t.test('never links a javascript: URL', () => {
    const svg = String(renderTimelineSvg([{ day: '2026-11-03', count: 1 }], [{ day: '2026-11-03', label: 'x', href: 'javascript:alert(1)' }], 'x'))
    assert.doesNotMatch(svg, /javascript:/)
  })
})

test('daysBetween', () => {
  assert.deepEqual(daysBetween('2026-10-30', '2026-11-02'), ['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02'])
})
