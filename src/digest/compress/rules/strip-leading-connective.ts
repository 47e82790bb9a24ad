/**
 * @module digest/compress/rules/strip-leading-connective
 * Deletes a connective that opens a sentence (しかし、一方、また、ただ、さらに、こうしたなか …):
 * it links to the previous sentence, which a bullet no longer follows.
 */
import { deleteMatches, type Kept } from '../kept.ts'

const CONNECTIVE =
  /^(?:しかし|一方で?|また|ただし?|さらに|そして|なお|このほか(?=[、,])|その上で|そのうえで|これに対し(?:て)?|こうしたなか|こうした中|こうした中で|それによりますと|それによると|ところが|だが|でも|また一方)[、,]?/u

export function stripLeadingConnective(kept: Kept): Kept {
  return deleteMatches(kept, new RegExp(CONNECTIVE.source, 'gu'))
}
