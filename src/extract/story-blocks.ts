/**
 * @module extract/story-blocks
 * HTML pages that list several stories as sibling `<article>` elements (or sibling `<section>`
 * elements outside any `<article>`), each with its own heading and enough text to be a story.
 * Blocks inside `<nav>`, `<aside>`, `<header>` or `<footer>` (related-article teasers) never count.
 */
import { dropLeadingBylines } from './byline.ts'
import { htmlText, type DomNode } from './html-text.ts'
import { toIsoDate } from './published-date.ts'

export type StoryBlock = {
  readonly title: string
  readonly body: string
  /** the block's own `<time datetime>`, when it has one */
  readonly publishedAt?: string
}

const MIN_BLOCK_CHARS = 60
const MIN_BLOCK_SENTENCES = 2

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
  ].filter(outsideChrome)
  const byParent = new Map<unknown, StoryBlock[]>()
  for (const element of candidates) {
    const block = blockOf(element)
    if (!block) continue
    const siblings = byParent.get(element.parentNode) ?? []
    siblings.push(block)
    byParent.set(element.parentNode, siblings)
  }
  let best: StoryBlock[] | null = null
  for (const blocks of byParent.values()) if (blocks.length >= 2 && (best === null || blocks.length > best.length)) best = blocks
  return best
}
