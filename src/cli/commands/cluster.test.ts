import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { rebuild } from '../../app/rebuild.ts'
import { loadTokenizer } from '../../runtime/load-tokenizer.ts'
import { openSqliteRepository } from '../../store/sqlite/sqlite-repository.ts'

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url))

function matome(args: string[], input = ''): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [MAIN, ...args], { input, encoding: 'utf8' })
  return { stdout: r.stdout, stderr: r.stderr, status: r.status }
}

// Original news-style text written for this test: a port strike over two days, and a zoo birth.
const LINES = [
  JSON.stringify({ id: 'strike-1', title: '東港の港湾労組がスト 荷役が停止', body: '東港市の港湾労働組合は10日、賃上げを求めて24時間のストライキに入った。港のコンテナ荷役はすべて止まり、入港予定の貨物船12隻が沖で待機している。', publishedAt: '2026-05-10T09:00:00+09:00' }),
  '{not json',
  JSON.stringify({ id: 'zoo-1', title: '東港動物園でキリンの赤ちゃん誕生', body: '東港動物園は10日、アミメキリンの赤ちゃんが生まれたと発表した。母子ともに元気で、来月から一般公開する予定だという。', publishedAt: '2026-05-10T13:00:00+09:00' }),
  JSON.stringify({ id: 'strike-2', title: '東港のスト2日目 荷役停止続く', body: '東港市の港湾労働組合によるストライキは11日も続き、コンテナ荷役の停止は2日目に入った。沖で待機する貨物船は18隻に増え、港湾労組と経営側の交渉は平行線のままだ。', publishedAt: '2026-05-11T09:00:00+09:00' }),
]

test('matome cluster writes id and story per input line, in order, with error lines', () => {
  const r = matome(['cluster'], LINES.join('\n') + '\n')
  assert.equal(r.status, 0, r.stderr)
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
  assert.equal(out.length, 4)
  assert.deepEqual(out[0], { id: 'strike-1', story: 'story:strike-1' })
  assert.equal((out[1]?.['error'] as { code: string }).code, 'input/invalid-json')
  assert.deepEqual(out[2], { id: 'zoo-1', story: 'story:zoo-1' })
  assert.deepEqual(out[3], { id: 'strike-2', story: 'story:strike-1' })
})

test('matome cluster --topics writes id and topic, and rejects a bad gap', () => {
  const r = matome(['cluster', '--topics', '2'], LINES.join('\n') + '\n')
  assert.equal(r.status, 0, r.stderr)
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
  assert.match(String(out[0]?.['topic']), /^topic:\d$/)
  assert.equal(out[3]?.['topic'], out[0]?.['topic'])
  const bad = matome(['cluster', '--gap', 'soon'])
  assert.equal(bad.status, 2)
  assert.match(bad.stderr, /cli\/usage/)
})

// Original text: a data-falsification story over three days and an old article on the same company.
const FALSIFICATION = [
  { id: 'old', title: '北星自動車に行政指導 燃費試験の手順に不備', body: '北星自動車は20日、燃費試験の手順に不備があったとして、国土交通省から行政指導を受けたと発表した。川口正人社長は「試験の管理体制を見直す」と述べ、データの書き換えはなかったと説明した。', publishedAt: '2023-05-20T10:00:00+09:00' },
  { id: 'news-1', title: '北星自動車 燃費データ書き換え', body: '北星自動車は1日、燃費試験のデータを書き換えていたと発表した。対象は軽自動車など4車種で、国土交通省に報告した。会見した北星自動車の川口正人社長は「深くおわびする」と陳謝した。', publishedAt: '2026-10-01T15:00:00+09:00' },
  { id: 'news-2', title: '国交省が北星自動車に立ち入り検査', body: '北星自動車の燃費データ書き換え問題で、国土交通省は2日、同社の本社に立ち入り検査に入った。書き換えは少なくとも8年前から続いていたとみられる。', publishedAt: '2026-10-02T12:00:00+09:00' },
  { id: 'news-3', title: '北星自動車社長が辞任へ', body: '燃費試験のデータ書き換え問題を受け、北星自動車の川口正人社長は3日、引責辞任する意向を表明した。北星自動車は外部の弁護士による調査委員会を設け、経緯を調べる。', publishedAt: '2026-10-03T17:00:00+09:00' },
]

test('matome cluster marks an old article attached to a story as background', () => {
  const r = matome(['cluster'], FALSIFICATION.map((a) => JSON.stringify(a)).join('\n') + '\n')
  assert.equal(r.status, 0, r.stderr)
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
  assert.deepEqual(out[0], { id: 'old', story: 'story:news-1', background: true })
  assert.deepEqual(out.slice(1), ['news-1', 'news-2', 'news-3'].map((id) => ({ id, story: 'story:news-1' })))
})

test('matome cluster forms the stories the app\'s rebuild stores for the same articles (titles analysed apart in both)', async () => {
  const articles = [...FALSIFICATION, ...[LINES[0], LINES[2], LINES[3]].map((l) => JSON.parse(l!) as (typeof FALSIFICATION)[number])]
  const r = matome(['cluster'], articles.map((a) => JSON.stringify(a)).join('\n') + '\n')
  assert.equal(r.status, 0, r.stderr)
  const cli = new Map<string, string[]>()
  for (const line of r.stdout.trim().split('\n')) {
    const { id, story } = JSON.parse(line) as { id: string; story: string }
    cli.set(story, [...(cli.get(story) ?? []), id])
  }
  const repository = openSqliteRepository({ path: ':memory:' })
  await repository.putArticles(articles)
  await rebuild(repository, { tokenizer: await loadTokenizer() })
  const stored = (await repository.listStories()).map((s) => [s.id, [...(((s.digest as { background?: { id: string }[] } | undefined)?.background ?? []).map((b) => b.id)), ...s.articleIds].sort()])
  assert.deepEqual(stored.sort(), [...cli].map(([id, ids]) => [id, ids.sort()]).sort())
  assert.equal(cli.size, 3, 'falsification (with its background), strike, zoo')
  await repository.close()
})
