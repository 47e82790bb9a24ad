/**
 * @module cluster/metrics
 * Clustering quality measures (pure), for `eval/cluster.ts`: homogeneity, completeness, V-measure
 * and NMI (arithmetic-mean normalisation, equal to V-measure with β = 1) against gold classes;
 * B-cubed and pairwise precision / recall / F1 against gold stories.
 * Inputs are two labelings of the same items: `gold[i]` and `predicted[i]` are labels of item i.
 */

export type LabelScores = { readonly homogeneity: number; readonly completeness: number; readonly vMeasure: number; readonly nmi: number }
export type PRF = { readonly precision: number; readonly recall: number; readonly f1: number }

function entropy(counts: Iterable<number>, n: number): number {
  let h = 0
  for (const c of counts) if (c > 0) h -= (c / n) * Math.log(c / n)
  return h
}

function countBy(labels: readonly string[]): Map<string, number> {
  const m = new Map<string, number>()
  for (const l of labels) m.set(l, (m.get(l) ?? 0) + 1)
  return m
}

/** Homogeneity, completeness, V-measure and NMI of a predicted labeling against gold classes. */
export function scoreLabels(gold: readonly string[], predicted: readonly string[]): LabelScores {
  if (gold.length !== predicted.length) throw new RangeError(`expected labelings of equal length, got ${gold.length} and ${predicted.length}`)
  const n = gold.length
  if (n === 0) return { homogeneity: 1, completeness: 1, vMeasure: 1, nmi: 1 }
  const joint = countBy(gold.map((g, i) => `${g}\u0000${predicted[i]}`))
  const hC = entropy(countBy(gold).values(), n)
  const hK = entropy(countBy(predicted).values(), n)
  const hCK = entropy(joint.values(), n)
  const mi = hC + hK - hCK
  const homogeneity = hC === 0 ? 1 : mi / hC
  const completeness = hK === 0 ? 1 : mi / hK
  const vMeasure = homogeneity + completeness === 0 ? 0 : (2 * homogeneity * completeness) / (homogeneity + completeness)
  const nmi = hC + hK === 0 ? 1 : (2 * mi) / (hC + hK)
  return { homogeneity, completeness, vMeasure, nmi }
}

function prf(precision: number, recall: number): PRF {
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) }
}

/** B-cubed precision / recall / F1 (item-averaged overlap of each item's predicted and gold cluster). */
export function scoreBcubed(gold: readonly string[], predicted: readonly string[]): PRF {
  const n = gold.length
  if (n === 0) return prf(1, 1)
  const joint = countBy(gold.map((g, i) => `${g}\u0000${predicted[i]}`))
  const goldSize = countBy(gold)
  const predSize = countBy(predicted)
  let p = 0
  let r = 0
  for (let i = 0; i < n; i++) {
    const both = joint.get(`${gold[i]}\u0000${predicted[i]}`) ?? 0
    p += both / (predSize.get(predicted[i] ?? '') ?? 1)
    r += both / (goldSize.get(gold[i] ?? '') ?? 1)
  }
  return prf(p / n, r / n)
}

/** Pairwise precision / recall / F1 over item pairs placed in one cluster (1 when there are no such pairs). */
export function scorePairwise(gold: readonly string[], predicted: readonly string[]): PRF {
  const pairs = (counts: Iterable<number>): number => {
    let s = 0
    for (const c of counts) s += (c * (c - 1)) / 2
    return s
  }
  const together = pairs(countBy(gold.map((g, i) => `${g}\u0000${predicted[i]}`)).values())
  const goldPairs = pairs(countBy(gold).values())
  const predPairs = pairs(countBy(predicted).values())
  return prf(predPairs === 0 ? 1 : together / predPairs, goldPairs === 0 ? 1 : together / goldPairs)
}
