/**
 * @module cli/exit
 * Exit codes and the one place errors reach the terminal: 0 ok, 1 failure, 2 usage.
 */
import { isMatomeError } from '../core/errors.ts'

export const EXIT_OK = 0
export const EXIT_FAILURE = 1
export const EXIT_USAGE = 2

/** System calls whose failure means the input could not be read (an expected failure, not a bug). */
const READ_SYSCALLS = new Set(['open', 'read', 'stat', 'lstat', 'fstat', 'scandir', 'readlink'])

/** Print an error with its code on stderr and return the exit code it maps to. */
export function reportError(error: unknown): number {
  if (isMatomeError(error)) {
    process.stderr.write(`matome: error ${error.code}: ${error.message}\n`)
    return error.code === 'cli/usage' ? EXIT_USAGE : EXIT_FAILURE
  }
  const system = error as NodeJS.ErrnoException
  if (error instanceof Error && typeof system.code === 'string' && system.syscall !== undefined && READ_SYSCALLS.has(system.syscall)) {
    // e.g. stdin redirected from a folder (EISDIR): one line, no stack trace
    process.stderr.write(`matome: error ingest/read-failed: cannot read ${system.path ?? 'the input'}: ${system.code}\n`)
    return EXIT_FAILURE
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
  process.stderr.write(`matome: unexpected error: ${message}\n`)
  return EXIT_FAILURE
}
