/**
 * @module digest/compress/rules/strip-polite
 * Title rule: turns a polite ending into the plain one by deleting only: 行われました → 行われた
 * (まし deleted), 〜です。→ 〜 (です deleted). Only after an e-row kana (一段 verbs, れる・られる) or し
 * (サ変 and サ行 verbs), where the plain past is the same stem: 分かりました stays (分かった ≠ 分かりた).
 */
import { deleteMatches, type Kept } from '../kept.ts'

export function stripPolite(kept: Kept): Kept {
  const plain = deleteMatches(kept, /(?<=[えけげせぜてでねへべぺめれし])(まし)た。?$/gu, 1)
  return deleteMatches(plain, /(?<=[^\s])(です)。?$/gu, 1)
}
