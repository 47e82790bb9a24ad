/**
 * @module bench/extract
 * HTML extraction speed and fidelity. Pages are generated at run time from the livedoor dev bodies
 * (`../shared/evaldata/livedoor-ldcc/dev.jsonl`, never saved) by wrapping each in one of several
 * realistic page templates (navigation, ranking sidebar, related links, footer, scripts, og: and
 * JSON-LD metadata, `<p>` or `<br>` paragraphs). Prints pages/s for `extractPage` alone and for
 * decode (about a quarter of the pages in Shift_JIS) + extract, paragraph recall and noise of the
 * extracted text, how often a single-story text would wrongly be split into stories, and how often
 * undeclared Shift_JIS / EUC-JP / ISO-2022-JP bytes (whole bodies and 40-character snippets) decode
 * back to exactly the original text.
 *
 * Args: `--limit=N` (pages, default all 2,173), `--rounds=N` (timed rounds, default 2).
 */
import { readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { extractPage } from '../src/extract/extract-page.ts'
import { splitStories } from '../src/extract/split-stories.ts'
import { decodeBytes } from '../src/ingest/decode.ts'
import { evalDataPath } from '../src/runtime/paths.ts'
import { encodeEucJp, encodeIso2022Jp, encodeShiftJis } from '../test/fixtures/ingest/encode.ts'

type Row = { id: string; title: string; body: string; date?: string; url?: string; category_name?: string }

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function paragraphs(body: string): string[] {
  return body.split(/\n+/).map((p) => p.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')).filter((p) => p !== '')
}

const NAV = '<header><div class="logo"><a href="/">ライブニュース</a></div><nav class="global"><ul><li><a href="/">トップ</a></li><li><a href="/domestic">国内</a></li><li><a href="/world">海外</a></li><li><a href="/it">IT</a></li><li><a href="/sports">スポーツ</a></li><li><a href="/ent">エンタメ</a></li></ul></nav></header>'
const RANKING = '<aside class="sidebar"><h2>アクセスランキング</h2><ol><li><a href="/a/1">市議会で来年度予算案が可決</a></li><li><a href="/a/2">新作スマホの発売日が決定</a></li><li><a href="/a/3">週末は広い範囲で雨の予報</a></li><li><a href="/a/4">人気アニメの映画化が決定</a></li></ol><div class="ad">広告</div></aside>'
const FOOTER = '<footer><ul><li><a href="/about">会社概要</a></li><li><a href="/privacy">プライバシーポリシー</a></li><li><a href="/terms">利用規約</a></li></ul><p>Copyright (C) Live News All Rights Reserved.</p></footer>'
const SCRIPTS = '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script><script src="/js/app.js"></script><style>.sidebar{float:right}</style>'

/** One of four page templates, chosen by index. */
function wrap(row: Row, i: number): string {
  const ps = paragraphs(row.body)
  const url = row.url ?? `https://news.example.jp/article/${i}`
  const meta = `<meta property="og:title" content="${esc(row.title)}"><meta property="og:site_name" content="ライブニュース"><meta property="og:url" content="${esc(url)}">` +
    (row.date ? `<meta property="article:published_time" content="${esc(row.date)}">` : '')
  const jsonld = `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: row.title, datePublished: row.date, publisher: { '@type': 'Organization', name: 'ライブニュース' } })}</script>`
  const related = `<div class="related"><h3>関連記事</h3><ul><li><a href="/r/1">${esc(row.category_name ?? '話題')}の最新記事一覧</a></li><li><a href="/r/2">編集部のおすすめ</a></li></ul></div>`
  const share = '<div class="share"><button>シェア</button><a href="https://twitter.com/share">ポスト</a><a href="#">ブックマーク</a></div>'
  const head = (extra: string): string => `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>${esc(row.title)}｜ライブニュース</title>${extra}${SCRIPTS}</head>`
  switch (i % 4) {
    case 0:
      return `${head(meta)}<body>${NAV}<main><article><h1>${esc(row.title)}</h1><time datetime="${esc(row.date ?? '')}">${esc(row.date ?? '')}</time>${share}${ps.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article>${related}</main>${RANKING}${FOOTER}</body></html>`
    case 1:
      return `${head(jsonld)}<body>${NAV}<div id="wrapper"><div id="content"><h1 class="title">${esc(row.title)}</h1><div class="article-body">${ps.map((p) => esc(p)).join('<br><br>\n')}</div>${share}${related}</div>${RANKING}</div>${FOOTER}</body></html>`
    case 2:
      return `${head(meta + jsonld)}<body>${NAV}<div class="container"><section class="main"><h1>${esc(row.title)}</h1><div class="body">${ps.map((p) => `<div class="para">${esc(p)}</div>`).join('')}</div></section>${related}</div>${RANKING}${FOOTER}</body></html>`
    default:
      return `${head(meta)}<body><div class="page">${NAV}<table class="layout"><tr><td class="main-col"><h2>${esc(row.title)}</h2><div itemprop="articleBody">${ps.map((p) => `<p>${esc(p)}</p>`).join('')}</div>${related}</td><td class="side-col">${RANKING}</td></tr></table>${FOOTER}</div></body></html>`
  }
}

const squash = (s: string): string => s.replace(/[\s\u3000]+/g, '')

export async function run(args: string[]): Promise<void> {
  const arg = (name: string, fallback: number): number => {
    const hit = args.find((a) => a.startsWith(`--${name}=`))
    const n = hit ? Number(hit.slice(name.length + 3)) : fallback
    return Number.isFinite(n) && n > 0 ? n : fallback
  }
  const rows = readFileSync(evalDataPath('livedoor-ldcc', 'dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row)
    .slice(0, arg('limit', Infinity))
  const rounds = arg('rounds', 2)
  const pages = rows.map(wrap)
  let sjisPages = 0
  const bytes = pages.map((html, i) => {
    if (i % 4 === 3) {
      try {
        const sjis = encodeShiftJis(html.replace('<meta charset="utf-8">', '<meta charset="Shift_JIS">'))
        sjisPages++
        return sjis
      } catch {
        // a character outside Shift_JIS: this page stays UTF-8
      }
    }
    return new TextEncoder().encode(html)
  })
  const totalMb = bytes.reduce((s, b) => s + b.byteLength, 0) / 1e6

  // fidelity (untimed): paragraph recall, extracted noise, stories per page
  let recalled = 0
  let expected = 0
  let noiseChars = 0
  let extractedChars = 0
  let failures = 0
  let wrongSplits = 0
  for (let i = 0; i < pages.length; i++) {
    const row = rows[i] as Row
    const r = extractPage(pages[i] as string, { url: row.url ?? `https://news.example.jp/article/${i}` })
    if (!r.ok) {
      failures++
      continue
    }
    if (r.value.stories.length > 1) wrongSplits++
    const text = r.value.stories.map((s) => s.body).join('\n')
    const got = squash(text)
    const source = squash(row.body)
    for (const p of paragraphs(row.body)) {
      expected++
      if (got.includes(squash(p))) recalled++
    }
    for (const line of text.split('\n')) {
      extractedChars += line.length
      if (!source.includes(squash(line))) noiseChars += line.length
    }
  }
  // encoding detection (untimed): bodies encoded without any declaration, whole and as a 40-char snippet
  const detection: Array<[string, number, number]> = []
  for (const [name, encode] of [['Shift_JIS', encodeShiftJis], ['EUC-JP', encodeEucJp], ['ISO-2022-JP', encodeIso2022Jp]] as const) {
    for (const [label, cut] of [['body', Infinity], ['40 chars', 40]] as const) {
      let tried = 0
      let right = 0
      for (const row of rows) {
        const text = row.body.slice(0, cut)
        let encoded: Uint8Array
        try {
          encoded = encode(text)
        } catch {
          continue
        }
        tried++
        const d = decodeBytes(encoded, row.id)
        if (d.ok && d.value.text === text) right++
      }
      detection.push([`${name}, ${label}`, right, tried])
    }
  }
  // a page declaring the other legacy encoding (Shift_JIS ↔ EUC-JP) in its <meta>
  for (const [name, encode, wrong] of [['Shift_JIS', encodeShiftJis, 'EUC-JP'], ['EUC-JP', encodeEucJp, 'Shift_JIS']] as const) {
    let tried = 0
    let right = 0
    for (const row of rows) {
      const html = `<html><head><meta charset="${wrong}"></head><body><p>${row.body}</p></body></html>`
      let encoded: Uint8Array
      try {
        encoded = encode(html)
      } catch {
        continue
      }
      tried++
      const d = decodeBytes(encoded, row.id)
      if (d.ok && d.value.text === html) right++
    }
    detection.push([`${name} page declared ${wrong}`, right, tried])
  }
  let textSplits = 0
  for (const row of rows) if (splitStories(`${row.title}\n${row.body}`) !== null) textSplits++

  const time = (fn: () => void): number => {
    let best = Infinity
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now()
      fn()
      best = Math.min(best, performance.now() - t0)
    }
    return best
  }
  const extractMs = time(() => {
    for (let i = 0; i < pages.length; i++) extractPage(pages[i] as string)
  })
  const decodeExtractMs = time(() => {
    for (let i = 0; i < bytes.length; i++) {
      const d = decodeBytes(bytes[i] as Uint8Array, `page-${i}`)
      if (d.ok) extractPage(d.value.text)
    }
  })
  const fmt = (n: number, digits = 1): string => n.toFixed(digits)
  const table: Array<[string, string]> = [
    ['pages (livedoor dev bodies in 4 templates)', String(pages.length)],
    ['page size, total', `${fmt(totalMb, 1)} MB (${fmt((totalMb * 1e3) / pages.length, 1)} kB/page)`],
    ['extractPage (Readability + linkedom), pages/s', fmt((pages.length / extractMs) * 1000, 0)],
    [`decode (${sjisPages} pages Shift_JIS) + extract, pages/s`, fmt((bytes.length / decodeExtractMs) * 1000, 0)],
    ['paragraph recall', `${fmt((100 * recalled) / Math.max(1, expected), 2)} %`],
    ['noise in extracted text (chars not in body)', `${fmt((100 * noiseChars) / Math.max(1, extractedChars), 2)} %`],
    ['pages with no main text', String(failures)],
    ['single-story pages split into stories (HTML)', `${wrongSplits} (${fmt((100 * wrongSplits) / pages.length, 2)} %)`],
    ['single-story texts split into stories (title+body)', `${textSplits} (${fmt((100 * textSplits) / rows.length, 2)} %)`],
    ...detection.map(([name, right, tried]): [string, string] => [`${name.includes('declared') ? '' : 'undeclared '}${name} decoded exactly`, `${right}/${tried} (${fmt((100 * right) / Math.max(1, tried), 2)} %)`]),
  ]
  const width = Math.max(...table.map(([k]) => k.length))
  process.stdout.write(`${table.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n')}\n(best of ${rounds} rounds, one process, Node ${process.version}; ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')})\n`)
}
