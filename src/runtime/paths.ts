/**
 * @module runtime/paths
 * Where things are: the repository root, and the shared folder beside it that holds the
 * evaluation data and the seed documents (read from there, never copied into the repo).
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root (the folder with package.json). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** `../shared` beside the repository, or `$MATOME_SHARED`. */
export const SHARED_DIR = process.env['MATOME_SHARED'] ?? path.resolve(REPO_ROOT, '..', 'shared')

/** A file of the shared evaluation data, e.g. `evalDataPath('stockmark-ner', 'dev.jsonl')`. */
export function evalDataPath(...parts: string[]): string {
  return path.join(SHARED_DIR, 'evaldata', ...parts)
}

/** A seed document, e.g. `seedPath('000_source-news-page.txt')`. */
export function seedPath(name: string): string {
  return path.join(SHARED_DIR, 'seeds', name)
}
