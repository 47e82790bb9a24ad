/**
 * @module http/atom
 * Atom 1.0 feeds out: every story (`/stories.atom`, one entry per story, newest first) and one
 * story (`/stories/:id.atom`, one entry per source section). All text is XML-escaped.
 */
import type { StoryEntry } from '../app/catalog.ts'
import { escapeText } from '../web/html.ts'
import { storyPath } from '../web/cite-links.ts'

/** One entry of a feed. */
export type AtomEntry = {
  readonly id: string
  readonly title: string
  readonly updated: string
  readonly link: string
  readonly summary: string
  readonly author?: string | undefined
}

/** Render a feed; `base` is the site origin (https://host) for absolute links. */
export function renderAtomFeed(feed: { readonly id: string; readonly title: string; readonly link: string; readonly self: string; readonly updated: string; readonly entries: readonly AtomEntry[] }): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">',
    `<id>${escapeText(feed.id)}</id>`,
    `<title>${escapeText(feed.title)}</title>`,
    `<updated>${escapeText(toAtomTime(feed.updated))}</updated>`,
    `<link rel="alternate" type="text/html" href="${escapeText(feed.link)}"/>`,
    `<link rel="self" type="application/atom+xml" href="${escapeText(feed.self)}"/>`,
    '<author><name>matome</name></author>',
    '<generator>matome</generator>',
  ]
  for (const entry of feed.entries) {
    lines.push(
      '<entry>',
      `<id>${escapeText(entry.id)}</id>`,
      `<title>${escapeText(entry.title)}</title>`,
      `<updated>${escapeText(toAtomTime(entry.updated))}</updated>`,
      `<link rel="alternate" type="text/html" href="${escapeText(entry.link)}"/>`,
      entry.author === undefined ? '' : `<author><name>${escapeText(entry.author)}</name></author>`,
      `<summary type="text">${escapeText(entry.summary)}</summary>`,
      '</entry>',
    )
  }
  lines.push('</feed>', '')
  return lines.filter((l) => l !== '').join('\n')
}

/** The feed of all stories. */
export function storiesFeed(stories: readonly StoryEntry[], base: string): string {
  const entries = stories.map((s) => ({
    id: `${base}${storyPath(s.item.id)}`,
    title: s.item.headline,
    updated: s.item.lastPublishedAt ?? s.item.updatedAt,
    link: `${base}${storyPath(s.item.id)}`,
    summary: s.digest?.lead.map((l) => l.text).join('') || s.item.title,
  }))
  return renderAtomFeed({
    id: `${base}/stories.atom`,
    title: 'matome ストーリー',
    link: `${base}/`,
    self: `${base}/stories.atom`,
    updated: newest(entries.map((e) => e.updated)),
    entries,
  })
}

/** The feed of one story: one entry per source section. */
export function storyFeed(story: StoryEntry, base: string): string {
  const link = `${base}${storyPath(story.item.id)}`
  const entries = (story.digest?.sections ?? []).map((s) => ({
    id: `${link}#src-${s.id}`,
    title: s.heading.text,
    updated: s.publishedAt ?? story.item.updatedAt,
    link: `${base}/articles/${encodeURIComponent(s.id)}`,
    summary: s.bullets.map((b) => `✅ ${b.text}`).join('\n'),
    author: s.publisher,
  }))
  return renderAtomFeed({
    id: link,
    title: story.item.headline,
    link,
    self: `${link}.atom`,
    updated: newest([story.item.updatedAt, ...entries.map((e) => e.updated)]),
    entries,
  })
}

/** RFC 3339 for Atom: a bare date becomes midnight in Tokyo. */
export function toAtomTime(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return `${iso}T00:00:00+09:00`
  const t = Date.parse(iso)
  return Number.isNaN(t) ? '1970-01-01T00:00:00Z' : new Date(t).toISOString()
}

function newest(times: readonly string[]): string {
  return times.reduce((a, b) => (Date.parse(toAtomTime(b)) > Date.parse(toAtomTime(a)) ? b : a), '1970-01-01T00:00:00Z')
}
