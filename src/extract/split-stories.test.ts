import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT, seedPath } from '../runtime/paths.ts'
import { headlineSupport, isHeadlineCandidate, splitStories } from './split-stories.ts'

const seed = seedPath('000_source-news-page.txt')

test('splitStories splits the seed news page into its four stories', { skip: !existsSync(seed) && 'seed not present' }, () => {
  const text = readFileSync(seed, 'utf8')
  const parts = splitStories(text)
  assert.ok(parts, 'the seed page is a multi-story page')
  assert.equal(parts.length, 4)
  const [talks, call, briefing, reaction] = parts
  assert.match(talks?.title ?? '', /ロシアとウクライナの会談/)
  assert.match(talks?.body ?? '', /ベラルーシ/)
  assert.match(call?.title ?? '', /プーチン大統領/)
  assert.match(call?.body ?? '', /マクロン大統領/)
  assert.match(briefing?.title ?? '', /国防総省/)
  assert.match(briefing?.body ?? '', /380発/)
  assert.match(reaction?.title ?? '', /官房長官/)
  assert.match(reaction?.body ?? '', /1億ドル/)
  for (const p of parts) {
    assert.equal(text.slice(p.bodyStart, p.bodyStart + p.body.length), p.body, 'bodies are exact slices')
    assert.ok(!p.body.includes(p.title), 'a headline is not part of its body')
  }
  // each story ends where the next headline starts
  assert.ok(!(talks?.body ?? '').includes('プーチン大統領 停戦条件'))
})

test('splitStories keeps an ordinary article (subheads, quotes, lists) in one piece', () => {
  const article = [
    '新しい市民ホールが完成 来月から利用受け付け',
    '',
    '市の中心部に建設されていた新しい市民ホールが完成し、20日、関係者が出席して式典が開かれました。',
    '「ようやくこの日を迎えられた」',
    '市長はあいさつでこう述べ、建設に協力した地元の企業に感謝を伝えました。',
    '■ホールの特徴',
    '大ホールは1200席で、音響設備には県内の企業が開発した最新のスピーカーが使われています。',
    '1、小ホールは300席',
    '2、練習室は8部屋',
    '利用の受け付けは来月1日から始まり、市のホームページか窓口で申し込むことができます。',
  ].join('\n')
  assert.equal(splitStories(article), null)
})

test('splitStories needs a fitting lead title for text before the first headline', () => {
  const story = (h: string, s: string): string => `${h}\n${s.repeat(8)}`
  const lead = '駅前に新しい公園が完成し、記念の式典が開かれました。公園には噴水と芝生の広場があります。'.repeat(2)
  const text = `${lead}\n${story('市営バスの新路線 来春から運行開始へ', '市営バスの新しい路線が来春から運行されます。')}\n${story('県内の紅葉 見頃は来週末までの見込み', '県内の紅葉は来週末まで見頃が続く見込みです。')}`
  assert.equal(splitStories(text), null)
  assert.equal(splitStories(text, 'きょうの地域ニュース'), null, 'a page name is not the title of the opening story')
  const parts = splitStories(text, '駅前に新しい公園が完成 噴水と芝生の広場')
  assert.deepEqual(parts?.map((p) => p.title), ['駅前に新しい公園が完成 噴水と芝生の広場', '市営バスの新路線 来春から運行開始へ', '県内の紅葉 見頃は来週末までの見込み'])
})

test('isHeadlineCandidate refuses sentences, quotes, list items and broken lines', () => {
  assert.equal(isHeadlineCandidate('市営バスの新路線 来春から運行開始へ'), true)
  assert.equal(isHeadlineCandidate('市長「港のにぎわいを街全体に」'), true)
  assert.equal(isHeadlineCandidate('市営バスの新しい路線が来春から運行されます。'), false)
  assert.equal(isHeadlineCandidate('「ようやくこの日を迎えられた」と話した'), false)
  assert.equal(isHeadlineCandidate('1、小ホールは300席です'), false)
  assert.equal(isHeadlineCandidate('建設に協力した地元の企業への'), false)
  assert.equal(isHeadlineCandidate('本当にそれでいいのだろうか？'), false)
  assert.equal(isHeadlineCandidate('短い見出し'), false)
  assert.equal(isHeadlineCandidate('店長「今日はどれにしますか？」'), false)
  assert.equal(isHeadlineCandidate('“自分らしくいられる場所”'), false)
})

test('headlineSupport measures how much of a headline the story opening repeats', () => {
  assert.ok(headlineSupport('市営バスの新路線 来春から運行', '市営バスの新しい路線が来春から運行されます。') > 0.5)
  assert.equal(headlineSupport('市営バスの新路線', 'きょうは晴れです。'), 0)
})

test('the test reads the seed from the shared folder, not from the repository', () => {
  assert.ok(!seed.startsWith(path.join(REPO_ROOT, 'src')))
})
