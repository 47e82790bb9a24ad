/**
 * Story clustering on small original articles (written for matome) and on seed 000 read from
 * ../shared/seeds. Loads the tokenizer once for the whole file.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import type { Article } from '../core/article.ts'
import type { AnalyzedDoc } from '../core/doc.ts'
import { analyzeArticle } from '../analyze/pipeline.ts'
import { splitStories } from '../extract/split-stories.ts'
import { loadTokenizer } from '../runtime/load-tokenizer.ts'
import { seedPath } from '../runtime/paths.ts'
import { clusterStories, clusterTopics, createStoryClusterer, withTitleLine } from './index.ts'
import { leadYear } from './lead-year.ts'
import { articleEventNumbers, extractArticleTerms, extractTerms, leadEventNumbers } from './terms.ts'

const tokenizer = await loadTokenizer()
const analyze = (article: Article): AnalyzedDoc => analyzeArticle(article, { tokenizer })

/** Original news-style articles: a flood over three days, a recall over two days, one unrelated. */
const ARTICLES: Article[] = [
  {
    id: 'flood-1', publishedAt: '2026-07-01T08:00:00+09:00',
    body: '北海道十勝地方で30日夜から記録的な大雨となり、帯広市を流れる札内川が氾濫した。気象台によると、24時間の雨量は観測史上最多の280ミリに達した。帯広市は市内の約1万2000世帯に避難指示を出した。',
  },
  {
    id: 'recall-1', publishedAt: '2026-07-01T15:00:00+09:00',
    body: '自動車メーカーの青葉モーターは1日、ブレーキの部品に不具合があるとして、小型車「ミライエ」など3車種の計8万4000台のリコールを国土交通省に届け出た。部品の強度が不足し、制動距離が長くなるおそれがあるという。',
  },
  {
    id: 'shogi-1', publishedAt: '2026-07-01T18:00:00+09:00',
    body: '将棋の名人戦七番勝負の第5局が1日、長野県松本市で指され、挑戦者の高森八段が勝って対戦成績を3勝2敗とし、初の名人獲得まであと1勝とした。',
  },
  {
    id: 'flood-2', publishedAt: '2026-07-02T09:00:00+09:00',
    body: '十勝地方の大雨で、札内川の氾濫による浸水被害は帯広市と幕別町で約3400棟に広がった。帯広市は避難指示を継続し、避難所には2日朝も約2000人が身を寄せている。自衛隊が給水支援を始めた。',
  },
  {
    id: 'recall-2', publishedAt: '2026-07-02T17:00:00+09:00',
    body: '青葉モーターのブレーキ部品の不具合をめぐり、国土交通省は2日、同社に立ち入り検査を行った。リコールの対象となったミライエでは、これまでに制動距離が長くなる不具合が12件報告されている。',
  },
  {
    id: 'flood-3', publishedAt: '2026-07-03T10:00:00+09:00',
    body: '北海道は3日、十勝地方の大雨による農業被害が約45億円にのぼるとの見通しを示した。札内川の氾濫で帯広市周辺の畑が浸水し、収穫前のジャガイモや豆類が被害を受けた。帯広市の避難指示は3日午前に解除された。',
  },
]

/** A follow-up long after the recall story went quiet (the gap closes that story). */
const LATE_RECALL: Article = {
  id: 'recall-late', publishedAt: '2026-07-20T10:00:00+09:00',
  body: '青葉モーターは20日、ブレーキ部品の不具合によるリコールで、対象のミライエなど8万4000台のうち約6割の修理を終えたと発表した。国土交通省への報告によると、不具合による事故は確認されていない。',
}

const docs = ARTICLES.map(analyze)
const storyOf = (stories: ReturnType<typeof clusterStories>, id: string): string | undefined => stories.find((s) => s.articleIds.includes(id))?.id

