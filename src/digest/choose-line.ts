/**
 * @module digest/choose-line
 * Titles and headlines that read like news headlines. Several deletion-only candidates are built
 * from the best key sentences — the plain compression, the same with dangling words at its start
 * deleted (より、京都市で… → 京都市で…), and a "subject + predicate" focus that keeps
 * the nearest topic / subject phrase (台風25号は) and the final predicate (四国を縦断) and drops the clauses
 * between them — each is checked with `checkKept` (no bare time, no particle-ended fragment, no
 * conjugation broken by deletion, a content noun), and the best well-formed one wins: salience of
 * the content words it keeps, boosted when it names the subject. When no candidate is well formed
 * the plain compression of the first key sentence stays (never an empty line).
 */
import type { CitedText } from '../core/digest.ts'
import { applyRules, deleteRange, deleteSpans, keepSpan, keptText, TITLE_RULES, type Kept } from './compress/index.ts'
import type { Token } from '../core/doc.ts'
import { headlineOf, squeezeKept } from './headline.ts'
import { phraseHeads, predicateStart, scorePhrases, type Phrase } from './phrases.ts'
import { isContentToken, termWeight } from './salience.ts'
import type { SentenceView } from './sentences.ts'
import { compressTitle, keySentences } from './title.ts'
import { citeTitle, titleSentences } from './title-source.ts'
import { checkKept, keptTokens, type FormProblem } from './well-formed.ts'
import { cutsEnumeration } from './enumeration.ts'
import { displayWidth, MAX_HEADLINE_WIDTH } from './width.ts'

/** How many key sentences are tried. */
const MAX_SENTENCES = 3
/** A candidate that keeps the subject phrase scores this much more. */
const SUBJECT_BONUS = 1.5

const SUBJECT = /(?:は|が)[、,]?$/u
/** The first clause is a side event more often than the final predicate (…告示され、…が立候補を届け出た): it scores less. */
const CLAUSE_WEIGHT = 0.5
/** Predicates that only report (…と発表, …を決めた): without their complement they say nothing. */
const REPORTING = new Set(['発表', '表明', '公表', '説明', '指摘', '明らか', '決める', '述べる', '話す', '求める', '訪れる', '語る', '訴える', '強調', '示す', '呼びかける', '明かす', 'する', 'なる', 'いる', 'ある', '行う'])

/** True when the predicate phrases carry news of their own (a content noun or verb that does not only report). */
function predicateSaysSomething(phrases: readonly Phrase[], pred: number): boolean {
  return phrases.slice(pred).some((p) => p.tokens.some((t) => (t.partOfSpeech === '名詞' || t.partOfSpeech === '動詞') && isContentToken(t) && !REPORTING.has(t.lemma)))
}

const hasContentNoun = (p: Phrase): boolean => p.tokens.some((t) => t.partOfSpeech === '名詞' && isContentToken(t))

/**
 * The subject of the predicate: the nearest topic / subject phrase before it, when it has a content
 * noun (none when it is a bare count, 2人が), as `[from, to]` phrase indices (a particle split from its noun by a deleted parenthetical,
 * 山本恵子氏（48）が, counts with the noun before it).
 */
function subjectRange(phrases: readonly Phrase[], pred: number): [number, number] | undefined {
  for (let i = pred - 1; i >= 0; i--) {
    const p = phrases[i]!
    if (!SUBJECT.test(p.text)) continue
    if (hasContentNoun(p)) return [i, i]
    if (i > 0 && /^(?:は|が)[、,]?$/u.test(p.text) && hasContentNoun(phrases[i - 1]!)) return [i - 1, i]
    // the predicate's own subject is a bare count (2人が): a subject farther back belongs to another clause
    return undefined
  }
  return undefined
}

const LEADING_JUNK = new Set(['助詞', '助動詞', '記号', '動詞'])

/**
 * Delete what a cut left dangling at the start (より、京都市で… → 京都市で…; 纏めた2008年… → 2008年…):
 * particles, auxiliaries, verbs, symbols and dependent nouns before the first content word.
 */
