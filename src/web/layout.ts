/**
 * @module web/layout
 * The page frame shared by every HTML view: `lang="ja"`, the served stylesheet (no inline style or
 * script, so the CSP stays strict), a header with the search box, and a footer.
 */
import { displayDate } from '../render/index.ts'
import { h, type Html } from './html.ts'

export type PageOptions = {
  readonly title: string
  readonly body: Html
  /** the search box's current query */
  readonly query?: string
  /** link rel=alternate to an Atom feed */
  readonly feed?: string
  readonly description?: string
}

/** The stylesheet's URL (the app serves `STYLESHEET` there). */
export const STYLESHEET_PATH = '/assets/matome.css'

/** A whole HTML document. */
export function renderPage(options: PageOptions): Html {
  return h`<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} | matome</title>
${options.description === undefined ? '' : h`<meta name="description" content="${options.description}">`}
<link rel="stylesheet" href="${STYLESHEET_PATH}">
${options.feed === undefined ? '' : h`<link rel="alternate" type="application/atom+xml" title="${options.title}" href="${options.feed}">`}
</head>
<body>
<header class="site"><div class="inner">
<a class="brand" href="/">matome まとめ</a>
<a class="nav" href="/entities">人物・組織・地名</a>
<form action="/search" method="get" role="search">
<input type="search" name="q" value="${options.query ?? ''}" placeholder="記事を検索" aria-label="記事を検索" maxlength="200">
<button type="submit">検索</button>
</form>
</div></header>
<main>
${options.body}
</main>
<footer class="site">matome — 抽出型・出典つきのニュースまとめ。各行は出典記事の文にリンクしています。 <a href="/stories.atom">Atom</a> · <a href="/api/openapi.json">API</a></footer>
</body>
</html>`
}

/** Format an ISO time as a Japanese date with its year (2026年11月3日), Asia/Tokyo (render's `displayDate`). */
export function formatDate(iso: string | null | undefined): string {
  return displayDate(iso)
}

/** A story's span for people: 2026年11月4日〜19日 (one day when both ends fall on it); 日付不明 when undated. */
export function formatSpan(first: string | null | undefined, last: string | null | undefined): string {
  if (first === null || first === undefined || first === '') return formatDate(last)
  if (last === null || last === undefined || last === '') return formatDate(first)
  return displayDate(`${first}/${last}`)
}

/** The Asia/Tokyo calendar day (YYYY-MM-DD) of an ISO date or date-time. */
export function toTokyoDay(iso: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso
  const t = Date.parse(iso)
  if (Number.isNaN(t)) return undefined
  return new Date(t + 9 * 3_600_000).toISOString().slice(0, 10)
}
