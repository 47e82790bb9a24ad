/**
 * @module render/json
 * The digest as JSON (the API and `--format json`): the `Digest` object itself.
 */
import type { Digest } from '../core/digest.ts'

export type JsonRenderOptions = { readonly pretty?: boolean }

/** One JSON text; one line unless `pretty`. */
export function renderJson(digest: Digest, options: JsonRenderOptions = {}): string {
  return options.pretty === true ? JSON.stringify(digest, null, 2) : JSON.stringify(digest)
}
