/**
 * @module analyze/entities/link-mentions
 * Within-document coreference: later mentions link to the first. Places and organisations link by
 * canonical name (米 and アメリカ are one entity); people link when one name is the other, its
 * surname (松野 → 松野博一) or one part of a dotted foreign name (ガスパール → ジョアン・ガスパール).
 * Each entity gets one id (`e1`, `e2` … in order of first mention) and one canonical name: the
 * gazetteer's, or for people the fullest name form (never with the title or honorific).
 */
import type { Entity } from '../../core/doc.ts'
import type { Candidate } from './candidate.ts'

type Group = { readonly id: string; readonly type: Entity['type']; readonly names: string[]; canonical: string | undefined }

const DOT = /[・＝=]/u

/** Whether two person names denote the same person inside one article. */
export function isSamePersonName(a: string, b: string): boolean {
  if (a === b) return true
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (short.length < 2) return false
  if (DOT.test(long)) return long.split(DOT).includes(short)
  return long.startsWith(short) || (/^[\u30A0-\u30FF]+$/u.test(long) && long.endsWith(short) && short.length >= 3)
}

/** Index of each candidate that is an alias of the one before it: `A=B`, `A＝B`, `A（B）`. */
function findAliasPairs(text: string, candidates: readonly Candidate[]): Map<number, number> {
  const out = new Map<number, number>()
  for (let k = 1; k < candidates.length; k++) {
    const a = candidates[k - 1]!
    const b = candidates[k]!
    if (a.type !== b.type || a.type === 'PERSON') continue
    const between = text.slice(a.end, b.start)
    if (between === '=' || between === '＝' || ((between === '（' || between === '(') && /^[）)]/u.test(text.slice(b.end)))) out.set(k, k - 1)
  }
  return out
}

/** Give resolved candidates (sorted by start) ids and canonical names. */
export function linkMentions(text: string, all: readonly Candidate[]): Entity[] {
  const candidates = all.filter((c): c is Candidate & { type: Entity['type'] } => c.type !== 'OTHER')
  const aliasOf = findAliasPairs(text, candidates)
  const groups: Group[] = []
  const byKey = new Map<string, Group>()
  const assigned: Group[] = []
  for (const c of candidates) {
    const surface = text.slice(c.start, c.end)
    let group: Group | undefined = aliasOf.has(assigned.length) ? assigned[aliasOf.get(assigned.length)!] : undefined
    if (group !== undefined) {
      // 略称=正式名称, 正式名称（略称）: one entity, named by its longer form
      if (c.canonical === undefined && surface.length > (group.canonical ?? '').length && group.type !== 'PERSON') group.canonical = surface
    } else if (c.type === 'PERSON') {
      for (let g = groups.length - 1; g >= 0 && group === undefined; g--) {
        const candidateGroup = groups[g]!
        if (candidateGroup.type === 'PERSON' && candidateGroup.names.some((n) => isSamePersonName(n, surface))) group = candidateGroup
      }
    } else {
      group = byKey.get(`${c.type}:${c.canonical ?? surface}`)
    }
    if (group === undefined) {
      group = { id: `e${groups.length + 1}`, type: c.type, names: [], canonical: c.type === 'PERSON' ? undefined : c.canonical ?? surface }
      groups.push(group)
      if (c.type !== 'PERSON') byKey.set(`${c.type}:${group.canonical}`, group)
    }
    group.names.push(surface)
    assigned.push(group)
  }
  for (const group of groups) {
    if (group.canonical === undefined) group.canonical = group.names.reduce((a, b) => (b.length > a.length ? b : a))
  }
  return candidates.map((c, k) => {
    const group = assigned[k]!
    const entity: { -readonly [K in keyof Entity]: Entity[K] } = {
      start: c.start,
      end: c.end,
      id: group.id,
      type: c.type,
      text: text.slice(c.start, c.end),
      canonical: group.canonical ?? text.slice(c.start, c.end),
    }
    if (c.subtype !== undefined) entity.subtype = c.subtype
    if (c.role !== undefined) entity.role = c.role
    return entity
  })
}
