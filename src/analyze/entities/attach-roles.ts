/**
 * @module analyze/entities/attach-roles
 * After overlaps are resolved, a PERSON found by another rule (アンドリュー・ジョンソン, 石破茂) that is
 * directly followed by a title or honorific gets it as its `role`.
 */
import type { Candidate, RuleInput } from './candidate.ts'
import { findRole } from './rules/match-titled-person.ts'

/** Candidates with roles filled in where a title follows a person. */
export function attachRoles(candidates: readonly Candidate[], input: RuleInput): Candidate[] {
  if (!candidates.some((c) => c.type === 'PERSON' && c.role === undefined)) return [...candidates]
  const byStart = new Map(input.tokens.map((t, i) => [t.start, i]))
  return candidates.map((c) => {
    if (c.type !== 'PERSON' || c.role !== undefined) return c
    const j = byStart.get(c.end)
    if (j === undefined) return c
    const role = findRole(input.tokens, j, input)
    return role === null ? c : { ...c, role: role.text }
  })
}