export function trimLeading(kept: Kept, tokens: readonly Token[]): Kept {
  const list = keptTokens(kept, tokens)
  if (list === null) return kept
  const drop: Token[] = []
  for (const t of list) {
    if (t.start === t.end) continue
    if (!LEADING_JUNK.has(t.partOfSpeech) && !(t.partOfSpeech === '名詞' && (t.posDetail[0] === '非自立' || t.posDetail[0] === '接尾'))) break
    drop.push(t)
  }
  return drop.length === 0 || drop.length === list.length ? kept : deleteSpans(kept, drop)
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
  const range = subjectRange(phrases, pred)
  if (range === undefined || !predicateSaysSomething(phrases, pred)) return undefined
  const [subject, subjectEnd] = range
  const heads = phraseHeads(phrases, pred)
  const keep = new Set<number>([subject, subjectEnd])
  for (let i = pred; i < phrases.length; i++) keep.add(i)
  // the argument right before the predicate (…で合意, …に上陸) and the modifier of the subject (…の)
  if (pred - 1 > subjectEnd && /[をにでと]$/u.test(phrases[pred - 1]!.text)) keep.add(pred - 1)
  if (subject > 0 && heads[subject - 1] === subject && /の$/u.test(phrases[subject - 1]!.text)) keep.add(subject - 1)
  if (keep.size === phrases.length) return undefined
  let out = kept
  for (let i = phrases.length - 1; i >= 0; i--) if (!keep.has(i)) out = deleteRange(out, phrases[i]!.from, phrases[i]!.to)
  const text = keptText(out)
  return /[、,]$/u.test(text) ? deleteRange(out, text.length - 1, text.length) : out
}

const SAHEN_VERB = new Set(['する', 'れる', 'られる', 'せる', 'させる'])

/**
 * The sentence up to its first clause that ends in a サ変 predicate, nominalised: 香川県知事選挙が
 * 6日告示され、… → 香川県知事選挙が6日告示 (the 、 and the する / される chain deleted). News leads put
 * the event in that first clause; undefined when there is none.
 */
export function firstClause(kept: Kept, sent: SentenceView, counts: ReadonlyMap<string, number>): Kept | undefined {
  if (sent.tokens.length === 0) return undefined
  const phrases = scorePhrases(kept, sent.tokens, counts)
  const pred = predicateStart(phrases)
  const inside = new Set(kept.positions)
  for (let i = 0; i < pred; i++) {
    const p = phrases[i]!
    if (!/[、,]$/u.test(p.text)) continue
    const words = p.tokens.filter((t) => inside.has(t.start) && t.partOfSpeech !== '記号')
    const noun = words.findLastIndex((t) => t.partOfSpeech === '名詞' && t.posDetail[0] === 'サ変接続')
    const rest = words.slice(noun + 1)
    if (noun < 0 || rest.length === 0 || rest[0]!.lemma !== 'する' || !rest.every((t) => SAHEN_VERB.has(t.lemma) || t.partOfSpeech === '助動詞')) continue
    const cut = kept.positions.indexOf(rest[0]!.start)
    return cut <= 0 ? undefined : deleteRange(kept, cut, kept.positions.length)
  }
  return undefined
}

/**
 * True when a line says only who reported (高知県は発表, 長官は述べた): every content word after
 * its subject is a reporting verb or noun. Such a line is taken only when no key sentence gives better.
 */
function onlyReports(kept: Kept, sent: SentenceView): boolean {
  const list = keptTokens(kept, sent.tokens)
  if (list === null) return false
  const subjectEnd = list.findIndex((t) => t.partOfSpeech === '助詞' && (t.surface === 'は' || t.surface === 'が'))
  const rest = list.slice(subjectEnd + 1).filter((t) => isContentToken(t))
  return rest.every((t) => REPORTING.has(t.lemma))
}

/**
 * Drop a relative clause before the subject (任期満了に伴う香川県知事選挙が… → 香川県知事選挙が…):
 * everything up to the last adnominal verb that directly precedes a noun, before the first は・が.
 */
