/**
 * @module analyze/entities/model/default-tagger
 * The bundled tagger, `data/ner-model.json` (made by `npm run train:ner`), decoded once when the
 * module is imported (about 100,000 hashed features; a few milliseconds).
 */
import file from '../../../../data/ner-model.json' with { type: 'json' }
import { deserializeTagger, type TaggerModelFile } from './model-file.ts'
import type { TaggerModel } from './perceptron.ts'

export const DEFAULT_TAGGER: TaggerModel = deserializeTagger(file as TaggerModelFile)
