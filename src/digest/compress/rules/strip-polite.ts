/**
 * @module digest/compress/rules/strip-polite
 * Title rule: turns a polite ending into the plain one by deleting only: 行われました → 行われた
 * (まし deleted), 〜です。→ 〜 (です deleted).
 */
import { deleteMatches, type Kept } from '../kept.ts'

export function stripPolite(kept: Kept): Kept {
  const plain = deleteMatches(kept, /(まし)た。?$/gu, 1)
  return deleteMatches(plain, /(?<=[^\s])(です)。?$/gu, 1)
}
