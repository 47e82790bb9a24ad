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
import { hasSurrogate, readInternals } from './kuromoji-internals.ts'

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
  // templates by entry: a typed array per target map (its index of the entry, as lattice nodes
  // carry it) holding 1 + the template's place in `list` (0: not made yet); by kuromoji's entry
  // offset (`name`, what its own lattice nodes carry) in a Map, made once and shared by both
  const list: EntryTemplate[] = []
  const ids = [tables.unknownTargets.ids, tables.knownTargets.ids] as const
  const slots = [new Int32Array(ids[0].length), new Int32Array(ids[1].length)] as const
  const byName = [new Map<number, EntryTemplate>(), new Map<number, EntryTemplate>()] as const
  const templateFor = (name: number, isKnown: boolean): EntryTemplate => {
    const cache = byName[isKnown ? 1 : 0]
    let template = cache.get(name)
    if (template === undefined) {
      const features = (isKnown ? internals.token_info_dictionary : internals.unknown_dictionary).getFeatures(name)
      template = templateOf(features ?? '', isKnown)
      cache.set(name, template)
    }
    return template
  }
  const templateAt = (entry: number, isKnown: number): EntryTemplate => {
    const slot = isKnown === 1 ? slots[1] : slots[0]
    const at = slot[entry] as number
    if (at > 0) return list[at - 1] as EntryTemplate
    const template = templateFor((isKnown === 1 ? ids[1] : ids[0])[entry] as number, isKnown === 1)
    slot[entry] = list.push(template)
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
      const isKnown = path.known[i] as number
      const t = templateAt(path.entries[i] as number, isKnown)
      // a known word's surface is its dictionary entry's (the trie key the text matched), as in
      // kuromoji's own tokens: one shared string, not a slice per token
      if (isKnown === 1 && t.surface !== undefined) {
        if (!t.blank) emit(out, t, t.surface, offset + start, 'known')
      } else {
        const surface = segment.substr(start, path.lengths[i] as number)
        if (!isBlank(surface)) emit(out, t, surface, offset + start, isKnown === 1 ? 'known' : 'unknown')
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
