/**
 * @module analyze/entities/model/perceptron
 * A first-order sequence tagger: linear scores over hashed token features plus tag-to-tag
 * transitions, decoded by Viterbi with the BIO constraint (I-X only after B-X / I-X); trained as an
 * averaged structured perceptron (Collins 2002). Weights live in an open-addressing table of typed
 * arrays, so tagging allocates little and a model loads fast.
 */
import { createRandom } from '../../../core/prng.ts'
import { allowed, N_TAGS } from './tags.ts'
import { FEATURES_PER_TOKEN } from './features.ts'

/**
 * A trained tagger. `keys[slot]` is a feature key (0 = empty); its weights are
 * `weights[slot * N_TAGS …] × scale` (16-bit, so the table stays small enough for the CPU caches).
 */
export type TaggerModel = {
  readonly keys: Uint32Array
  readonly weights: Int16Array
  readonly scale: number
  /** (N_TAGS + 1) × N_TAGS: row `p` scores prev tag p → next tag; the last row is the sentence start */
  readonly transitions: Float32Array
}

function slotOf(keys: Uint32Array, key: number): number {
  const mask = keys.length - 1
  let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask
  for (;;) {
    const k = keys[slot]!
    if (k === key) return slot
    if (k === 0) return -1
    slot = (slot + 1) & mask
  }
}

/** Emission scores, n × N_TAGS. */
function emissions(model: TaggerModel, features: Uint32Array, n: number, outside?: Uint8Array): Float64Array {
  const out = new Float64Array(n * N_TAGS)
  const acc = new Int32Array(N_TAGS)
  const { keys, weights, scale } = model
  for (let i = 0; i < n; i++) {
    if (outside !== undefined && outside[i] === 1) {
      for (let t = 1; t < N_TAGS; t++) out[i * N_TAGS + t] = -1e9
      continue
    }
    acc.fill(0)
    for (let f = 0; f < FEATURES_PER_TOKEN; f++) {
      const slot = slotOf(keys, features[i * FEATURES_PER_TOKEN + f]!)
      if (slot < 0) continue
      const w = slot * N_TAGS
      for (let t = 0; t < N_TAGS; t++) acc[t]! += weights[w + t]!
    }
    for (let t = 0; t < N_TAGS; t++) out[i * N_TAGS + t] = acc[t]! * scale
  }
  return out
}

/** Best tag sequence under the BIO constraint. */
export function decode(model: TaggerModel, features: Uint32Array, n: number): Uint8Array {
  if (n === 0) return new Uint8Array(0)
  return viterbi(emissions(model, features, n), model.transitions, n)
}

function pathScore(em: Float64Array, trans: ArrayLike<number>, tags: ArrayLike<number>, n: number): number {
  let s = 0
  let prev = N_TAGS
  for (let i = 0; i < n; i++) {
    const t = tags[i]!
    if (!allowed(prev === N_TAGS ? -1 : prev, t)) return -Infinity
    s += em[i * N_TAGS + t]! + trans[prev * N_TAGS + t]!
    prev = t
  }
  return s
}

/**
 * The best tags unless they beat `fallback` (the rules' tags) by less than `margin` in score —
 * then the fallback: the tagger overrules the rules only where it is confident. Tokens marked in
 * `outside` are O without being scored (function words no rule put inside a name).
 */
export function decodeOver(model: TaggerModel, features: Uint32Array, n: number, fallback: ArrayLike<number>, margin: number, outside?: Uint8Array): Uint8Array {
  if (n === 0) return new Uint8Array(0)
  const em = emissions(model, features, n, outside)
  const best = viterbi(em, model.transitions, n)
  if (margin <= 0) return best
  const gain = pathScore(em, model.transitions, best, n) - pathScore(em, model.transitions, fallback, n)
  return gain < margin ? Uint8Array.from(fallback) : best
}

/** One training sentence: its token features and gold tags. */
export type TrainingExample = { readonly features: Uint32Array; readonly tags: Uint8Array }

export type TrainOptions = {
  readonly epochs?: number
  /** seed of the deterministic shuffle */
  readonly seed?: number
  /** drop features whose averaged weights are all below this in magnitude */
  readonly prune?: number
}

/**
 * Train an averaged structured perceptron (deterministic for a given seed and example order).
 * @example
 * const model = train(examples, { epochs: 10 })
 */
