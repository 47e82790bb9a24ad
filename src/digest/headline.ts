/**
 * @module digest/headline
 * A Yahoo!ニュース style headline (≤ 15.5 wide) squeezed from the title by deletion only, in steps
 * taken while it is still too wide: 、 becomes a space (a separator, not text); honorific suffixes
 * (氏・さん) go; whole phrases are chosen by salience with their heads (the predicate stays), for the
 * width left once particles are dropped; then the particles は・が (shown as a space when
 * it fits) and を before a noun, then の go; last, leading characters. No substitution: country names stay as the source writes them (露 for ロシア would be
 * a substitution the faithfulness rule does not accept).
 */
import type { CitedText } from '../core/digest.ts'
import type { Token } from '../core/doc.ts'
import { deleteRange, deleteSpans, keptText, type Kept } from './compress/index.ts'
import type { SentenceView } from './sentences.ts'
import { fitPhrases } from './phrases.ts'
import { fitClauses, trimToFit } from './title.ts'
import { displayWidth, MAX_HEADLINE_WIDTH } from './width.ts'

/** Headline text: 、 shown as a space. */
function show(text: string): string {
  return text.replace(/[、,]/gu, ' ').replace(/\s+/gu, ' ').trim()
}

const measure = (text: string): number => displayWidth(show(text))

type TokenTest = (token: Token, next: Token | undefined) => boolean

/** は・が between a subject and its predicate: deleted, shown as a space (台風25号 四国を縦断). */
const isTopicParticle = (t: Token): boolean => t.partOfSpeech === '助詞' && (t.surface === 'は' || t.surface === 'が')

const STEPS: readonly TokenTest[] = [
  (t) => t.partOfSpeech === '名詞' && t.posDetail[0] === '接尾' && t.posDetail[1] === '人名',
  // を only before a noun (辞任を表明 → 辞任表明); before a verb it stays (初当選を果たした)
  (t, next) => isTopicParticle(t) || (t.partOfSpeech === '助詞' && t.surface === 'を' && next?.partOfSpeech === '名詞'),
  (t) => t.partOfSpeech === '助詞' && t.surface === 'の' && t.posDetail[0] === '連体化',
]

/** Width once the particles between two words are dropped (what the particle steps will do). */
const measureSqueezed = (text: string): number =>
  measure(text.replace(/(?<=[\p{Script=Han}\p{Script=Katakana}ー])[はがをの](?=[\p{Script=Han}\p{Script=Katakana}])/gu, ''))

/**
 * Squeeze a compressed title into a headline: honorifics go first, then phrases are chosen for the
 * width the headline will have once its particles are dropped, then particles go while it is too wide.
 */
export function squeezeHeadline(title: Kept, sent: SentenceView, counts: ReadonlyMap<string, number>): CitedText {
  return headlineOf(squeezeKept(title, sent, counts), sent.tokens)
}

/**
 * The headline line of a squeezed compression, citing the compression's span: 、 shown as a space,
 * and a space where a deletion starts with the は・が after the subject (a separator, not text:
 * the faithfulness rule ignores it).
 */
export function headlineOf(kept: Kept, tokens: readonly Token[] = []): CitedText {
  const particles = new Set(tokens.filter(isTopicParticle).map((t) => t.start))
  let text = ''
  let previous: number | undefined
  for (const p of kept.positions) {
    if (previous !== undefined && p > previous + 1 && particles.has(previous + 1)) text += ' '
    text += kept.body[p]
    previous = p
  }
  const spaced = show(text)
  return { text: displayWidth(spaced) <= MAX_HEADLINE_WIDTH ? spaced : show(keptText(kept)), cites: [{ id: kept.id, start: kept.start, end: kept.end }] }
}

/** `squeezeHeadline` before display: the compression itself (for the well-formedness check). */
export function squeezeKept(title: Kept, sent: SentenceView, counts: ReadonlyMap<string, number>): Kept {
  let kept = title
  const [honorific, ...particles] = STEPS
  const dropTokens = (test: TokenTest): void => {
    const inside = new Set(kept.positions)
    kept = deleteSpans(kept, sent.tokens.filter((t, i) => inside.has(t.start) && test(t, sent.tokens[i + 1])))
  }
  if (measure(keptText(kept)) > MAX_HEADLINE_WIDTH && honorific !== undefined) dropTokens(honorific)
  kept = sent.tokens.length > 0 ? fitPhrases(kept, sent.tokens, counts, MAX_HEADLINE_WIDTH, measureSqueezed) : fitClauses(kept, sent, counts, MAX_HEADLINE_WIDTH, measure)
  for (const step of particles) {
    if (measure(keptText(kept)) <= MAX_HEADLINE_WIDTH) break
    dropTokens(step)
  }
  kept = trimToFit(kept, MAX_HEADLINE_WIDTH, measure, sent.tokens)
  let text = keptText(kept)
  while (/^[、,のをがはにでともへ]/u.test(text) && text.length > 1) {
    kept = deleteRange(kept, 0, 1)
    text = keptText(kept)
  }
  return kept
}
