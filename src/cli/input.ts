/**
 * @module cli/input
 * Where a JSONL command reads from: a file argument, or stdin when the argument is absent or `-`.
 * A file that cannot be opened is a coded error (`ingest/read-failed`, exit 1), never a stack trace.
 */
import { closeSync, createReadStream, fstatSync, openSync } from 'node:fs'
import type { Readable } from 'node:stream'
import { MatomeError } from '../core/errors.ts'

/** An opened input and the name its error lines carry (`stdin` or the path). */
export type CliInput = { readonly stream: Readable; readonly name: string }

/** True when the argument means stdin (absent or `-`). */
export function isStdin(file: string | undefined): file is undefined | '-' {
  return file === undefined || file === '-'
}

/**
 * Open `file` for reading, or stdin for `undefined` / `-`.
 * @throws MatomeError('ingest/read-failed') when the file is missing, a folder or unreadable
 */
export function openInput(file: string | undefined, stdin: Readable = process.stdin): CliInput {
  if (isStdin(file)) {
    // a person at a terminal who forgot the input would otherwise see nothing happen
    if ((stdin as { isTTY?: boolean }).isTTY === true) process.stderr.write('matome: reading article JSONL from stdin (end with Ctrl-D; a file name or --help instead)\n')
    return { stream: stdin, name: 'stdin' }
  }
  let fd: number
  try {
    fd = openSync(file, 'r')
  } catch (error) {
    throw new MatomeError('ingest/read-failed', `cannot read ${file}: ${reason(error)}`)
  }
  if (fstatSync(fd).isDirectory()) {
    closeSync(fd)
    throw new MatomeError('ingest/read-failed', `cannot read ${file}: it is a folder (give a JSONL file, or - for stdin)`)
  }
  return { stream: createReadStream(file, { fd }), name: file }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  return code ?? (error instanceof Error ? error.message : String(error))
}
