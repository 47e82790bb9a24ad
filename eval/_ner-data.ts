/**
 * @module eval/_ner-data
 * The NER development splits (../shared/evaldata: stockmark-ner, ud-gsd-ne) read for `eval ner` and
 * `npm run train:ner`: each row tokenized once, its gold spans (PERSON / ORGANIZATION / LOCATION, and
 * names of other kinds as OTHER for training), and a cross-validation fold that keeps related
 * sentences together (stockmark: the Wikipedia page, `curid`; ud-gsd: consecutive blocks of sentences,
 * since neighbouring sentences come from the same document).
 */
import { readFileSync } from 'node:fs'
import type { EntityType, Token } from '../src/core/doc.ts'
import type { Tokenizer } from '../src/analyze/tokens/tokenizer.ts'
import { findRuleCandidates, type Gazetteer, type RuleInput } from '../src/analyze/entities/index.ts'
import { DEFAULT_GAZETTEER } from '../src/analyze/entities/gazetteer.ts'
import { tokenFeatures } from '../src/analyze/entities/model/features.ts'
import { ruleHints } from '../src/analyze/entities/model/apply-tagger.ts'
import { spansToTags, type TaggedSpan } from '../src/analyze/entities/model/tags.ts'
import type { TrainingExample } from '../src/analyze/entities/model/perceptron.ts'
import { hashString } from '../src/analyze/entities/model/hash.ts'
import { evalDataPath } from '../src/runtime/paths.ts'

export const NER_DATASETS = ['stockmark-ner', 'ud-gsd-ne'] as const
export type NerDataset = (typeof NER_DATASETS)[number]
export const SCORED_TYPES: readonly EntityType[] = ['PERSON', 'ORGANIZATION', 'LOCATION']
export const FOLDS = 5

type RawRow = { id: string; curid?: string; text: string; entities: { span: [number, number]; coarse: string; type: string }[] }

export type NerRow = {
  readonly dataset: NerDataset
  readonly id: string
  readonly text: string
  readonly tokens: readonly Token[]
  /** scored gold: PERSON / ORGANIZATION / LOCATION */
  readonly gold: readonly { start: number; end: number; type: EntityType; label: string }[]
  /** training targets: names of other kinds as OTHER, then the scored gold (which wins where they overlap) */
  readonly targets: readonly TaggedSpan[]
  /** OntoNotes NORP spans (ud-gsd): nationalities, and religious and political groups such as parties */
  readonly norp: readonly { start: number; end: number }[]
  readonly fold: number
}

/** Gold labels that are names of another kind (not numbers, dates or title affixes). */
const OTHER_NAME_TYPES = new Set(['製品名', '施設名', 'イベント名', 'PRODUCT', 'FAC', 'EVENT', 'NORP', 'WORK_OF_ART', 'LAW', 'LANGUAGE', 'MOVEMENT'])

/** Read and tokenize the rows of the named datasets. */
export function loadNerRows(tokenizer: Tokenizer, datasets: readonly NerDataset[] = NER_DATASETS): NerRow[] {
  const rows: NerRow[] = []
  for (const dataset of datasets) {
    const raw = readFileSync(evalDataPath(dataset, 'dev.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as RawRow)
    raw.forEach((r, index) => {
      const gold = r.entities
        .filter((e) => (SCORED_TYPES as readonly string[]).includes(e.coarse))
        .map((e) => ({ start: e.span[0], end: e.span[1], type: e.coarse as EntityType, label: e.type }))
      const others = r.entities.filter((e) => OTHER_NAME_TYPES.has(e.type)).map((e) => ({ start: e.span[0], end: e.span[1], type: 'OTHER' as const }))
      const fold = dataset === 'stockmark-ner' ? hashString(`fold:${r.curid ?? r.id}`) % FOLDS : Math.floor((index * FOLDS) / raw.length)
      const norp = r.entities.filter((e) => e.type === 'NORP').map((e) => ({ start: e.span[0], end: e.span[1] }))
      rows.push({ dataset, id: r.id, text: r.text, tokens: tokenizer.tokenize(r.text), gold, targets: [...others, ...gold], norp, fold })
    })
  }
  return rows
}

/**
 * The tagger's training example for a row: features from the rules' candidates, tags from gold.
 * With `norpAsOrg`, a NORP span (ud-gsd labels parties and religious bodies so: 民主党, 創価学会)
 * that the rules propose as an organisation with exactly that span trains as ORGANIZATION — the
 * convention of stockmark (政治的組織名) and of news — instead of OTHER.
 */
export function trainingExample(row: NerRow, tokenizer: Tokenizer, gazetteer: Gazetteer = DEFAULT_GAZETTEER, norpAsOrg = false): TrainingExample {
  const input: RuleInput = { text: row.text, tokens: row.tokens, gazetteer, tokenize: (part: string) => tokenizer.tokenize(part) }
  const candidates = findRuleCandidates(input)
  const hints = ruleHints(row.tokens, candidates)
  const asOrg = (t: TaggedSpan): boolean =>
    norpAsOrg && t.type === 'OTHER' && row.norp.some((n) => n.start === t.start && n.end === t.end) && candidates.some((c) => c.start === t.start && c.end === t.end && c.type === 'ORGANIZATION')
  const targets = row.targets.map((t): TaggedSpan => (asOrg(t) ? { ...t, type: 'ORGANIZATION' } : t))
  return { features: tokenFeatures(row.tokens, hints), tags: spansToTags(row.tokens, targets).tags }
}
