import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from '../runtime/paths.ts'
import { parseTextDocument } from './text-file.ts'

test('parseTextDocument reads front matter, the title line and the body', () => {
  const r = parseTextDocument('---\nsource: みなと新報\nurl: https://minato.example.jp/a/9\npublishedAt: 2026-11-20\n---\n# 港の灯台が100周年\n\n港の**灯台**が完成から100年を迎えました。\n[記念の式典](https://minato.example.jp/e)が開かれました。\n', 'a.md', true)
  assert.ok(r.ok)
  assert.deepEqual(r.value, {
    source: 'みなと新報',
    url: 'https://minato.example.jp/a/9',
    publishedAt: '2026-11-20',
    stories: [{ title: '港の灯台が100周年', body: '港の灯台が完成から100年を迎えました。\n記念の式典が開かれました。' }],
  })
})

test('parseTextDocument works without front matter and with CRLF', () => {
  const r = parseTextDocument('見出しの行\r\n本文の一文目です。\r\n', 'b.txt')
  assert.ok(r.ok)
  assert.deepEqual(r.value.stories, [{ title: '見出しの行', body: '本文の一文目です。' }])
})

test('parseTextDocument splits a multi-story text file', () => {
  const text = readFileSync(path.join(REPO_ROOT, 'test/fixtures/ingest/multi-story.txt'), 'utf8')
  const r = parseTextDocument(text, 'multi-story.txt')
  assert.ok(r.ok)
  assert.equal(r.value.source, 'しおかぜ通信')
  assert.equal(r.value.publishedAt, '2026-11-20T19:00:00+09:00')
  assert.deepEqual(r.value.stories.map((s) => s.title), ['港湾の新ターミナル 来年4月に運用開始へ', '漁協 サンマの水揚げ量が前年の2倍に', '市立図書館 開館時間を夜9時まで延長'])
  assert.match(r.value.stories[1]?.body ?? '', /^しおかぜ漁協によりますと/)
})

test('parseTextDocument rejects a file without a body or with a bad date', () => {
  assert.equal((r => r.ok ? 'ok' : r.reason)(parseTextDocument('見出しだけ\n', 'c.txt')), 'input/missing-body')
  assert.equal((r => r.ok ? 'ok' : r.reason)(parseTextDocument('---\npublishedAt: いつか\n---\n見出し\n本文。', 'd.txt')), 'input/invalid-date')
})