test('clusterStories', async (t) => {
  await t.test('groups two developing stories over days and keeps an unrelated article apart', () => {
    const stories = clusterStories(docs.map((doc) => ({ doc })))
    assert.equal(stories.length, 3)
    assert.deepEqual(stories.map((s) => s.articleIds), [['flood-1', 'flood-2', 'flood-3'], ['recall-1', 'recall-2'], ['shogi-1']])
    assert.equal(stories[0]!.id, 'story:flood-1')
    assert.equal(stories[0]!.firstPublishedAt, '2026-07-01T08:00:00+09:00')
    assert.equal(stories[0]!.lastPublishedAt, '2026-07-03T10:00:00+09:00')
  })

  await t.test('reports top terms and entities of a story', () => {
    const flood = clusterStories(docs.map((doc) => ({ doc })))[0]!
    assert.ok(flood.topTerms.some((term) => term.includes('札内川') || term.includes('氾濫') || term.includes('大雨')), flood.topTerms.join(' '))
    assert.ok(flood.topEntities.some((e) => e.canonical.includes('帯広')), JSON.stringify(flood.topEntities))
  })

  await t.test('sorts input by publishedAt before clustering', () => {
    const shuffled = [...docs].reverse().map((doc) => ({ doc }))
    const stories = clusterStories(shuffled)
    assert.deepEqual(stories.map((s) => s.id), ['story:flood-1', 'story:recall-1', 'story:shogi-1'])
  })

  await t.test('is deterministic: the same input gives the same stories', () => {
    const a = clusterStories(docs.map((doc) => ({ doc })))
    const b = clusterStories(docs.map((doc) => ({ doc })))
    assert.deepEqual(a, b)
  })

  await t.test('closes a story after the gap and starts a new one for a late follow-up', () => {
    const all = [...docs, analyze(LATE_RECALL)].map((doc) => ({ doc }))
    const stories = clusterStories(all, { gapDays: 3 })
    const late = stories.find((s) => s.articleIds.includes('recall-late'))!
    assert.deepEqual(late.articleIds, ['recall-late'])
    assert.equal(stories.find((s) => s.id === 'story:recall-1')!.status, 'closed')
    assert.equal(late.status, 'open')
    const patient = clusterStories(all, { gapDays: 30 })
    assert.equal(storyOf(patient, 'recall-late'), 'story:recall-1')
  })

  await t.test('counts a duplicate group once for similarity but keeps every copy', () => {
    const copies = [1, 2, 3, 4].map((n) => analyze({ ...ARTICLES[1]!, id: `recall-1-copy${n}` }))
    const plain = clusterStories(docs.map((doc) => ({ doc })))
    const withCopies = clusterStories([
      ...docs.map((doc) => ({ doc, meta: doc.articleId === 'recall-1' ? { duplicateGroup: 'g1' } : {} })),
      ...copies.map((doc) => ({ doc, meta: { duplicateGroup: 'g1' } })),
    ])
    const recall = withCopies.find((s) => s.id === 'story:recall-1')!
    assert.deepEqual([...recall.articleIds].sort(), ['recall-1', 'recall-1-copy1', 'recall-1-copy2', 'recall-1-copy3', 'recall-1-copy4', 'recall-2'])
    assert.deepEqual(recall.topTerms, plain.find((s) => s.id === 'story:recall-1')!.topTerms)
    assert.equal(recall.topEntities[0]!.articles, plain.find((s) => s.id === 'story:recall-1')!.topEntities[0]!.articles)
  })

  await t.test('puts the four stories of seed 000 (one day of the war) into one story', () => {
    const text = readFileSync(seedPath('000_source-news-page.txt'), 'utf8')
    const parts = splitStories(text)
    assert.ok(parts !== null && parts.length === 4, 'the seed page splits into four stories')
    const seeds = parts.map((p, i) => analyze({ id: `seed-${i}`, title: p.title, body: p.body, publishedAt: '2022-02-28' }))
    const stories = clusterStories(seeds.map((doc) => ({ doc })))
    assert.equal(stories.length, 1)
    assert.deepEqual(stories[0]!.articleIds, ['seed-0', 'seed-1', 'seed-2', 'seed-3'])
    const names = stories[0]!.topEntities.map((e) => e.canonical)
    assert.ok(names.includes('ロシア') && names.includes('ウクライナ'), names.join(' '))
  })
})

