/**
 * @module analyze/entities/rules/is-defined-non-person
 * A definition sentence names what its topic is: 「Xは、…出身のロックバンド。」, 「Xは、…に分類される
 * 鳥類の一種。」. When the topic is a name the rules would guess as a person, the head noun that ends
 * the sentence says otherwise: a band, a company or a team is an organisation; a film, a song, a
 * species, a station or a prize is no person at all. Used by the rules that guess people from
 * katakana (find-foreign-names, guess-katakana-person).
 */

/** Head nouns that end a definition of an organisation. */
const ORGANIZATION_HEADS = /(?:バンド|グループ|ユニット|デュオ|企業|会社|メーカー|チーム|クラブ|球団|団体|組織|レーベル|ブランド|政党|財団|法人)(?:である|だった|であった)?。?$/u
/** Head nouns that end a definition of a thing, a work, a place or a kind. */
const THING_HEADS = /(?:映画|小説|作品|楽曲|曲|アルバム|シングル|番組|ドラマ|アニメ|ゲーム|漫画|雑誌|伝説|駅|空港|施設|建物|公園|賞|大会|競走|レース|品種|一種|鳥類|植物|化合物|酵素|小惑星|方式|技術|概念|用語|現象|様式)(?:である|だった|であった)?。?$/u

/**
 * What a definition sentence makes of the name at text[start, end) when the name is its topic
 * (Xは、… / Xは…) and the sentence ends in a head noun: 'ORGANIZATION', 'OTHER', or null.
 */
export function definedKind(text: string, sentence: { start: number; end: number }, start: number, end: number): 'ORGANIZATION' | 'OTHER' | null {
  if (text[end] !== 'は' || text.slice(sentence.start, start).trim() !== '') return null
  const rest = text.slice(end, sentence.end).trimEnd()
  if (ORGANIZATION_HEADS.test(rest)) return 'ORGANIZATION'
  if (THING_HEADS.test(rest)) return 'OTHER'
  return null
}
