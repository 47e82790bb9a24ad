/**
 * @module analyze/entities/rules/is-demonym-suffix
 * A place followed by 人 / 語 / 系 / 製 / 産 / 風 / 料理 / 的 / 主義 / っ子 names people, a language, a
 * product or a quality of it (ユダヤ人, ロシア語, 日系, 日本的, 江戸っ子), not the place itself, and
 * before 市立 / 県立 / … / 藩 it is part of the name of a school, hospital or domain (千葉市立病院,
 * 仙台藩, 長州藩士): such spans are not LOCATION entities. A country
 * before 人 / 人々 stays a place (フランス人技術者 mentions France; the stockmark convention),
 * unless an ethnic or resident group is meant (ドイツ系ブラジル人, 在日ブラジル人).
 */
import type { Token } from '../../../core/doc.ts'

const DEMONYM_SUFFIXES = new Set([
  '人', '人々', '語', '系', '製', '産', '風', '料理', '民族',
  // an adjective, a doctrine or a native of the place (日本的, 反ユダヤ主義, 江戸っ子)
  '的', '主義', 'っ子',
  // founded or ruled by the place: part of a longer name (三鷹市立 + 中学校, 仙台 + 藩)
  '市立', '県立', '都立', '府立', '道立', '町立', '村立', '区立', '州立', '藩',
  // the lord or a retainer of the domain (神戸 + 藩主, 長州 + 藩士): the domain's name, as before 藩
  '藩主', '藩士',
])

/** Nationals of a country: the country itself stays an entity before these. */
const PEOPLE_SUFFIXES = new Set(['人', '人々'])

/** X系 + country + 人, 在日 + country + 人 (ドイツ系ブラジル人): `prev` (before a country at `start`) makes a group of people of it. */
export function isGroupPrefix(prev: Token | undefined, start: number): boolean {
  return prev !== undefined && prev.end === start && (prev.surface === '系' || prev.surface.startsWith('在'))
}

/**
 * Whether `next` (the token after a place ending at `end`) turns it into a demonym or attribute;
 * `country`: the place is a country starting at `prev.end`, which 人 / 人々 leave a place.
 */
export function isDemonymSuffix(next: Token | undefined, end: number, country = false, prev?: Token, start = -1): boolean {
  if (next === undefined || next.start !== end || !DEMONYM_SUFFIXES.has(next.surface)) return false
  return !(country && PEOPLE_SUFFIXES.has(next.surface) && !isGroupPrefix(prev, start))
}
