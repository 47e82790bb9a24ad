/**
 * @module analyze/entities/rules/find-org-by-pos
 * Rule 7. IPADIC 固有名詞,組織 tokens are organisations (known ones get their gazetteer subtype).
 * kuromoji tags every unknown Latin word as 組織; only all-capital acronyms of two or more letters
 * (NATO, IAEA) are kept from those, except common technical ones (OS, DVD, GDP).
 */
import type { Candidate, EntityRule } from '../candidate.ts'
import { isOrgToken } from '../token-utils.ts'

const ACRONYM = /^[A-ZＡ-Ｚ][A-ZＡ-Ｚ&＆]+$/u
/** Capitalised acronyms that are things, not organisations. */
const NOT_ORG_ACRONYMS = new Set(['OS', 'CD', 'DVD', 'PC', 'TV', 'CM', 'AI', 'IT', 'IC', 'ED', 'OP', 'GDP', 'GPS', 'USB', 'LED', 'SNS', 'URL', 'PDF', 'HP', 'DJ', 'MC', 'VS', 'PK', 'MVP', 'CEO', 'CPU', 'GPU', 'LAN', 'RPG', 'SF', 'BGM', 'OB', 'OG', 'DNA', 'RNA', 'PCR', 'EV', 'SUV', 'ATM', 'ID', 'OK', 'NG', 'HD', 'HDCD', 'LP', 'EP', 'CS', 'BS', 'FM', 'AM', 'KO', 'TKO', 'WEB', 'APP', 'VR', 'AR', 'IoT', 'JR'])

export const findOrgByPos: EntityRule = {
  name: 'find-org-by-pos',
  tier: 2,
  find({ tokens, gazetteer }) {
    const out: Candidate[] = []
    for (const token of tokens) {
      if (!isOrgToken(token)) continue
      if (token.origin === 'unknown' && (!ACRONYM.test(token.surface) || NOT_ORG_ACRONYMS.has(token.surface))) continue
      if (token.surface.length < 2) continue
      const known = gazetteer.names.get(token.surface)
      out.push(
        known !== undefined
          ? { start: token.start, end: token.end, type: known.type, subtype: known.subtype, canonical: known.canonical, rule: 'find-org-by-pos' }
          : { start: token.start, end: token.end, type: 'ORGANIZATION', subtype: 'OTHER', rule: 'find-org-by-pos' },
      )
    }
    return out
  },
}
