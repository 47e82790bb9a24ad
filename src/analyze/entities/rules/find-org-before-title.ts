/**
 * @module analyze/entities/rules/find-org-before-title
 * Rule (tier 0). An organisation written right before a person's title is the employer in the title,
 * not the person's name (株式会社 + … + 代表取締役, …社 + 社長, …大学 + 博士研究員, …組 + 副頭取,
 * NATO + 事務総長): the organisations find-org-by-suffix and find-org-by-pos propose, and capital
 * acronyms, followed by a title, are proposed at tier 0 so that they win over the titled-person reading
 * of the same words (which is shorter inside the same tier). A title that begins inside the
 * organisation's suffix keeps the person reading (ポドリャク + 大統領府顧問).
 */
import type { Candidate, EntityRule, RuleInput } from '../candidate.ts'
import { findRole } from './match-titled-person.ts'
import { findOrgBySuffix } from './find-org-by-suffix.ts'
import { findOrgByPos } from './find-org-by-pos.ts'

/** Capital acronyms of three letters or more (NATO, UNAMI): before a title, an organisation. */
const ACRONYM = /^[A-ZＡ-Ｚ]{3,}$/u

/** Whether a title of the gazetteer starts inside text[start, end) and runs past end (…大統領府顧問). */
function titleStraddles(input: RuleInput, start: number, end: number): boolean {
  for (let x = start + 1; x < end; x++) {
    for (let n = end - x + 1; n <= end - x + 8 && x + n <= input.text.length; n++) {
      if (input.gazetteer.titles.has(input.text.slice(x, x + n))) return true
    }
  }
  return false
}

export const findOrgBeforeTitle: EntityRule = {
  name: 'find-org-before-title',
  tier: 0,
  find(input) {
    const { tokens } = input
    let startAt: Map<number, number> | undefined
    const acronyms: Candidate[] = tokens
      .filter((t) => t.origin === 'unknown' && ACRONYM.test(t.surface))
      .map((t) => ({ start: t.start, end: t.end, type: 'ORGANIZATION', subtype: 'OTHER', rule: 'find-org-before-title' }))
    const out: Candidate[] = []
    const pool = [...findOrgBySuffix.find(input), ...findOrgByPos.find(input), ...acronyms].filter((c) => c.type === 'ORGANIZATION')
    for (const c of pool) {
      // only the longest reading (第6師団 inside 第6師団司令部 is no employer before 司令)
      if (pool.some((d) => d.start <= c.start && c.end <= d.end && d.end - d.start > c.end - c.start)) continue
      // a run through a list dot (…・ at the end, …・広報 + name) is no one name
      if (/・(?:$|\p{Script=Han})/u.test(input.text.slice(c.start, c.end))) continue
      // a person's name heading the run (大江康弘 + 参議院 + 議員, 佐藤 + 外務省 + 顧問) keeps the titled-person
      // reading; a surname with a suffix word glued to it names a company (大倉 + 組 + 副頭取)
      const inside = tokens.filter((t) => t.start >= c.start && t.end <= c.end)
      const firmName = inside.length === 2 && inside[0]!.posDetail[2] === '姓' && inside[1]!.posDetail[0] === '接尾' && c.rule === 'find-org-by-suffix'
      if (!firmName && inside.some((t) => t.posDetail[1] === '人名')) continue
      startAt ??= new Map(tokens.map((t, k) => [t.start, k]))
      const next = startAt.get(c.end)
      if (next === undefined || findRole(tokens, next, input) === null || titleStraddles(input, c.start, c.end)) continue
      out.push({ ...c, rule: 'find-org-before-title' })
    }
    return out
  },
}
