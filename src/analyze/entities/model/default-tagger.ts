/**
 * @module analyze/entities/model/default-tagger
 * The bundled tagger, `data/ner-model.json` (made by `npm run train:ner`), decoded on first use
 * (about 56,000 hashed features; a few milliseconds) and shared afterwards. Decoding on first use
 * rather than on import lets `npm run train:ner` run when the file no longer fits the code.
 */
import file from '../../../../data/ner-model.json' with { type: 'json' }
import { deserializeTagger, type TaggerModelFile } from './model-file.ts'
import type { TaggerModel } from './perceptron.ts'

let loaded: TaggerModel | undefined

/** The bundled tagger; throws `entities/bad-model` when the file does not fit this code. */
export function defaultTagger(): TaggerModel {
  loaded ??= deserializeTagger(file as TaggerModelFile)
  return loaded
}
