/**
 * @module ingest/text-file
 * A `.txt` / `.md` article: optional front matter (`---` lines with `source:`, `url:`,
 * `publishedAt:` — also `date:` and `title:`), then the first line as the title and the rest as the
 * body; Markdown files lose their heading, emphasis and link marks first. A body that holds several stories (headline lines without 。)
 * is split into one story each (`splitStories`).
 */
import { reject, type Result } from '../core/errors.ts'
import { splitStories } from '../extract/split-stories.ts'
import { toIsoDate } from '../extract/published-date.ts'

export type TextDocument = {
  readonly source?: string
  readonly url?: string
  readonly publishedAt?: string
  readonly stories: ReadonlyArray<{ readonly title: string; readonly body: string }>
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/

/** `key: value` lines of a front-matter block (keys lower-cased, quotes removed). */
export function parseFrontMatter(block: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const line of block.split('\n')) {
    const m = /^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line)
    if (m?.[1] && m[2] !== undefined) out[m[1].toLowerCase()] = m[2].replace(/^(["'])(.*)\1$/, '$2')
  }
  return out
}

/**
 * Markdown → plain text, line for line: heading marks, emphasis, inline code marks, images and
 * link targets go (`[本文](https://…)` → `本文`); everything else stays.
 */
export function markdownToText(md: string): string {
  return md
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s{0,3}>\s?/, '')
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
        .replace(/`([^`]+)`/g, '$1'),
    )
    .join('\n')
}

/**
 * Read a text article (`markdown`: the file is Markdown). `item` names the file in a rejection.
 * @example parseTextDocument('---\nsource: 港新聞\n---\n見出し\n本文。', 'a.txt')
 */
export function parseTextDocument(input: string, item: string, markdown = false): Result<TextDocument> {
  let text = input.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '')
  let meta: Record<string, string> = {}
  const fm = FRONT_MATTER.exec(text)
  if (fm) {
    meta = parseFrontMatter(fm[1] ?? '')
    text = text.slice(fm[0].length)
  }
  if (markdown) text = markdownToText(text)
  const dateRaw = meta['publishedat'] ?? meta['published_at'] ?? meta['published'] ?? meta['date']
  const publishedAt = dateRaw ? toIsoDate(dateRaw) : null
  if (dateRaw && publishedAt === null) {
    return reject('input/invalid-date', item, `front matter publishedAt ${JSON.stringify(dateRaw)} is not a date`)
  }
  const lines = text.split('\n')
  const first = lines.findIndex((l) => l.trim() !== '')
  const titleLine = meta['title'] ?? (first >= 0 ? (lines[first] ?? '').trim() : '')
  const rest = meta['title'] !== undefined ? text : lines.slice(first + 1).join('\n')
  const body = rest.trim()
  if (body === '') return reject('input/missing-body', item, 'the file has a title line but no body text')
  const parts = splitStories(rest, titleLine)
  const stories = parts ? parts.map((p) => ({ title: p.title, body: p.body })) : [{ title: titleLine, body }]
  return {
    ok: true,
    value: {
      ...(meta['source'] ? { source: meta['source'] } : {}),
      ...(meta['url'] ? { url: meta['url'] } : {}),
      ...(publishedAt ? { publishedAt } : {}),
      stories,
    },
  }
}
