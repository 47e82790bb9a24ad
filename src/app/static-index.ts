/**
 * @module app/static-index
 * `out/index.html` of the demo: the story list as a static page linking the per-story HTML files
 * (relative links and stylesheet, so it opens from the file system); spans are written as the web list
 * writes them (`formatSpan`: 2026年11月9日〜20日).
 */
import type { StoryEntry } from './catalog.ts'
import { h } from '../web/html.ts'
import { formatSpan } from '../web/layout.ts'

/** The static index page. */
export function renderStaticIndex(links: readonly { readonly file: string; readonly entry: StoryEntry }[]): string {
  return String(h`<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>matome デモ: ストーリー一覧</title><link rel="stylesheet" href="assets/matome.css"></head>
<body><main><h1>matome デモ: ストーリー一覧</h1>
<p class="muted">${links.length}件のストーリー · 各まとめは Markdown (.md)、シード形式 (.seed.txt)、JSON (.json) でも出力しています。</p>
<ul class="stories">${links.map(({ file, entry }) => h`<li><a class="headline" href="${file}">${entry.item.headline}</a>
<div class="meta">${entry.item.sourceCount}媒体 · ${entry.item.articleCount}本 · ${formatSpan(entry.item.firstPublishedAt, entry.item.lastPublishedAt)}${entry.item.topic === undefined ? '' : ` · ${entry.item.topic}`}</div>
<div>${entry.item.title}</div></li>`)}</ul></main></body></html>
`)
}
