/**
 * @module digest/outlook
 * Sentences in which the sources themselves assess what comes next (見通し, 焦点, 不透明,
 * 楽観できない, 見込み, 懸念, 予断を許さない, 可能性, 今後 …), compressed by the bullet rules.
 */
import type { CitedText } from '../core/digest.ts'
import { toBullet } from './bullets.ts'
import type { SentenceView } from './sentences.ts'

const OUTLOOK = /見通し|焦点|不透明|楽観でき|予断を許さ|見込み|懸念|先行き|行方|可能性|注目され|課題|今後/u

/** Outlook sentences of one article, in text order. */
export function findOutlook(articleId: string, body: string, sents: readonly SentenceView[]): CitedText[] {
  return sents.filter((s) => s.kind === 'sentence' && OUTLOOK.test(s.text)).map((s) => toBullet(articleId, body, s))
}
