/**
 * @module analyze/entities/model/tags
 * The tag set of the entity tagger: BIO over tokens for PERSON, ORGANIZATION, LOCATION and OTHER
 * (names of other kinds — events, facilities, products — which the tagger learns so that they block
 * the places and organisations inside them), and the conversions between spans and tags.
 */
import type { EntityType, Token } from '../../../core/doc.ts'

export type TagType = EntityType | 'OTHER'

/** Index 0 is O; then B-, I- for each type in this order. */
export const TAG_TYPES: readonly TagType[] = ['PERSON', 'ORGANIZATION', 'LOCATION', 'OTHER']
export const TAG_NAMES: readonly string[] = ['O', ...TAG_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])]
export const N_TAGS = TAG_NAMES.length

/** B- tag of a type. */
export function beginTag(type: TagType): number {
  return 1 + 2 * TAG_TYPES.indexOf(type)
}

/** The type of a non-O tag. */
export function tagType(tag: number): TagType {
  return TAG_TYPES[(tag - 1) >> 1]!
}

/** True for an I- tag. */
export function isInside(tag: number): boolean {
  return tag > 0 && (tag & 1) === 0
}

/** May `next` follow `prev` (-1 = sentence start)? I-X only after B-X or I-X. */
export function allowed(prev: number, next: number): boolean {
  if (!isInside(next)) return true
  return prev > 0 && tagType(prev) === tagType(next)
}

export type TaggedSpan = { readonly start: number; readonly end: number; readonly type: TagType }

/**
 * Tags for `tokens` from spans over the same text. A span whose ends are not token boundaries is
 * left out (returned in `unaligned`), its tokens stay O.
 */
export function spansToTags(tokens: readonly Token[], spans: readonly TaggedSpan[]): { tags: Uint8Array; unaligned: TaggedSpan[] } {
  const tags = new Uint8Array(tokens.length)
  const unaligned: TaggedSpan[] = []
  const startAt = new Map(tokens.map((t, i) => [t.start, i]))
  const endAt = new Map(tokens.map((t, i) => [t.end, i]))
  for (const s of spans) {
    const a = startAt.get(s.start)
    const b = endAt.get(s.end)
    if (a === undefined || b === undefined || b < a) {
      unaligned.push(s)
      continue
    }
    const begin = beginTag(s.type)
    for (let i = a; i <= b; i++) tags[i] = i === a ? begin : begin + 1
  }
  return { tags, unaligned }
}

/** Spans (character offsets) from tags over `tokens`. */
export function tagsToSpans(tokens: readonly Token[], tags: ArrayLike<number>): TaggedSpan[] {
  const spans: TaggedSpan[] = []
  let open: { start: number; end: number; type: TagType } | undefined
  for (let i = 0; i < tokens.length; i++) {
    const tag = tags[i] ?? 0
    const tok = tokens[i]!
    if (open !== undefined && isInside(tag) && tagType(tag) === open.type) {
      open.end = tok.end
      continue
    }
    if (open !== undefined) spans.push(open)
    open = tag === 0 ? undefined : { start: tok.start, end: tok.end, type: tagType(tag) }
  }
  if (open !== undefined) spans.push(open)
  return spans
}
