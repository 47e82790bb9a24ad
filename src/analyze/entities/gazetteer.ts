/**
 * @module analyze/entities/gazetteer
 * The entity gazetteer: known names (countries with their one-character abbreviations, regions,
 * places, organisations), person titles and honorifics, and organisation / place suffixes.
 * The built-in data lives in `data/gazetteer/*.json` (imported, so this module stays pure);
 * `createGazetteer(extra)` merges user entries in front of it.
 */
import type { EntityType } from '../../core/doc.ts'
import { createCharTrie, insertKey, insertReversed, type CharTrie } from '../normalize/char-trie.ts'
import countries from '../../../data/gazetteer/countries.json' with { type: 'json' }
import regions from '../../../data/gazetteer/regions.json' with { type: 'json' }
import places from '../../../data/gazetteer/places.json' with { type: 'json' }
import organizations from '../../../data/gazetteer/organizations.json' with { type: 'json' }
import titles from '../../../data/gazetteer/titles.json' with { type: 'json' }
import suffixes from '../../../data/gazetteer/suffixes.json' with { type: 'json' }

/** One entry of a gazetteer file: a canonical name, its aliases and one-character abbreviations. */
export type GazetteerEntry = {
  readonly name: string
  readonly subtype?: string
  readonly aliases?: readonly string[]
  readonly abbr?: readonly string[]
}

/** A gazetteer file: entries of one type with a default subtype. */
export type GazetteerFile = {
  readonly type: EntityType
  readonly subtype: string
  readonly entries: readonly GazetteerEntry[]
}

/** What a known surface form means. */
export type KnownName = {
  readonly type: EntityType
  readonly subtype: string
  readonly canonical: string
}

export type Gazetteer = {
  /** full names and aliases (more than one character) → meaning */
  readonly names: ReadonlyMap<string, KnownName>
  /** longest name length, for longest-match scanning */
  readonly maxNameLength: number
  /** one-character country abbreviations (米, 露, ロ …) → country */
  readonly abbreviations: ReadonlyMap<string, KnownName>
  /** person titles (大統領, 官房長官 …) */
  readonly titles: ReadonlySet<string>
  /** honorifics (氏, さん …) */
  readonly honorifics: ReadonlySet<string>
  readonly maxTitleLength: number
  /** organisation suffix → subtype (省 → GOVERNMENT) */
  readonly orgSuffixes: ReadonlyMap<string, string>
  /** legal-form words that make any noun run an organisation, before or after it (株式会社) */
  readonly legalForms: ReadonlySet<string>
  /** legal-person prefixes left outside the name (公益財団法人 九州文化協会) */
  readonly legalPrefixes: ReadonlySet<string>
  /** place suffix → subtype (市 → CITY) */
  readonly placeSuffixes: ReadonlyMap<string, string>
}

/** Extra data a user adds in front of the built-in gazetteer. */
export type GazetteerExtension = {
  readonly files?: readonly GazetteerFile[]
  readonly titles?: readonly string[]
  readonly honorifics?: readonly string[]
}

const BUILT_IN_FILES: readonly GazetteerFile[] = [
  countries as GazetteerFile,
  organizations as GazetteerFile,
  regions as GazetteerFile,
  places as GazetteerFile,
]

/**
 * Build a gazetteer from the built-in data plus optional user data (user entries win).
 * @example
 * const gaz = createGazetteer({ files: [{ type: 'ORGANIZATION', subtype: 'COMPANY', entries: [{ name: '架空商事' }] }] })
 */
export function createGazetteer(extra: GazetteerExtension = {}): Gazetteer {
  const names = new Map<string, KnownName>()
  const abbreviations = new Map<string, KnownName>()
  for (const file of [...(extra.files ?? []), ...BUILT_IN_FILES]) {
    for (const entry of file.entries) {
      const known: KnownName = { type: file.type, subtype: entry.subtype ?? file.subtype, canonical: entry.name }
      for (const surface of [entry.name, ...(entry.aliases ?? [])]) {
        for (const form of [surface, toFullWidth(surface)]) if (!names.has(form)) names.set(form, known)
      }
      for (const a of entry.abbr ?? []) if (!abbreviations.has(a)) abbreviations.set(a, known)
    }
  }
  const notTitles = new Set(titles.notTitles)
  const titleSet = new Set([...(extra.titles ?? []), ...titles.titles].filter((t) => !notTitles.has(t)))
  const honorifics = new Set([...(extra.honorifics ?? []), ...titles.honorifics])
  let maxNameLength = 0
  for (const k of names.keys()) maxNameLength = Math.max(maxNameLength, k.length)
  let maxTitleLength = 0
  for (const k of [...titleSet, ...honorifics]) maxTitleLength = Math.max(maxTitleLength, k.length)
  return {
    names,
    maxNameLength,
    abbreviations,
    titles: titleSet,
    honorifics,
    maxTitleLength,
    orgSuffixes: new Map(Object.entries(suffixes.organization)),
    placeSuffixes: new Map(Object.entries(suffixes.location)),
    legalForms: new Set(suffixes.strongOrganization),
    legalPrefixes: new Set(suffixes.legalPrefixesOutsideName),
  }
}

/** ASCII letters and digits as full-width forms (NATO → ＮＡＴＯ), as Japanese news often writes them. */
export function toFullWidth(surface: string): string {
  return surface.replace(/[A-Za-z0-9]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0))
}

const NAME_TRIES = new WeakMap<ReadonlyMap<string, KnownName>, CharTrie<KnownName>>()

/**
 * `gazetteer.names` as a character trie (built on first use, then cached per names map): rules walk
 * it from a token start instead of slicing and hashing every candidate span.
 */
export function nameTrieOf(gazetteer: Gazetteer): CharTrie<KnownName> {
  let trie = NAME_TRIES.get(gazetteer.names)
  if (trie === undefined) {
    trie = createCharTrie<KnownName>()
    for (const [name, known] of gazetteer.names) insertKey(trie, name, known)
    NAME_TRIES.set(gazetteer.names, trie)
  }
  return trie
}

const WORD_TRIES = new WeakMap<object, { forward?: CharTrie<string>; reversed?: CharTrie<string> }>()

/**
 * The words of a set (or the keys of a map) as a character trie whose values are the words
 * themselves, read forwards or backwards (for suffixes); built on first use, cached per collection.
 */
export function wordTrieOf(words: ReadonlySet<string> | ReadonlyMap<string, unknown>, direction: 'forward' | 'reversed'): CharTrie<string> {
  let tries = WORD_TRIES.get(words)
  if (tries === undefined) {
    tries = {}
    WORD_TRIES.set(words, tries)
  }
  let trie = tries[direction]
  if (trie === undefined) {
    trie = createCharTrie<string>()
    for (const word of words.keys()) {
      if (direction === 'forward') insertKey(trie, word, word)
      else insertReversed(trie, word, word)
    }
    tries[direction] = trie
  }
  return trie
}

/** The built-in gazetteer (built once when the module loads; immutable). */
export const DEFAULT_GAZETTEER: Gazetteer = createGazetteer()
