/**
 * @module digest/compress/rules/source-phrases
 * The phrases that name who reported something (警察によりますと, 関係者によると, 県の調べでは …), shared
 * by the rule that deletes an opening source from titles and the rule that keeps a hearsay ending
 * unless its sentence names the source.
 */

/** Alternatives for a RegExp: a source phrase after its noun. */
export const SOURCE_PHRASES = 'によりますと|によると|によれば|の報道で(?:は)?|の発表で(?:は)?|の発表によると|の話では|の話によると|の調べでは|の調べによると'