export function train(examples: readonly TrainingExample[], options: TrainOptions = {}): TaggerModel {
  const epochs = options.epochs ?? 10
  const random = createRandom(options.seed ?? 1)
  // weights and the running sums for averaging: avg = w - u / c (Daumé's trick)
  const w = new Map<number, Float64Array>()
  const u = new Map<number, Float64Array>()
  const trans = new Float64Array((N_TAGS + 1) * N_TAGS)
  const transU = new Float64Array((N_TAGS + 1) * N_TAGS)
  let c = 1
  const vec = (m: Map<number, Float64Array>, key: number): Float64Array => {
    let v = m.get(key)
    if (v === undefined) {
      v = new Float64Array(N_TAGS)
      m.set(key, v)
    }
    return v
  }
  const predict = (ex: TrainingExample): Uint8Array => {
    const n = ex.tags.length
    const em = new Float64Array(n * N_TAGS)
    for (let i = 0; i < n; i++) {
      for (let f = 0; f < FEATURES_PER_TOKEN; f++) {
        const v = w.get(ex.features[i * FEATURES_PER_TOKEN + f]!)
        if (v === undefined) continue
        for (let t = 0; t < N_TAGS; t++) em[i * N_TAGS + t]! += v[t]!
      }
    }
    return viterbi(em, trans, n)
  }
  const order = examples.map((_, i) => i)
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
    for (const idx of order) {
      const ex = examples[idx]!
      const n = ex.tags.length
      if (n === 0) continue
      const pred = predict(ex)
      let prevG = N_TAGS
      let prevP = N_TAGS
      for (let i = 0; i < n; i++) {
        const g = ex.tags[i]!
        const p = pred[i]!
        if (g !== p) {
          for (let f = 0; f < FEATURES_PER_TOKEN; f++) {
            const key = ex.features[i * FEATURES_PER_TOKEN + f]!
            const v = vec(w, key)
            const s = vec(u, key)
            v[g]! += 1
            v[p]! -= 1
            s[g]! += c
            s[p]! -= c
          }
        }
        if (g !== p || prevG !== prevP) {
          trans[prevG * N_TAGS + g]! += 1
          trans[prevP * N_TAGS + p]! -= 1
          transU[prevG * N_TAGS + g]! += c
          transU[prevP * N_TAGS + p]! -= c
        }
        prevG = g
        prevP = p
      }
      c++
    }
  }
  const prune = options.prune ?? 0
  const kept: [number, Float32Array][] = []
  for (const [key, v] of w) {
    const s = u.get(key)!
    const avg = new Float32Array(N_TAGS)
    let max = 0
    for (let t = 0; t < N_TAGS; t++) {
      avg[t] = v[t]! - s[t]! / c
      max = Math.max(max, Math.abs(avg[t]!))
    }
    if (max > prune) kept.push([key, avg])
  }
  const transitions = new Float32Array(trans.length)
  for (let i = 0; i < trans.length; i++) transitions[i] = trans[i]! - transU[i]! / c
  return buildModel(kept, transitions)
}

/** Put weight vectors into an open-addressing table (load factor ≤ 0.75), quantised to 16 bits. */
export function buildModel(entries: readonly (readonly [number, ArrayLike<number>])[], transitions: Float32Array): TaggerModel {
  let size = 1
  while (size * 0.75 < entries.length) size <<= 1
  let max = 0
  for (const [, v] of entries) for (let t = 0; t < N_TAGS; t++) max = Math.max(max, Math.abs(v[t]!))
  const scale = max === 0 ? 1 : max / 32767
  const keys = new Uint32Array(size)
  const weights = new Int16Array(size * N_TAGS)
  const mask = size - 1
  for (const [key, v] of entries) {
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask
    while (keys[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask
    keys[slot] = key
    for (let t = 0; t < N_TAGS; t++) weights[slot * N_TAGS + t] = Math.round(v[t]! / scale)
  }
  return { keys, weights, scale, transitions }
}

/** ALLOWED[p * N_TAGS + t] = 1 when tag t may follow tag p (row N_TAGS: the sentence start). */
const ALLOWED = new Uint8Array((N_TAGS + 1) * N_TAGS)
for (let p = 0; p <= N_TAGS; p++) for (let t = 0; t < N_TAGS; t++) ALLOWED[p * N_TAGS + t] = allowed(p === N_TAGS ? -1 : p, t) ? 1 : 0

/** Viterbi over emission scores (n × N_TAGS) and transitions ((N_TAGS + 1) × N_TAGS). */
function viterbi(em: Float64Array, trans: ArrayLike<number>, n: number): Uint8Array {
  const tags = new Uint8Array(n)
  const score = new Float64Array(n * N_TAGS)
  const back = new Int8Array(n * N_TAGS)
  const start = N_TAGS * N_TAGS
  for (let t = 0; t < N_TAGS; t++) score[t] = ALLOWED[start + t] === 1 ? em[t]! + trans[start + t]! : -Infinity
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < N_TAGS; t++) {
      let best = -Infinity
      let arg = 0
      if (em[i * N_TAGS + t]! <= -1e9) {
        score[i * N_TAGS + t] = -Infinity
        continue
      }
      for (let p = 0; p < N_TAGS; p++) {
        if (ALLOWED[p * N_TAGS + t] === 0) continue
        const s = score[(i - 1) * N_TAGS + p]! + trans[p * N_TAGS + t]!
        if (s > best) {
          best = s
          arg = p
        }
      }
      score[i * N_TAGS + t] = best + em[i * N_TAGS + t]!
      back[i * N_TAGS + t] = arg
    }
  }
  let best = -Infinity
  for (let t = 0; t < N_TAGS; t++) {
    if (score[(n - 1) * N_TAGS + t]! > best) {
      best = score[(n - 1) * N_TAGS + t]!
      tags[n - 1] = t
    }
  }
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * N_TAGS + tags[i]!]!
  return tags
}