export function dropRelativeClause(kept: Kept, tokens: readonly Token[]): Kept {
  const list = keptTokens(kept, tokens)
  if (list === null) return kept
  const subject = list.findIndex((t) => t.partOfSpeech === '助詞' && (t.surface === 'は' || t.surface === 'が'))
  const end = subject < 0 ? list.length : subject
  for (let i = end - 2; i >= 0; i--) {
    const t = list[i]!
    const next = list[i + 1]!
    const adnominal = (t.partOfSpeech === '動詞' && t.conjugatedForm === '基本形') || (t.partOfSpeech === '助動詞' && t.surface === 'た')
    if (adnominal && next.partOfSpeech === '名詞' && next.start < next.end) return deleteSpans(kept, list.slice(0, i + 1))
  }
  return kept
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

/** A headline candidate: a compression of one key sentence and how much its score counts. */
type Candidate = { readonly kept: Kept; readonly weight: number }

const LAX = { clauseCommas: true }

/** The plain title of a key sentence and the same with dangling words at its start deleted. */
function titleCuts(id: string, body: string, sent: SentenceView, counts: ReadonlyMap<string, number>, maxChars?: number): [Kept, Kept] {
  const plain = compressTitle(id, body, sent, counts, maxChars)
  return [plain, trimLeading(plain, sent.tokens)]
}

/** Headline candidates of one key sentence: the squeezed plain, trimmed, focused and first-clause cuts. */
function headlineCandidates(id: string, body: string, sent: SentenceView, counts: ReadonlyMap<string, number>): Candidate[] {
  const [plain, trimmed] = titleCuts(id, body, sent, counts)
  // the focus and the first clause start from the whole rule-compressed sentence: the 40-character cut may have lost the subject
  const full = trimLeading(applyRules(keepSpan(id, body, sent.start, sent.end), TITLE_RULES), sent.tokens)
  const focus = focusSubject(full, sent, counts)
  const focused = focus === undefined ? undefined : trimLeading(dropRelativeClause(focus, sent.tokens), sent.tokens)
  const first = firstClause(full, sent, counts)
  const clause = first === undefined ? undefined : trimLeading(dropRelativeClause(first, sent.tokens), sent.tokens)
  const out: Candidate[] = []
  for (const cut of [plain, trimmed, focused, clause]) {
    if (cut === undefined || (cut !== plain && keptText(cut) === keptText(plain))) continue
    out.push({ kept: squeezeKept(cut, sent, counts), weight: cut === clause ? CLAUSE_WEIGHT : 1 })
  }
  return out
}

const cite = (k: Kept): CitedText => ({ text: keptText(k), cites: [{ id: k.id, start: k.start, end: k.end }] })

/**
 * The title of an article (≤ `maxChars`): the plain compression of the first key sentence, or the
 * same with the dangling words at its start deleted when only that is well formed (12 % of Wikinews
 * leads). Titles keep the lead's wording, which is what readers and ROUGE expect; taking the subject
 * + predicate focus for titles cost 0.004 ROUGE-1 on Wikinews dev, so only headlines use it.
 */
export function chooseTitle(id: string, body: string, sents: readonly SentenceView[], counts: ReadonlyMap<string, number>, maxChars?: number): CitedText | undefined {
  const sent = keySentences(sents, counts)[0]
  if (sent === undefined) return undefined
  const [plain, trimmed] = titleCuts(id, body, sent, counts, maxChars)
  const plainProblem = checkKept(plain, sent.tokens, LAX)
  if (plainProblem === null) return cite(plain)
  const trimmedProblem = checkKept(trimmed, sent.tokens, LAX)
  // the trimmed cut mends the opening: take it when that is all there is to mend, or when what is
  // left is a problem inside the line that the plain cut has too (ドミニカ共和国がを…: trimming deletes only leading words)
  const inherited = trimmedProblem !== null && (INTERIOR_PROBLEMS.has(trimmedProblem) || (trimmedProblem === 'cut-enumeration' && cutsEnumeration(plain, sent.tokens)))
  return cite(trimmedProblem === null || (OPENING_PROBLEMS.has(plainProblem) && inherited) ? trimmed : plain)
}

/** Problems at the start of a line, which the trimmed title cut deletes (は、AT&Tパークで… → AT&Tパークで…). */
const OPENING_PROBLEMS: ReadonlySet<FormProblem> = new Set(['starts-with-function-word', 'starts-with-verb'])
/** Problems inside a line: a trimmed cut (leading words deleted) that has one got it from the plain cut. */
const INTERIOR_PROBLEMS: ReadonlySet<FormProblem> = new Set(['dangling-particle', 'dangling-verb', 'broken-conjugation'])

/** The best well-formed candidate by salience (subject boosted), skipping lines that only report when `strong`. */
function bestCandidate(candidates: readonly Candidate[], sent: SentenceView, counts: ReadonlyMap<string, number>, strong: boolean): Kept | undefined {
  let chosen: Kept | undefined
  let top = -Infinity
  for (const c of candidates) {
    if (checkKept(c.kept, sent.tokens) !== null || (strong && onlyReports(c.kept, sent))) continue
    const score = candidateScore(c.kept, sent, counts) * c.weight
    if (score > top) {
      top = score
      chosen = c.kept
    }
  }
  return chosen
}

/**
 * A headline cut from the article's own title (cites with `field: 'title'`): the parts of the title
 * (split at spaces) in order, the first with a well-formed candidate that says more than who
 * reported and fits the width gives its best candidate; undefined when none does.
 */
export function titleHeadline(id: string, title: string, sents: readonly SentenceView[], counts: ReadonlyMap<string, number>): CitedText | undefined {
  for (const part of titleSentences(title, sents)) {
    const chosen = bestCandidate(headlineCandidates(id, title, part, counts), part, counts, true)
    if (chosen === undefined) continue
    const line = headlineOf(chosen, part.tokens)
    if (line.text !== '' && displayWidth(line.text) <= MAX_HEADLINE_WIDTH) return citeTitle(line)
  }
  return undefined
}

/**
 * The headline of an article (≤ 15.5 wide): with the article's `title`, a well-formed cut of the
 * title when there is one (`titleHeadline`); else the key sentences in order, the first with a
 * well-formed candidate that says more than who reported gives its best candidate (by salience,
 * subject boosted); then one that only reports; else the squeezed plain title of the first.
 */
export function chooseHeadline(id: string, body: string, sents: readonly SentenceView[], counts: ReadonlyMap<string, number>, title?: string): CitedText | undefined {
  const fromTitle = title === undefined ? undefined : titleHeadline(id, title, sents, counts)
  if (fromTitle !== undefined) return fromTitle
  const keys = keySentences(sents, counts).slice(0, MAX_SENTENCES)
  const first = keys[0]
  if (first === undefined) return undefined
  const cache = new Map<SentenceView, Candidate[]>()
  const candidatesOf = (sent: SentenceView): Candidate[] => {
    const known = cache.get(sent)
    if (known !== undefined) return known
    const made = headlineCandidates(id, body, sent, counts)
    cache.set(sent, made)
    return made
  }
  for (const strong of [true, false]) {
    for (const sent of keys) {
      const chosen = bestCandidate(candidatesOf(sent), sent, counts, strong)
      if (chosen !== undefined) return headlineOf(chosen, sent.tokens)
    }
  }
  const fallback = candidatesOf(first)[0]
  return fallback === undefined ? undefined : headlineOf(fallback.kept, first.tokens)
}

/** The chosen title and headline of an article; the title cites the key sentence, the headline its key sentence or the article's title. */
export type ChosenLines = { readonly title: CitedText; readonly headline: CitedText }

/**
 * `chooseTitle` and `chooseHeadline` together (the headline may come from `title`, the article's
 * own title); undefined when the article has no sentence.
 */
export function chooseLines(id: string, body: string, sents: readonly SentenceView[], counts: ReadonlyMap<string, number>, maxChars?: number, title?: string): ChosenLines | undefined {
  const chosenTitle = chooseTitle(id, body, sents, counts, maxChars)
  const headline = chooseHeadline(id, body, sents, counts, title)
  return chosenTitle === undefined || headline === undefined ? undefined : { title: chosenTitle, headline }
}