test('clusterStories on events of one kind', async (t) => {
  await t.test('keeps two typhoons with different numbers apart though their words match', () => {
    const typhoons = [
      { id: 'ty-12', publishedAt: '2026-09-01T09:00:00+09:00', body: '台風12号 沖縄の南を北上\n強い台風12号は1日午前、沖縄の南の海上を北へ進んでいる。気象庁は暴風や高波に警戒するよう呼びかけている。' },
      { id: 'ty-13', publishedAt: '2026-09-01T15:00:00+09:00', body: '台風13号 沖縄の南を北上\n強い台風13号は1日午後、沖縄の南の海上を北へ進んでいる。気象庁は暴風や高波に警戒するよう呼びかけている。' },
      { id: 'ty-12b', publishedAt: '2026-09-02T09:00:00+09:00', body: '台風12号 奄美に接近\n台風12号は2日朝、奄美地方に接近した。気象庁は暴風や高波に警戒するよう呼びかけている。' },
    ].map(analyze)
    const stories = clusterStories(typhoons.map((doc) => ({ doc })))
    assert.deepEqual(stories.map((s) => s.articleIds), [['ty-12', 'ty-12b'], ['ty-13']])
  })
})

test('createStoryClusterer', async (t) => {
  await t.test('assigns articles one at a time and reports joins', () => {
    const clusterer = createStoryClusterer()
    const first = clusterer.add(docs[0]!)
    assert.equal(first.created, true)
    assert.equal(first.storyId, 'story:flood-1')
    clusterer.add(docs[1]!)
    const follow = clusterer.add(docs[3]!)
    assert.equal(follow.created, false)
    assert.equal(follow.storyId, 'story:flood-1')
    assert.ok(follow.score > 0)
    assert.equal(clusterer.storyOf('flood-2'), 'story:flood-1')
    assert.equal(clusterer.stories().length, 2)
  })

  await t.test('lets a copy join its group story directly', () => {
    const clusterer = createStoryClusterer()
    clusterer.add(docs[1]!, { duplicateGroup: 'g' })
    clusterer.add(docs[0]!)
    const copy = clusterer.add({ ...docs[2]!, articleId: 'copy' }, { duplicateGroup: 'g' })
    assert.equal(copy.storyId, 'story:recall-1')
  })
})

test('clusterTopics', async (t) => {
  await t.test('splits weather and business articles into two labelled topics, deterministically', () => {
    const items = docs.filter((d) => d.articleId !== 'shogi-1').map((doc) => ({ doc }))
    const a = clusterTopics(items, { k: 2, seed: 7 })
    const b = clusterTopics(items, { k: 2, seed: 7 })
    assert.deepEqual(a, b)
    assert.equal(a.topics.length, 2)
    const flood = a.assignment['flood-1']
    assert.equal(a.assignment['flood-2'], flood)
    assert.equal(a.assignment['flood-3'], flood)
    assert.equal(a.assignment['recall-2'], a.assignment['recall-1'])
    assert.notEqual(a.assignment['recall-1'], flood)
    for (const topic of a.topics) assert.ok(topic.label.length > 0)
  })
})

/**
 * Original articles for the continuation and background rules: quota talks that pause for a week,
 * two typhoons a week apart, a data-falsification story, an old article about the same company and
 * its president, and an old article about another maker's recall (same ministry, same kind of news).
 */
