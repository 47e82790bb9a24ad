/**
 * @module analyze/tokens/direct-tokenize
 * Our `Token`s straight from kuromoji's dictionaries: splits at 、 and 。 as kuromoji does, finds
 * the best path with fast-viterbi.ts (kuromoji's own builder and searcher for text with surrogate
 * pairs), and builds each token from one shared template per dictionary entry (part of speech,
 * subcategories, lemma, reading) — no kuromoji token objects, no re-splitting of feature strings,
 * offsets from the path itself. Same tokens as kuromoji's public `tokenize` (checked on the
 * livedoor dev split; see docs/tokenizer-performance.md).
 */
import type { Token } from '../../core/doc.ts'
import { createBestPath } from './fast-viterbi.ts'
import { ENTRY_BYTES, hasSurrogate, readInternals } from './kuromoji-internals.ts'

/** What a dictionary entry contributes to every token of it (shared, immutable). */
type EntryTemplate = {
  readonly partOfSpeech: string
  readonly posDetail: readonly [string, string, string]
  readonly conjugatedType: string
  readonly conjugatedForm: string
  /** 基本形, or null when the dictionary has none (the surface is used) */
  readonly lemma: string | null
  readonly reading: string
  /** the dictionary's surface form (known words): the token's surface, as in kuromoji's own tokens */
  readonly surface: string | undefined
  /** whether `surface` is blank (such tokens are left out) */
  readonly blank: boolean
}

/** The fields of kuromoji's lattice nodes we read on its own path (surrogate text). */
type KuromojiNode = { name: number; type: string; length: number; surface_form: string }

function templateOf(features: string, known: boolean): EntryTemplate {
  const f = features === '' ? [] : features.split(',')
  const basic = f[7]
  const reading = known ? f[8] : undefined
  return {
    partOfSpeech: f[1] ?? '',
    posDetail: [f[2] ?? '', f[3] ?? '', f[4] ?? ''],
    conjugatedType: f[5] ?? '',
    conjugatedForm: f[6] ?? '',
    lemma: basic === undefined || basic === '*' ? null : basic,
    reading: reading !== undefined && reading !== '*' ? reading : '',
    surface: known ? f[0] : undefined,
    blank: known && f[0] !== undefined && isBlank(f[0]),
  }
}

function isBlank(surface: string): boolean {
  return surface.trim() === ''
}

/**
 * A tokenize function writing our `Token`s for `text` (shifted by `offset`) into `out`, or null
 * when `built` is not a kuromoji tokenizer with the expected internals.
 */
export function createDirectTokenize(built: unknown): ((text: string, offset: number, out: Token[]) => void) | null {
  const found = readInternals(built)
  if (found === null) return null
  const { internals, tables } = found
  const bestPath = createBestPath(tables)
  // templates by entry: entries are ENTRY_BYTES apart, so entry / ENTRY_BYTES indexes a typed
  // array holding 1 + the template's place in `list` (0: not made yet); a Map for anything else
  const list: EntryTemplate[] = []
  const slots = [new Int32Array(Math.ceil(tables.unknownBytes.length / ENTRY_BYTES)), new Int32Array(Math.ceil(tables.knownBytes.length / ENTRY_BYTES))] as const
  const others = [new Map<number, EntryTemplate>(), new Map<number, EntryTemplate>()] as const
  const makeTemplate = (name: number, isKnown: boolean): EntryTemplate =>
    templateOf((isKnown ? internals.token_info_dictionary : internals.unknown_dictionary).getFeatures(name) ?? '', isKnown)
  const templateFor = (name: number, isKnown: boolean): EntryTemplate => {
    const slot = slots[isKnown ? 1 : 0]
    const index = name / ENTRY_BYTES
    if (index >= 0 && index < slot.length && index === Math.floor(index)) {
      const at = slot[index] as number
      if (at > 0) return list[at - 1] as EntryTemplate
      const template = makeTemplate(name, isKnown)
      slot[index] = list.push(template)
      return template
    }
    const cache = others[isKnown ? 1 : 0]
    let template = cache.get(name)
    if (template === undefined) {
      template = makeTemplate(name, isKnown)
      cache.set(name, template)
    }
    return template
  }
  /** The one place tokens are made (one object shape for every later stage). */
  const emit = (out: Token[], t: EntryTemplate, surface: string, start: number, origin: 'known' | 'unknown'): void => {
    out.push({
      start, end: start + surface.length, surface,
      partOfSpeech: t.partOfSpeech, posDetail: t.posDetail, conjugatedType: t.conjugatedType, conjugatedForm: t.conjugatedForm,
      lemma: t.lemma ?? surface, reading: t.reading, origin,
    })
  }
  const push = (out: Token[], surface: string, start: number, name: number, isKnown: boolean): void => {
    if (!isBlank(surface)) emit(out, templateFor(name, isKnown), surface, start, isKnown ? 'known' : 'unknown')
  }
  const tokenizeSegment = (segment: string, offset: number, out: Token[]): void => {
    if (hasSurrogate(segment)) {
      // kuromoji's own path: positions count code points there, so walk surfaces instead
      let cursor = offset
      const nodes = internals.viterbi_searcher.search(internals.viterbi_builder.build(segment)) as KuromojiNode[]
      for (const n of nodes) {
        const isKnown = n.type === 'KNOWN'
        const surface = n.surface_form !== '' ? n.surface_form : (templateFor(n.name, isKnown).surface ?? '')
        push(out, surface, cursor, n.name, isKnown)
        cursor += surface.length
      }
      return
    }
    const path = bestPath(segment)
    for (let i = 0; i < path.length; i++) {
      const start = path.starts[i] as number
      const name = path.names[i] as number
      const t = path.known[i] === 1 ? templateFor(name, true) : undefined
      // a known word's surface is its dictionary entry's (the trie key the text matched), as in
      // kuromoji's own tokens: one shared string, not a slice per token
      if (t?.surface !== undefined) {
        if (!t.blank) emit(out, t, t.surface, offset + start, 'known')
      } else {
        push(out, segment.substr(start, path.lengths[i] as number), offset + start, name, t !== undefined)
      }
    }
  }
  return (text, offset, out) => {
    let from = 0
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code !== 0x3001 && code !== 0x3002) continue // 、 。 end kuromoji's own segments
      tokenizeSegment(text.slice(from, i + 1), offset + from, out)
      from = i + 1
    }
    if (from < text.length) tokenizeSegment(from === 0 ? text : text.slice(from), offset + from, out)
  }
}
