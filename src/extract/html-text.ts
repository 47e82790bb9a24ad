/**
 * @module extract/html-text
 * DOM subtree → plain text with one paragraph per line. Block elements (p, div, li, h1–h6,
 * blockquote, tr …) and `<br>` end a line; runs of whitespace collapse; a line break inside
 * Japanese text (source formatting) is dropped rather than turned into a space; script, style,
 * nav, forms, furigana readings (`<rt>`), photo captions and other non-content elements are skipped.
 */

/** The minimal DOM surface used here (linkedom and browsers both provide it). */
export type DomNode = {
  readonly nodeType: number
  readonly nodeName: string
  readonly textContent: string | null
  readonly childNodes: ArrayLike<DomNode>
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li',
  'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
])

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'form', 'button', 'input',
  'select', 'textarea', 'nav', 'object', 'embed', 'video', 'audio', 'head', 'title', 'meta', 'link',
  // furigana readings (<ruby>漢字<rt>かんじ</rt></ruby> reads 漢字) and photo captions are not body text
  'rt', 'rp', 'figcaption',
])

const CJK = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/

/** Join text pieces of one line: whitespace collapses; whitespace holding a newline between two CJK characters vanishes. */
function collapse(raw: string): string {
  return raw
    .replace(/(?<=(\S))[ \t]*[\r\n]\s*(?=(\S))/g, (_all, a: string, b: string) => (CJK.test(a) && CJK.test(b) ? '' : ' '))
    .replace(/[ \t\r\n\f\v\u00a0]+/g, ' ')
}

/** Trim a line, including the ideographic space used as a paragraph indent. */
export function trimLine(line: string): string {
  return line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')
}

/**
 * The text of a subtree, one block per line (`\n` between lines, no empty lines).
 * @example htmlText(document.body) // '見出し\n本文の一段落目。\n二段落目。'
 */
export function htmlText(root: DomNode): string {
  const lines: string[] = []
  let current = ''
  const flush = (): void => {
    const line = trimLine(collapse(current))
    if (line !== '') lines.push(line)
    current = ''
  }
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? ''
      return
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return
    const name = node.nodeName.toLowerCase()
    if (SKIP.has(name)) return
    if (name === 'br') {
      flush()
      return
    }
    const block = BLOCK.has(name)
    if (block) flush()
    const children = node.childNodes
    for (let i = 0; i < children.length; i++) {
      const child = children[i]
      if (child) walk(child)
    }
    if (block) flush()
  }
  walk(root)
  flush()
  return lines.join('\n')
}
