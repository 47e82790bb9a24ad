/**
 * @module analyze/entities/model/model-file
 * The tagger as a JSON document (so the pure entities stage can import it like the gazetteer):
 * feature keys and weights as base64 typed arrays, weights quantised to 16 bits with one scale.
 * Only 32-bit feature hashes are stored, never words.
 */
import { MatomeError } from '../../../core/errors.ts'
import { FEATURES_PER_TOKEN } from './features.ts'
import { buildModel, type TaggerModel } from './perceptron.ts'
import { N_TAGS, TAG_NAMES } from './tags.ts'

export const MODEL_FORMAT = 'matome-entity-tagger/1'

export type TaggerModelFile = {
  readonly format: string
  readonly tags: readonly string[]
  readonly featuresPerToken: number
  /** how the model was made (data, epochs, date) — informational */
  readonly trainedOn: string
  readonly count: number
  readonly scale: number
  /** base64 of little-endian Uint32 keys, `count` of them */
  readonly keys: string
  /** base64 of little-endian Int16 weights, `count × tags.length`; value = int × scale */
  readonly weights: string
  readonly transitions: readonly number[]
}

function toBase64(bytes: Uint8Array): string {
  let bin = ''
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(bin)
}

function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64)
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}

/** Serialise a model (keys in table order, empty slots dropped). */
export function serializeTagger(model: TaggerModel, trainedOn: string): TaggerModelFile {
  const keys: number[] = []
  for (let slot = 0; slot < model.keys.length; slot++) if (model.keys[slot] !== 0) keys.push(slot)
  const scale = model.scale
  const keyArr = new Uint32Array(keys.length)
  const weightArr = new Int16Array(keys.length * N_TAGS)
  keys.forEach((slot, i) => {
    keyArr[i] = model.keys[slot]!
    for (let t = 0; t < N_TAGS; t++) weightArr[i * N_TAGS + t] = model.weights[slot * N_TAGS + t]!
  })
  return {
    format: MODEL_FORMAT,
    tags: TAG_NAMES,
    featuresPerToken: FEATURES_PER_TOKEN,
    trainedOn,
    count: keys.length,
    scale,
    keys: toBase64(new Uint8Array(keyArr.buffer)),
    weights: toBase64(new Uint8Array(weightArr.buffer)),
    transitions: Array.from(model.transitions, (x) => Math.round(x * 1e4) / 1e4),
  }
}

/**
 * Load a serialised model; throws `entities/bad-model` when the file does not fit this code.
 * (Little-endian hosts only, as every platform Node runs on today.)
 */
export function deserializeTagger(file: TaggerModelFile): TaggerModel {
  if (file.format !== MODEL_FORMAT || file.featuresPerToken !== FEATURES_PER_TOKEN || file.tags.join() !== TAG_NAMES.join()) {
    throw new MatomeError('entities/bad-model', `entity tagger model: format ${file.format} with ${file.featuresPerToken} features per token and tags ${file.tags.join(',')} does not fit this version (${MODEL_FORMAT}, ${FEATURES_PER_TOKEN}, ${TAG_NAMES.join(',')}); retrain with npm run train:ner`)
  }
  const keys = new Uint32Array(fromBase64(file.keys).buffer)
  const weights = new Int16Array(fromBase64(file.weights).buffer)
  if (keys.length !== file.count || weights.length !== file.count * N_TAGS || file.transitions.length !== (N_TAGS + 1) * N_TAGS) {
    throw new MatomeError('entities/bad-model', `entity tagger model: expected ${file.count} keys and ${file.count * N_TAGS} weights, found ${keys.length} and ${weights.length}`)
  }
  const entries: [number, Float32Array][] = []
  for (let i = 0; i < keys.length; i++) {
    const v = new Float32Array(N_TAGS)
    for (let t = 0; t < N_TAGS; t++) v[t] = weights[i * N_TAGS + t]! * file.scale
    entries.push([keys[i]!, v])
  }
  return buildModel(entries, Float32Array.from(file.transitions))
}