const THREADS: Article[] = [
  { id: 'talks-1', publishedAt: '2026-09-01T10:00:00+09:00', body: '北太平洋漁業委員会の年次会合が1日、東京都内で始まり、日本、中国、韓国などがサバの漁獲枠をめぐる協議に入った。水産庁の田村誠一次長は、資源の減少を踏まえ、漁獲枠を前年より2割削減するよう提案した。' },
  { id: 'talks-2', publishedAt: '2026-09-02T18:00:00+09:00', body: 'サバの漁獲枠をめぐる北太平洋漁業委員会の協議は2日、中国と韓国が日本の削減案に反対し、結論を持ち越した。水産庁の田村誠一次長は「資源を守るため、削減は避けられない」と述べた。' },
  { id: 'talks-3', publishedAt: '2026-09-09T11:00:00+09:00', body: '北太平洋漁業委員会は9日、中断していたサバの漁獲枠をめぐる協議を再開した。日本の水産庁は削減幅を1割5分に縮める修正案を示し、中国と韓国も検討する姿勢を示した。田村誠一次長は「歩み寄りの余地はある」と語った。' },
  { id: 'talks-4', publishedAt: '2026-09-10T19:00:00+09:00', body: '北太平洋漁業委員会は10日、サバの漁獲枠を前年より1割5分削減することで合意した。協議は中断を挟んで10日間に及んだ。水産庁の田村誠一次長は「資源回復への一歩だ」と話した。' },
  { id: 'typhoon12-1', publishedAt: '2026-09-01T06:00:00+09:00', body: '強い台風12号は1日、沖縄県の南の海上を北上した。気象庁によると、2日にかけて九州南部に接近するおそれがあり、暴風や高波、土砂災害に警戒するよう呼びかけている。' },
  { id: 'typhoon12-2', publishedAt: '2026-09-02T07:00:00+09:00', body: '台風12号は2日朝、鹿児島県に上陸した。気象庁によると、九州南部では24時間の雨量が400ミリを超え、鹿児島県内の約3万世帯に避難指示が出された。' },
  { id: 'typhoon13-1', publishedAt: '2026-09-08T06:00:00+09:00', body: '強い台風13号は8日、沖縄県の南の海上を北上した。気象庁によると、9日にかけて九州南部に接近するおそれがあり、暴風や高波、土砂災害に警戒するよう呼びかけている。' },
  { id: 'recall-1', publishedAt: '2026-10-01T15:00:00+09:00', body: '北星自動車は1日、燃費試験のデータを書き換えていたと発表した。対象は軽自動車など4車種で、国土交通省に報告した。会見した北星自動車の川口正人社長は「深くおわびする」と陳謝した。' },
  { id: 'recall-2', publishedAt: '2026-10-02T12:00:00+09:00', body: '北星自動車の燃費データ書き換え問題で、国土交通省は2日、同社の本社に立ち入り検査に入った。書き換えは少なくとも8年前から続いていたとみられる。' },
  { id: 'recall-3', publishedAt: '2026-10-03T17:00:00+09:00', body: '燃費試験のデータ書き換え問題を受け、北星自動車の川口正人社長は3日、引責辞任する意向を表明した。北星自動車は外部の弁護士による調査委員会を設け、経緯を調べる。' },
  { id: 'old-specific', publishedAt: '2023-05-20T10:00:00+09:00', body: '北星自動車は20日、燃費試験の手順に不備があったとして、国土交通省から行政指導を受けたと発表した。川口正人社長は「試験の管理体制を見直す」と述べ、データの書き換えはなかったと説明した。' },
  { id: 'old-generic', publishedAt: '2023-06-12T10:00:00+09:00', body: '南海重工業は12日、エアバッグの部品に不具合があるとして、乗用車など5車種の計6万台のリコールを国土交通省に届け出た。これまでに事故の報告はないという。' },
]

const threadDocs = THREADS.map(analyze)

/** A follow-up of the talks after a quiet spell that names no official, only the countries (original text). */
const ONLINE_TALKS: Article = {
  id: 'talks-online', publishedAt: '2026-09-06T15:00:00+09:00',
  body: '中断しているサバの漁獲枠をめぐる協議で、日本、中国、韓国の担当者は6日、オンラインで事務レベルの話し合いを行った。日本は2割削減の提案を維持しつつ、削減を2年かけて段階的に進める案を示した。中国と韓国は資源の状況を見極めたいとして、結論を持ち越した。'
}
const threadStories = (options: Parameters<typeof clusterStories>[1] = {}): ReturnType<typeof clusterStories> => clusterStories(threadDocs.map((doc) => ({ doc })), options)

