/**
 * @module analyze/entities/propagate-mentions
 * One sense per document: a name found once (by a title, a gazetteer or a pattern) is the same
 * entity wherever else it stands alone in the article — ウィトコフ特使 … ウィトコフは —, and a dotted
 * foreign name lends its surname (ジョアン・ガスパール … ガスパールは). Only whole tokens are tagged,
 * never inside another candidate, never one-character names, never a place before 人 / 語 (日本人).
 */
import type { Token } from '../../core/doc.ts'
import type { Candidate } from './candidate.ts'
import { isDemonymSuffix } from './rules/is-demonym-suffix.ts'

/** Shortest surname taken from a dotted name (ガスパール; not ド or ラ). */
const MIN_SURNAME_CHARS = 3

type Known = Pick<Candidate, 'type' | 'subtype' | 'canonical'>

/** Candidates for the other mentions of names already found, added to `resolved` (sorted by start). */
export function propagateMentions(text: string, tokens: readonly Token[], resolved: readonly Candidate[]): Candidate[] {
  const names = new Map<string, Known>()
  for (const c of resolved) {
    if (c.type === 'OTHER' || c.end - c.start < 2) continue
    const surface = text.slice(c.start, c.end)
    if (!names.has(surface)) names.set(surface, c.canonical === undefined ? { type: c.type, ...(c.subtype === undefined ? {} : { subtype: c.subtype }) } : { type: c.type, canonical: c.canonical, ...(c.subtype === undefined ? {} : { subtype: c.subtype }) })
    if (c.type === 'PERSON') {
      const surname = surface.split(/[・＝=]/u).at(-1) ?? ''
      if (surname !== surface && surname.length >= MIN_SURNAME_CHARS && !names.has(surname)) names.set(surname, { type: 'PERSON' })
    }
  }
  if (names.size === 0) return [...resolved]
  // the token starting / ending at each position (-1: none; the later token wins, as a Map would)
  let size = text.length + 1
  for (const t of tokens) size = Math.max(size, t.end + 1)
  const startAt = new Int32Array(size).fill(-1)
  const endAt = new Int32Array(size).fill(-1)
  for (let i = 0; i < tokens.length; i++) {
    startAt[tokens[i]!.start] = i
    endAt[tokens[i]!.end] = i
  }
  const taken = [...resolved]
  const added: Candidate[] = []
  for (const [surface, known] of names) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      const end = at + surface.length
      const last = endAt[end]!
      if (startAt[at]! < 0 || last < 0) continue
      if (taken.some((c) => c.start < end && at < c.end)) continue
      if (known.type === 'LOCATION' && isDemonymSuffix(tokens[last + 1], end)) continue
      const candidate: Candidate = { start: at, end, ...known, rule: 'propagate-mentions' }
      taken.push(candidate)
      added.push(candidate)
    }
  }
  return [...resolved, ...added].sort((a, b) => a.start - b.start)
}
