import { test } from 'node:test'
import assert from 'node:assert/strict'
import { findDates } from './find-dates.ts'

/** [surface, value] of every mention, in order. */
function valuesOf(text: string, referenceDate: string | null): [string, string | null][] {
  return findDates(text, [], referenceDate).mentions.map((m) => [text.slice(m.start, m.end), m.value])
}

test('findDates', async (t) => {
  await t.test('reads a bare day as the latest such day on or before the publication date', () => {
    assert.deepEqual(valuesOf('市長は28日、記者会見を開いた。', '2024-03-05'), [['28日', '2024-02-28']])
    assert.deepEqual(valuesOf('市長は3日、記者会見を開いた。', '2024-03-05'), [['3日', '2024-03-03']])
  })
  await t.test('reads a bare day as the next one when the sentence speaks of the future', () => {
    assert.deepEqual(valuesOf('新しい橋の開通式は28日に開催される予定だ。', '2024-03-05'), [['28日', '2024-03-28']])
    assert.deepEqual(valuesOf('委員会は2日に結論を出す方針だ。', '2024-03-05'), [['2日', '2024-04-02']])
  })
  await t.test('reads a day something was put off to, a risk and a reported plan as the future', () => {
    assert.deepEqual(valuesOf('採決は20日に持ち越された。', '2024-03-18'), [['20日', '2024-03-20']])
    assert.deepEqual(valuesOf('大雨で試合は3日に延期された。', '2024-03-05'), [['3日', '2024-03-03']])
    assert.deepEqual(valuesOf('寒波 週末にも関東で大雪のおそれ', '2024-01-16'), [['週末', '2024-01-20/2024-01-21']])
    assert.deepEqual(valuesOf('市長は工事の完了は20日になると説明した。', '2024-03-05'), [['20日', '2024-03-20']])
    assert.deepEqual(valuesOf('10日投開票の市長選について、調査した。', '2024-03-05'), [['10日', '2024-03-10']])
  })
  await t.test('reads a date after an event topic and before a copula as ahead (発売は6月25日だ)', () => {
    assert.deepEqual(valuesOf('新型の炊飯器の発売は6月25日だ。', '2024-06-01'), [['6月25日', '2024-06-25']])
    assert.deepEqual(valuesOf('彼の誕生日は2月20日だ。', '2024-06-01'), [['2月20日', '2024-02-20']])
  })
  await t.test('does not read a magazine issue as a date', () => {
    assert.deepEqual(valuesOf('月刊誌の2024年3月号に特集が載った。', '2024-02-20'), [])
  })
  await t.test('picks the year of a month-day from the tense', () => {
    assert.deepEqual(valuesOf('新型車は11月20日に発表された。', '2024-03-05'), [['11月20日', '2023-11-20']])
    assert.deepEqual(valuesOf('新型車は11月20日に発表する見通しだ。', '2024-03-05'), [['11月20日', '2024-11-20']])
  })
  await t.test('lets a written weekday choose the year', () => {
    assert.deepEqual(valuesOf('説明会は1月6日（月）に開く。', '2024-12-20'), [['1月6日', '2025-01-06']])
  })
  await t.test('reads a day after a full date in the same sentence within its month', () => {
    assert.deepEqual(valuesOf('展示会は2024年5月30日〜6月2日と、8日に開かれる。', '2024-05-01'), [
      ['2024年5月30日', '2024-05-30'],
      ['6月2日', '2024-06-02'],
      ['8日', '2024-06-08'],
    ])
  })
  await t.test('resolves day words against the publication date', () => {
    assert.deepEqual(valuesOf('きのう、おととい、あす、あさって、昨日、今日、明日', '2024-03-01'), [
      ['きのう', '2024-02-29'],
      ['おととい', '2024-02-28'],
      ['あす', '2024-03-02'],
      ['あさって', '2024-03-03'],
      ['昨日', '2024-02-29'],
      ['今日', '2024-03-01'],
      ['明日', '2024-03-02'],
    ])
  })
  await t.test('gives 今週/先週/来週 as ISO weeks, across a year boundary', () => {
    assert.deepEqual(valuesOf('先週と今週と来週の予定。', '2025-01-02'), [
      ['先週', '2024-W52'],
      ['今週', '2025-W01'],
      ['来週', '2025-W02'],
    ])
    assert.deepEqual(valuesOf('来週の土曜日に集まる。', '2024-12-25'), [['来週の土曜日', '2025-01-04']])
  })
  await t.test('gives months and years', () => {
    assert.deepEqual(valuesOf('先月、今月、来月、昨年、去年、今年、来年', '2025-01-15'), [
      ['先月', '2024-12'],
      ['今月', '2025-01'],
      ['来月', '2025-02'],
      ['昨年', '2024'],
      ['去年', '2024'],
      ['今年', '2025'],
      ['来年', '2026'],
    ])
  })
  await t.test('reads 年度 as April to March', () => {
    assert.deepEqual(valuesOf('2025年度の予算と今年度の計画。', '2025-02-10'), [
      ['2025年度', '2025-04-01/2026-03-31'],
      ['今年度', '2024-04-01/2025-03-31'],
    ])
  })
  await t.test('reads 上旬/中旬/下旬 as days 1–10, 11–20, 21–end', () => {
    assert.deepEqual(valuesOf('2月上旬に着工し、2月中旬に完成、2024年2月下旬に開業する予定だ。', '2024-01-10'), [
      ['2月上旬', '2024-02-01/2024-02-10'],
      ['2月中旬', '2024-02-11/2024-02-20'],
      ['2024年2月下旬', '2024-02-21/2024-02-29'],
    ])
  })
  await t.test('reads 週末 as Saturday–Sunday', () => {
    assert.deepEqual(valuesOf('週末に花火大会が開かれる。', '2024-07-17'), [['週末', '2024-07-20/2024-07-21']])
    assert.deepEqual(valuesOf('週末に花火大会が開かれた。', '2024-07-17'), [['週末', '2024-07-13/2024-07-14']])
  })
  await t.test('counts 前日/翌日/同日 from the date the text last named', () => {
    assert.deepEqual(valuesOf('式典は2023年12月31日に開かれた。翌日には初詣。前日は雨。同日夜に花火。', '2024-01-10'), [
      ['2023年12月31日', '2023-12-31'],
      ['翌日', '2024-01-01'],
      ['前日', '2023-12-31'],
      ['同日', '2023-12-31'],
    ])
  })
  await t.test('keeps the unit of N日前 and N週間後', () => {
    assert.deepEqual(valuesOf('3日前に届き、2週間後に返す。半年前と5年前。', '2024-03-05'), [
      ['3日前', '2024-03-02'],
      ['2週間後', '2024-W12'],
      ['半年前', '2023-09'],
      ['5年前', '2019'],
    ])
  })
  await t.test('reads wareki years, 令和元年 included', () => {
    assert.deepEqual(valuesOf('令和元年5月1日に改元。平成31年と昭和64年。令和7年。', '2025-01-01'), [
      ['令和元年5月1日', '2019-05-01'],
      ['平成31年', '2019'],
      ['昭和64年', '1989'],
      ['令和7年', '2025'],
    ])
  })
  await t.test('reads numeric dates', () => {
    assert.deepEqual(valuesOf('2025/03/14と2025-03-14の発売日。', '2025-01-01'), [
      ['2025/03/14', '2025-03-14'],
      ['2025-03-14', '2025-03-14'],
    ])
  })
  await t.test('gives deadlines as intervals', () => {
    assert.deepEqual(valuesOf('数日以内に回答する。', '2024-03-05'), [['数日以内', '2024-03-05/2024-03-11']])
    assert.deepEqual(valuesOf('13日中に回答する。', '2024-03-05'), [['13日中', '2024-03-13']])
  })
  await t.test('does not tag durations, counts and titles', () => {
    assert.deepEqual(valuesOf('工期は1〜3日間の見込み。週5日勤務で、1日限定の券。', '2024-03-05'), [])
    assert.deepEqual(valuesOf('3日間の日程で、1日2回、この1日で5キロ歩き、24時間営業、3カ月で完成。映画「13日の金曜日」を見た。', '2024-03-05'), [])
    assert.deepEqual(valuesOf('1日中雨だった。同年代の友人と、1日のうちに3回。', '2024-03-05'), [])
  })
  await t.test('lets an explicit day decide after a day word written earlier than publication', () => {
    assert.deepEqual(valuesOf('本日23日に試写会が開かれた。', '2024-07-28'), [['本日23日', '2024-07-23']])
    assert.deepEqual(valuesOf('予約は明日15日の正午から。', '2024-08-14'), [['明日15日', '2024-08-15']])
    assert.deepEqual(valuesOf('新版が本日12月7日より公開された。', '2025-01-11'), [['本日12月7日', '2024-12-07']])
  })
  await t.test('gives an offset in apposition to a date the value of that date', () => {
    assert.deepEqual(valuesOf('西日本では3月6日から、東日本では1週間後の3月13日から販売された。', '2024-04-03'), [
      ['3月6日', '2024-03-06'],
      ['1週間後', '2024-W11'],
      ['3月13日', '2024-03-13'],
    ])
  })
  await t.test('counts an offset ahead of a date from that date', () => {
    assert.deepEqual(valuesOf('「市民の日」を6日後に控えた19日、会場の準備が進んだ。', '2024-07-20'), [
      ['6日後', '2024-07-25'],
      ['19日', '2024-07-19'],
    ])
    assert.deepEqual(valuesOf('決勝を翌日に控えた13日、監督が会見した。', '2024-07-20'), [
      ['翌日', '2024-07-14'],
      ['13日', '2024-07-13'],
    ])
  })
  await t.test('reads 週末 as the weekend of a day named in the same sentence', () => {
    assert.deepEqual(valuesOf('今年の祭りは、23日（金）、24日（土）と週末に重なる。', '2024-07-01'), [
      ['今年', '2024'],
      ['23日', '2024-08-23'],
      ['24日', '2024-08-24'],
      ['週末', '2024-08-24/2024-08-25'],
    ])
  })
  await t.test('ignores the words of a title in brackets when reading the tense', () => {
    assert.deepEqual(valuesOf('２３日は特別番組「時代を変えた人」を放送。', '2024-12-20'), [['２３日', '2024-12-23']])
  })
  await t.test('does not tag rates, former titles or days counted from an undated event', () => {
    assert.deepEqual(valuesOf('練習は1日10〜30分、メールは1日20通。前日本代表と元日本代表の監督が語った。当日券もある。U-23日本代表が勝った。', '2024-03-05'), [])
    assert.deepEqual(valuesOf('予約は引換え日の2日前まで、発売日前日まで受け付ける。', '2024-03-05'), [])
  })
  await t.test('reads a range 5月1〜3日 as two days of one month, and 元日 as January 1', () => {
    assert.deepEqual(valuesOf('連休中の5月1〜3日に催しが開かれた。', '2024-05-10'), [
      ['5月1', '2024-05-01'],
      ['3日', '2024-05-03'],
    ])
    assert.deepEqual(valuesOf('元日に初売りを行う予定だ。', '2024-12-20'), [['元日', '2025-01-01']])
  })
  await t.test('reads the tense from the first predicate after the date', () => {
    assert.deepEqual(valuesOf('24日にリリースされる新曲を披露した。', '2010-03-22'), [['24日', '2010-03-24']])
    assert.deepEqual(valuesOf('新製品は28日から公開された。', '2010-04-10'), [['28日', '2010-03-28']])
    assert.deepEqual(valuesOf('女子W杯は26日に開幕。', '2011-06-15'), [['26日', '2011-06-26']])
    assert.deepEqual(valuesOf('3月23日のDVD発売を前に、特別映像が公開された。', '2012-03-12'), [['3月23日', '2012-03-23']])
    assert.deepEqual(valuesOf('25日現在、首位に立っている。', '2011-01-26'), [['25日', '2011-01-25']])
  })
  await t.test('reads a date in brackets from the words after the brackets', () => {
    assert.deepEqual(valuesOf('初戦はカメルーン（6月14日）、次はオランダ（6月18日）と対戦する。', '2010-04-07'), [
      ['6月14日', '2010-06-14'],
      ['6月18日', '2010-06-18'],
    ])
  })
  await t.test('lets a weekday outrank the sentence, and ignores a weekday that fits no year in the tense', () => {
    assert.deepEqual(valuesOf('米国では11月9日、日本では12月1日（土）に公開を予定している。', '2012-03-23'), [
      ['11月9日', '2012-11-09'],
      ['12月1日', '2012-12-01'],
    ])
    assert.deepEqual(valuesOf('11月24日（月）から1月下旬までの期間限定商品。', '2009-11-17'), [
      ['11月24日', '2009-11-24'],
      ['1月下旬', '2010-01-21/2010-01-31'],
    ])
  })
  await t.test('reads two-digit years before a month and after an apostrophe', () => {
    assert.deepEqual(valuesOf("09年9月に入社し、'06年に独立した。'60年代の曲。", '2012-01-01'), [
      ['09年9月', '2009-09'],
      ["'06年", '2006'],
    ])
  })
  await t.test('reads halves and quarters of a named year, fiscal after 年度', () => {
    assert.deepEqual(valuesOf('2011年上半期と2011年第4四半期、2012年度第1四半期。四半期に1度。', '2012-05-01'), [
      ['2011年上半期', '2011-01-01/2011-06-30'],
      ['2011年第4四半期', '2011-10-01/2011-12-31'],
      ['2012年度第1四半期', '2012-04-01/2012-06-30'],
    ])
  })
  await t.test('does not give a future clause the past year of an earlier date in the sentence', () => {
    assert.deepEqual(valuesOf('昨年10月23日の公演を収めた映画が、6月2日より公開される。', '2012-04-20'), [
      ['昨年10月23日', '2011-10-23'],
      ['6月2日', '2012-06-02'],
    ])
    assert.deepEqual(valuesOf('節電要請は２２日で終了。', '2011-09-20'), [['２２日', '2011-09-22']])
  })
  await t.test('takes the tense of a continuative clause from the verb that ends the sentence', () => {
    assert.deepEqual(valuesOf('映画は16日に公開され、好調な滑り出しとなった。', '2012-03-29'), [['16日', '2012-03-16']])
  })
  await t.test('keeps a month-day written days before publication in its year even in a future clause', () => {
    assert.deepEqual(valuesOf('10月8日からの開催に先駆けて、記者会見が開かれた。', '2011-10-12'), [['10月8日', '2011-10-08']])
  })
  await t.test('reads a day right after 今週末 near that Saturday, and Q．昨年 as a year', () => {
    assert.deepEqual(valuesOf('大会はいよいよ今週末27日に迫ってきた。', '2011-08-24'), [
      ['今週末', '2011-08-27/2011-08-28'],
      ['27日', '2011-08-27'],
    ])
    assert.deepEqual(valuesOf('Q．昨年、部長に昇進。', '2011-06-07'), [['昨年', '2010']])
  })
  await t.test('reports instead of guessing without a reference date', () => {
    const result = findDates('28日ときのうと2024年3月1日。', [], null)
    assert.deepEqual(result.mentions.map((m) => m.value), [null, null, '2024-03-01'])
    assert.deepEqual(result.problems.map((p) => p.code), ['dates/no-reference-date', 'dates/no-reference-date'])
  })
  await t.test('reports a reference date that is not ISO 8601 and resolves nothing relative', () => {
    const result = findDates('28日に会見した。', [], 'yesterday')
    assert.deepEqual(result.mentions.map((m) => m.value), [null])
    assert.deepEqual(result.problems.map((p) => p.code), ['dates/invalid-reference-date', 'dates/no-reference-date'])
  })
  await t.test('reports 翌日 with no earlier date and keeps no mention for it', () => {
    const result = findDates('翌日に発表した。', [], '2024-03-05')
    assert.deepEqual(result.mentions, [])
    assert.deepEqual(result.problems.map((p) => [p.code, p.span]), [['dates/no-anchor', { start: 0, end: 2 }]])
  })
  await t.test('maps spans onto full-width text unchanged', () => {
    const text = '発売は２０２４年３月１日（金）。'
    const [mention] = findDates(text, [], '2024-01-01').mentions
    assert.equal(text.slice(mention?.start, mention?.end), '２０２４年３月１日')
  })
})