test('continuation after a quiet spell', async (t) => {
  await t.test('talks that pause for a week stay one story at the default 3-day gap', () => {
    const stories = threadStories()
    assert.deepEqual(stories.find((s) => s.id === 'story:talks-1')?.articleIds, ['talks-1', 'talks-2', 'talks-3', 'talks-4'])
  })

  await t.test('a typhoon with another number a week later stays its own story', () => {
    const stories = threadStories()
    assert.notEqual(storyOf(stories, 'typhoon13-1'), storyOf(stories, 'typhoon12-1'))
    assert.equal(storyOf(stories, 'typhoon12-2'), 'story:typhoon12-1')
  })

  await t.test('continuationDays 0 turns the rule off; a window shorter than the pause keeps the split', () => {
    for (const continuationDays of [0, 5]) {
      const stories = threadStories({ continuationDays })
      assert.equal(storyOf(stories, 'talks-3'), 'story:talks-3')
      assert.equal(storyOf(stories, 'talks-4'), 'story:talks-3')
    }
  })

  await t.test('a follow-up naming no key person continues the thread on its distinctive terms (サバ・漁獲枠)', () => {
    const docs = [...threadDocs.filter((d) => ['talks-1', 'talks-2', 'recall-1', 'typhoon12-1'].includes(d.articleId)), analyze(ONLINE_TALKS)]
    const stories = clusterStories(docs.map((doc) => ({ doc })))
    assert.deepEqual(stories.find((s) => s.id === 'story:talks-1')?.articleIds, ['talks-1', 'talks-2', 'talks-online'])
    assert.equal(storyOf(clusterStories(docs.map((doc) => ({ doc })), { continuationDays: 0 }), 'talks-online'), 'story:talks-online')
  })

  await t.test('the streaming clusterer takes the later thread back when it closes, too', () => {
    const clusterer = createStoryClusterer()
    for (const doc of threadDocs.filter((d) => d.articleId.startsWith('talks-'))) clusterer.add(doc)
    clusterer.add(threadDocs.find((d) => d.articleId === 'recall-1')!)
    clusterer.consolidate()
    assert.equal(clusterer.storyOf('talks-4'), 'story:talks-1')
  })
})

test('background attachment', async (t) => {
  const stories = threadStories()
  const host = stories.find((s) => s.id === 'story:recall-1')!

  await t.test('an old article on the same company and president is background, not news', () => {
    assert.deepEqual(host.articleIds, ['recall-1', 'recall-2', 'recall-3'])
    assert.deepEqual(host.backgroundArticleIds, ['old-specific'])
    assert.equal(stories.some((s) => s.articleIds.includes('old-specific')), false)
    assert.equal(host.firstPublishedAt, '2026-10-01T15:00:00+09:00')
  })

  await t.test('an old article with only generic overlap (same ministry, same kind of news) stays apart', () => {
    assert.equal(storyOf(stories, 'old-generic'), 'story:old-generic')
    assert.equal(stories.filter((s) => (s.backgroundArticleIds ?? []).includes('old-generic')).length, 0)
  })

  await t.test('a backgroundDays wider than the distance keeps the old article as its own story', () => {
    const wide = threadStories({ backgroundDays: 2000 })
    assert.equal(storyOf(wide, 'old-specific'), 'story:old-specific')
    assert.equal(wide.find((s) => s.id === 'story:recall-1')!.backgroundArticleIds, undefined)
  })

  await t.test('the archive is bounded: an old story evicted by archiveLimit or archiveDays is no background any more', () => {
    // old-generic retires after old-specific, so a one-story archive keeps only old-generic
    const full = threadStories({ archiveLimit: 1 })
    assert.equal(storyOf(full, 'old-specific'), 'story:old-specific')
    assert.equal(full.find((s) => s.id === 'story:recall-1')!.backgroundArticleIds, undefined)
    // old-specific lies about 3 years and 4 months before the thread: a 2-year horizon drops it
    const short = threadStories({ archiveDays: 730 })
    assert.equal(storyOf(short, 'old-specific'), 'story:old-specific')
    const long = threadStories({ archiveDays: 1500 })
    assert.deepEqual(long.find((s) => s.id === 'story:recall-1')!.backgroundArticleIds, ['old-specific'])
  })

  await t.test('streaming: an old article arriving late never joins the story as news', () => {
    const clusterer = createStoryClusterer()
    for (const doc of threadDocs.filter((d) => d.articleId.startsWith('recall-'))) clusterer.add(doc)
    const late = clusterer.add(threadDocs.find((d) => d.articleId === 'old-specific')!)
    assert.equal(late.created, true)
    clusterer.consolidate()
    const story = clusterer.stories().find((s) => s.id === 'story:recall-1')!
    assert.deepEqual(story.articleIds, ['recall-1', 'recall-2', 'recall-3'])
    assert.deepEqual(story.backgroundArticleIds, ['old-specific'])
    assert.equal(clusterer.storyOf('old-specific'), 'story:recall-1')
  })

  await t.test('a later copy of a background article is background too, never news', () => {
    const clusterer = createStoryClusterer()
    const old = threadDocs.find((d) => d.articleId === 'old-specific')!
    clusterer.add(old, { duplicateGroup: 'old' })
    for (const doc of threadDocs.filter((d) => d.articleId.startsWith('recall-'))) clusterer.add(doc)
    clusterer.consolidate()
    const copy = clusterer.add({ ...old, articleId: 'old-copy' }, { duplicateGroup: 'old' })
    assert.equal(copy.storyId, 'story:recall-1')
    const story = clusterer.stories().find((s) => s.id === 'story:recall-1')!
    assert.deepEqual(story.articleIds, ['recall-1', 'recall-2', 'recall-3'])
    assert.deepEqual(story.backgroundArticleIds, ['old-specific', 'old-copy'])
  })
})

