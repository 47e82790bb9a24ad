/**
 * @module analyze/entities/rules/find-latin-org
 * Rule (tier 2). Organisation names written in Latin letters: a run of capitalised Latin words
 * ending in a company word (Blue Harbor Records, Acme, Inc.), or one capitalised
 * Latin word standing alone (NovaTrek) when the org-or-person scorer finds an organisation
 * frame or sentence (…に買収, 会社, レーベル). All-capital acronyms are left to find-org-by-pos.
 */
import type { Candidate, EntityRule } from '../candidate.ts'
import { orgScore } from './org-or-person.ts'

/** Capitalised Latin words, with inner spaces, commas, dots, ampersands and apostrophes. */
const LATIN_RUN = /[A-Z][A-Za-z0-9&'’.-]*(?:,? (?:[A-Z][A-Za-z0-9&'’.-]*|of|and|the|de|du|la))*/gu
/** Last words that make a Latin run a company, label or group. */
const COMPANY_WORDS = /(?:^| )(?:Inc\.?|Incorporated|Corp\.?|Corporation|Co\.|Company|Ltd\.?|Limited|LLC|GmbH|AG|S\.A\.|plc|Group|Holdings|Records|Recordings|Studios?|Entertainment|Music|Games|Labs?|Pictures|Films|Media|Publishing|Press|Airlines|Airways|Motors|Bank|Capital|Partners|Systems|Technologies|Software|Foundation|Institute|University|College|Club|FC|Band|Orchestra)$/u
/** Capitalised words that are not names (sentence-initial English words, units, formats). */
const NOT_NAMES = new Set(['The', 'A', 'An', 'In', 'On', 'Of', 'And', 'For', 'With', 'Ver', 'Version', 'Vol', 'No', 'Part', 'Mr', 'Ms', 'Dr', 'Mk', 'Type', 'Mode', 'Edition', 'Live', 'Best', 'Single', 'Album'])

/** Drops trailing commas, spaces and a sentence dot, keeping the dot of an abbreviation (Inc.). */
function trimName(run: string): string {
  const trimmed = run.replace(/[,\s]+$/u, '')
  return /(?:Inc|Corp|Co|Ltd)\.$/u.test(trimmed) ? trimmed : trimmed.replace(/\.+$/u, '')
}

export const findLatinOrg: EntityRule = {
  name: 'find-latin-org',
  tier: 2,
  find({ text, tokens }) {
    const out: Candidate[] = []
    const first = tokens[0]
    const last = tokens.at(-1)
    if (first === undefined || last === undefined) return out
    const sentenceText = text.slice(first.start, last.end)
    // a run starts with a capital letter: most sentences have none
    if (!/[A-Z]/u.test(sentenceText)) return out
    const starts = new Set(tokens.map((t) => t.start))
    const ends = new Set(tokens.map((t) => t.end))
    const sentence = { start: first.start, end: last.end }
    for (const m of sentenceText.matchAll(LATIN_RUN)) {
      const start = first.start + m.index
      const name = trimName(m[0])
      const end = start + name.length
      if (!starts.has(start) || !(ends.has(end) || /^[\s、。，「」『』（）()・]/u.test(text[end] ?? '。'))) continue
      const before = text[start - 1] ?? ''
      const after = text[end] ?? ''
      if (/[A-Za-z0-9\-]/u.test(before) || /[A-Za-z0-9\-]/u.test(after)) continue
      if (COMPANY_WORDS.test(name) && name.includes(' ')) {
        out.push({ start, end, type: 'ORGANIZATION', subtype: 'COMPANY', rule: 'find-latin-org' })
        continue
      }
      if (name.includes(' ') || NOT_NAMES.has(name) || name.length < 3 || /^[A-Z0-9&.-]+$/u.test(name)) continue
      // a word glued to katakana or kanji is part of a compound (Linuxベース, Webデザイナー)
      if (/^[\p{Script=Katakana}\p{Script=Han}ー]/u.test(after)) continue
      if (orgScore(text, sentence, start, end, [name]) >= 2) out.push({ start, end, type: 'ORGANIZATION', subtype: 'OTHER', rule: 'find-latin-org' })
    }
    return out
  },
}
