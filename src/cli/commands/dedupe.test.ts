import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { openSqliteRepository } from '../../store/sqlite/sqlite-repository.ts'

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url))

function matome(args: string[], input = '', env: Record<string, string> = {}): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [MAIN, ...args], { input, encoding: 'utf8', env: { ...process.env, ...env } })
  return { stdout: r.stdout, stderr: r.stderr, status: r.status }
}

// Original news-style text written for these tests.
const STORY = '西山県は20日、県内の公立高校で来春から制服の選択制を導入すると発表した。生徒はスカートとズボンを自由に選べるようになる。県教育委員会によると、対象は全日制の42校で、定時制も順次広げる。知事は記者会見で「多様な生き方を尊重する学校にしたい」と述べた。'

test('matome dedupe writes id, group and canonical per input line, in order, with error lines', () => {
  const lines = [
    JSON.stringify({ id: 'late', body: `${STORY}（共同）`, publishedAt: '2024-03-20T12:00:00+09:00', source: '南川日報' }),
    '{not json',
    JSON.stringify({ id: 'other', body: '東港市の水族館で21日、ペンギンのひなが初めて一般公開された。来館者は小さな姿に歓声を上げていた。' }),
    JSON.stringify({ id: 'early', body: `【西山新聞】\n${STORY.slice(0, Math.floor(STORY.length * 0.8))}`, publishedAt: '2024-03-20T10:00:00+09:00' }),
  ]
  const r = matome(['dedupe'], lines.join('\n') + '\n')
  assert.equal(r.status, 0, r.stderr)
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
  assert.equal(out.length, 4)
  assert.deepEqual(out[0], { id: 'late', group: 'early', canonical: 'early' })
  assert.equal((out[1]?.['error'] as { code: string }).code, 'input/invalid-json')
  assert.deepEqual(out[2], { id: 'other', group: 'other', canonical: 'other' })
  assert.deepEqual(out[3], { id: 'early', group: 'early', canonical: 'early' })
})

test('matome dedupe rejects a bad option with a usage error', () => {
  const r = matome(['dedupe', '--jaccard', '2'])
  assert.equal(r.status, 2)
  assert.match(r.stderr, /cli\/usage/)
})

test('matome search finds stored articles by --db and MATOME_DB, as text or --json', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'matome-search-'))
  try {
    const db = path.join(dir, 's.db')
    const repo = openSqliteRepository({ path: db })
    await repo.putArticles([
      { id: 's1', title: '制服の選択制を導入', body: STORY, publishedAt: '2024-03-20', source: '西山新聞' },
      { id: 's2', title: '水族館でひな公開', body: '東港市の水族館で21日、ペンギンのひなが公開された。' },
    ])
    await repo.close()
    const text = matome(['--db', db, 'search', '選択制'])
    assert.equal(text.status, 0, text.stderr)
    assert.match(text.stdout, /s1\t制服の選択制を導入/)
    assert.doesNotMatch(text.stdout, /s2/)
    const json = matome(['search', '--json', '--limit', '5', 'ひな'], '', { MATOME_DB: db })
    assert.equal(json.status, 0, json.stderr)
    const hits = json.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; snippet: string })
    assert.deepEqual(hits.map((h) => h.id), ['s2'])
    assert.match(hits[0]?.snippet ?? '', /ひな/)
    const missing = matome(['--db', path.join(dir, 'none.db'), 'search', 'ひな'])
    assert.equal(missing.status, 1)
    assert.match(missing.stderr, /store\/not-found/)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
