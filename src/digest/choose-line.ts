/**
 * @module digest/choose-line
 * Titles and headlines that read like news headlines. Several deletion-only candidates are built
 * from the best key sentences — the plain compression, and a "subject + predicate" focus that keeps
 * the topic / subject phrase (台風25号は) and the final predicate (四国を縦断) and drops the clauses
 * between them — each is checked with `checkKept` (no bare time, no particle-ended fragment, no
 * conjugation broken by deletion, a content noun), and the best well-formed one wins: salience of
 * the content words it keeps, boosted when it names the subject. When no candidate is well formed
 * the plain compression of the first key sentence stays (never an empty line).
 */
import type { CitedText } from '../core/digest.ts'
import { deleteRange, keptText, type Kept } from './compress/index.ts'
import { headlineOf, squeezeKept } from './headline.ts'
import { phraseHeads, predicateStart, scorePhrases, type Phrase } from './phrases.ts'
import { isContentToken, termWeight } from './salience.ts'
import type { SentenceView } from './sentences.ts'
import { compressTitle, keySentences } from './title.ts'
import { checkKept } from './well-formed.ts'

/** How many key sentences are tried. */
const MAX_SENTENCES = 3
/** A candidate that keeps the subject phrase scores this much more. */
const SUBJECT_BONUS = 1.5

const SUBJECT = /(?:は|が)[、,]?$/u

function subjectIndex(phrases: readonly Phrase[], pred: number): number | undefined {
  for (let i = 0; i < pred; i++) {
    const p = phrases[i]!
    if (SUBJECT.test(p.text) && p.tokens.some((t) => t.partOfSpeech === '名詞' && isContentToken(t))) return i
  }
  return undefined
}

/**
 * Keep only the subject phrase (with the noun phrase right before it when that modifies it, …の)
 * and the predicate; undefined when the sentence has no subject phrase or nothing would go.
 */
export function focusSubject(kept: Kept, sent: SentenceView, counts: ReadonlyMap<string, number>): Kept | undefined {
  if (sent.tokens.length === 0) return undefined
  const phrases = scorePhrases(kept, sent.tokens, counts)
  if (phrases.length < 3) return undefined
  const pred = predicateStart(phrases)
  const subject = subjectIndex(phrases, pred)
  if (subject === undefined) return undefined
  const heads = phraseHeads(phrases, pred)
  const keep = new Set<number>([subject])
  for (let i = pred; i < phrases.length; i++) keep.add(i)
  // the argument right before the predicate (…で合意, …に上陸) and the modifier of the subject (…の)
  if (pred - 1 > subject && /[をにでと]$/u.test(phrases[pred - 1]!.text)) keep.add(pred - 1)
  if (subject > 0 && heads[subject - 1] === subject && /の$/u.test(phrases[subject - 1]!.text)) keep.add(subject - 1)
  if (keep.size === phrases.length) return undefined
  let out = kept
  for (let i = phrases.length - 1; i >= 0; i--) if (!keep.has(i)) out = deleteRange(out, phrases[i]!.from, phrases[i]!.to)
  const text = keptText(out)
  return /[、,]$/u.test(text) ? deleteRange(out, text.length - 1, text.length) : out
}

/** Salience of the content words a candidate keeps, boosted when it keeps a subject phrase. */
function candidateScore(kept: Kept, sent: SentenceView, counts: ReadonlyMap<string, number>): number {
  const inside = new Set(kept.positions)
  const seen = new Set<string>()
  let score = 0
  for (const t of sent.tokens) {
    if (!inside.has(t.start) || !isContentToken(t) || seen.has(t.lemma)) continue
    seen.add(t.lemma)
    score += termWeight(t) * Math.log1p(counts.get(t.lemma) ?? 0)
  }
  const phrases = sent.tokens.length > 0 ? scorePhrases(kept, sent.tokens, counts) : []
  return phrases.some((p) => SUBJECT.test(p.text)) ? score * SUBJECT_BONUS : score
}

type Candidate = { readonly title: Kept; readonly headline: Kept; readonly sent: SentenceView }

/** Title (≤ `maxChars`) and headline candidates of the key sentences, in preference order. */
function candidates(id: string, body: string, sents: readonly SentenceView[], counts: ReadonlyMap<string, number>, maxChars?: number): Candidate[] {
  const out: Candidate[] = []
  for (const sent of keySentences(sents, counts).slice(0, MAX_SENTENCES)) {
    const title = compressTitle(id, body, sent, counts, maxChars)
    out.push({ title, headline: squeezeKept(title, sent, counts), sent })
    const focused = focusSubject(title, sent, counts)
    if (focused !== undefined) out.push({ title: focused, headline: squeezeKept(focused, sent, counts), sent })
  }
  return out
}

/** The chosen title and headline of an article, both cited to their key sentence. */
export type ChosenLines = { readonly title: CitedText; readonly headline: CitedText }

/**
 * A title and a headline for one article: the plain compression of the first key sentence when it
 * is well formed (titles stay close to the lead, which is what readers and ROUGE expect), else the
 * best-scoring well-formed candidate; the headline is the best well-formed candidate of all.
 */
export function chooseLines(id: string, body: string, sents: readonly SentenceView[], counts: ReadonlyMap<string, number>, maxChars?: number): ChosenLines | undefined {
  const all = candidates(id, body, sents, counts, maxChars)
  const first = all[0]
  if (first === undefined) return undefined
  // key sentences in order: the first with a well-formed candidate gives the line
  const best = (pick: (c: Candidate) => Kept): Kept => {
    for (const sent of new Set(all.map((c) => c.sent))) {
      let chosen: Kept | undefined
      let top = -Infinity
      for (const c of all) {
        if (c.sent !== sent) continue
        const kept = pick(c)
        if (checkKept(kept, sent.tokens) !== null) continue
        const score = candidateScore(kept, sent, counts)
        if (score > top) {
          top = score
          chosen = kept
        }
      }
      if (chosen !== undefined) return chosen
    }
    return pick(first)
  }
  const title = checkKept(first.title, first.sent.tokens) === null ? first.title : best((c) => c.title)
  const cite = (k: Kept): CitedText => ({ text: keptText(k), cites: [{ id: k.id, start: k.start, end: k.end }] })
  return { title: cite(title), headline: headlineOf(best((c) => c.headline)) }
}
