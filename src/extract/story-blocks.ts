/**
 * @module extract/story-blocks
 * HTML pages that list several stories as sibling blocks: `<article>` elements, `<section>`
 * elements outside any `<article>`, or `<div>`s of one class that open with a heading. A block is a
 * story when it has its own heading, at least two sentences, and an opening that restates the
 * heading (`headlineSupport` ≥ 0.25 — a feature's subsections with topic subheads do not). Blocks
 * inside `<nav>`, `<aside>`, `<header>` or `<footer>` (related-article teasers) never count.
 */
import { dropLeadingBylines } from './byline.ts'
import { htmlText, type DomNode } from './html-text.ts'
import { toIsoDate } from './published-date.ts'
import { headlineSupport } from './split-stories.ts'

export type StoryBlock = {
  readonly title: string
  readonly body: string
  /** the block's own `<time datetime>`, when it has one */
  readonly publishedAt?: string
}

const MIN_BLOCK_CHARS = 30
const MIN_BLOCK_SENTENCES = 2
const MIN_SUPPORT = 0.25

function outsideChrome(element: Element): boolean {
  return element.parentElement?.closest('nav, aside, header, footer') == null
}

function blockOf(element: Element): StoryBlock | null {
  const heading = element.querySelector('h1, h2, h3, h4')
  const title = heading?.textContent?.replace(/\s+/g, ' ').trim()
  if (!title) return null
  const lines = htmlText(element as unknown as DomNode).split('\n')
  const at = lines.findIndex((l) => l.replace(/\s+/g, ' ') === title)
  if (at >= 0) lines.splice(at, 1)
  const body = dropLeadingBylines(lines.join('\n'))
  if (body.length < MIN_BLOCK_CHARS || body.split('。').length - 1 < MIN_BLOCK_SENTENCES) return null
  if (headlineSupport(title, body) < MIN_SUPPORT) return null
  const publishedAt = toIsoDate(element.querySelector('time[datetime]')?.getAttribute('datetime'))
  return publishedAt ? { title, body, publishedAt } : { title, body }
}

/**
 * The story blocks of a page, or null when it does not hold at least two of them under one parent.
 * Read-only: call before Readability changes the document.
 */
export function findStoryBlocks(document: Document): StoryBlock[] | null {
  const candidates = [
    ...Array.from(document.querySelectorAll('article')).filter((a) => a.parentElement?.closest('article') == null),
    ...Array.from(document.querySelectorAll('section')).filter((s) => s.closest('article') == null && s.parentElement?.closest('section') == null),
    ...Array.from(document.querySelectorAll('div[class]')).filter((d) => /^H[1-4]$/.test(d.firstElementChild?.tagName.toUpperCase() ?? '') && d.closest('article') == null),
  ].filter(outsideChrome)
  // siblings of one kind: same parent, same tag, and for <div>s the same class
  const groups = new Map<unknown, Map<string, StoryBlock[]>>()
  for (const element of candidates) {
    const block = blockOf(element)
    if (!block) continue
    const kind = element.tagName.toUpperCase() === 'DIV' ? `div.${element.className}` : element.tagName.toUpperCase()
    const byKind = groups.get(element.parentNode) ?? new Map<string, StoryBlock[]>()
    byKind.set(kind, [...(byKind.get(kind) ?? []), block])
    groups.set(element.parentNode, byKind)
  }
  const byParent = [...groups.values()].flatMap((byKind) => [...byKind.values()])
  let best: StoryBlock[] | null = null
  for (const blocks of byParent) if (blocks.length >= 2 && (best === null || blocks.length > best.length)) best = blocks
  return best
}
