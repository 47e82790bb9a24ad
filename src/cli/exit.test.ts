import { test } from 'node:test'
import assert from 'node:assert/strict'
import { MatomeError } from '../core/errors.ts'
import { EXIT_FAILURE, EXIT_USAGE, reportError } from './exit.ts'

/** reportError's stderr output and exit code. */
function report(error: unknown): { code: number; stderr: string } {
  const original = process.stderr.write.bind(process.stderr)
  let stderr = ''
  process.stderr.write = ((chunk: string) => ((stderr += chunk), true)) as typeof process.stderr.write
  try {
    return { code: reportError(error), stderr }
  } finally {
    process.stderr.write = original
  }
}

test('a coded error is one line with its code; cli/usage exits 2, the rest 1', () => {
  assert.deepEqual(report(new MatomeError('cli/usage', '--limit must be a positive integer')), { code: EXIT_USAGE, stderr: 'matome: error cli/usage: --limit must be a positive integer\n' })
  assert.deepEqual(report(new MatomeError('store/not-found', 'no story "s1" in the store')), { code: EXIT_FAILURE, stderr: 'matome: error store/not-found: no story "s1" in the store\n' })
})

test('a failed read by the system is an expected failure: one coded line, no stack trace', () => {
  const eisdir = Object.assign(new Error('EISDIR: illegal operation on a directory, read'), { code: 'EISDIR', syscall: 'read', errno: -21 })
  assert.deepEqual(report(eisdir), { code: EXIT_FAILURE, stderr: 'matome: error ingest/read-failed: cannot read the input: EISDIR\n' })
})

test('anything else is a bug: reported with its stack', () => {
  const { code, stderr } = report(new TypeError('x is undefined'))
  assert.equal(code, EXIT_FAILURE)
  assert.match(stderr, /^matome: unexpected error: TypeError: x is undefined\n\s+at /)
})