test('a title analysed apart (ArticleMeta.title) counts as the title line would', async (t) => {
  const article: Article = { id: 'typhoon-title', publishedAt: '2026-09-02T07:00:00+09:00', title: '台風12号が鹿児島に上陸 3万世帯に避難指示', body: THREADS.find((a) => a.id === 'typhoon12-2')!.body }
  const body = analyze(article)
  const title = analyze({ id: 'typhoon-title:title', body: article.title! })
  const line = analyze(withTitleLine(article))

  await t.test('the same weighted terms and lead numbers, while the body keeps its own offsets', () => {
    assert.deepEqual(new Map([...extractArticleTerms(body, title)].sort()), new Map([...extractTerms(line)].sort()))
    assert.deepEqual(articleEventNumbers(body, title, 2), leadEventNumbers(line, 2))
    assert.equal(body.text, article.body)
  })

  await t.test('the clusterer reads it from the meta: the same stories as with title lines', () => {
    const withMeta = threadDocs.map((doc) => ({ doc: doc.articleId === 'typhoon12-2' ? body : doc, ...(doc.articleId === 'typhoon12-2' ? { meta: { title } } : {}) }))
    const withLine = threadDocs.map((doc) => ({ doc: doc.articleId === 'typhoon12-2' ? { ...line, articleId: 'typhoon-title' } : doc }))
    assert.deepEqual(clusterStories(withMeta).map((s) => s.articleIds), clusterStories(withLine).map((s) => s.articleIds))
    assert.equal(storyOf(clusterStories(withMeta), 'typhoon-title'), 'story:typhoon12-1')
  })
})

test('undated articles whose leads name different years stay apart (lead-year.ts)', async (t) => {
  const festival = (id: string, year: string, extra: string): Article => ({
    id, title: `${year}年の青葉港まつり、花火大会に約8万人`,
    body: `青葉市の青葉港で開かれた${year}年の青葉港まつりで、恒例の花火大会があり、主催者発表で約8万人の見物客が集まった。打ち上げられた花火は約1万発で、港の夜空を彩った。${extra}`,
  })
  const a = analyze(withTitleLine(festival('fest-a', '2024', '会場周辺では交通規制が敷かれた。')))
  const b = analyze(withTitleLine(festival('fest-b', '2025', '今年は新たに水中花火も披露された。')))
  const c = analyze(withTitleLine(festival('fest-c', '2025', '臨時バスが増便され、混雑は大きくなかった。')))

  await t.test('the same wording a year apart is two events; the same year joins', () => {
    const stories = clusterStories([a, b, c].map((doc) => ({ doc })))
    assert.deepEqual(stories.map((s) => s.articleIds), [['fest-a'], ['fest-b', 'fest-c']])
  })

  await t.test('reads 2025年, 2025年度 and a year written before a noun', () => {
    assert.equal(leadYear(a, undefined, 2), '2024')
    assert.equal(leadYear(analyze({ id: 'y1', body: '2026年度予算案が閣議決定された。' }), undefined, 2), '2026')
    assert.equal(leadYear(analyze({ id: 'y2', body: '2009衆院選の投票率がまとまった。' }), undefined, 2), '2009')
    assert.equal(leadYear(analyze({ id: 'y3', body: '約2000人が参加した。' }), undefined, 2), undefined)
  })
})
