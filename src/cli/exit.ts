/**
 * @module cli/exit
 * Exit codes and the one place errors reach the terminal: 0 ok, 1 failure, 2 usage.
 */
import { isMatomeError } from '../core/errors.ts'

export const EXIT_OK = 0
export const EXIT_FAILURE = 1
export const EXIT_USAGE = 2

/** Print an error with its code on stderr and return the exit code it maps to. */
export function reportError(error: unknown): number {
  if (isMatomeError(error)) {
    process.stderr.write(`matome: error ${error.code}: ${error.message}\n`)
    return error.code === 'cli/usage' ? EXIT_USAGE : EXIT_FAILURE
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
  process.stderr.write(`matome: unexpected error: ${message}\n`)
  return EXIT_FAILURE
}
