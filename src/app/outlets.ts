/**
 * @module app/outlets
 * Extra outlet tables (same shape as data/outlets.json) read at the edge: the files named by
 * `$MATOME_OUTLETS` (separated by the platform's path delimiter) or passed explicitly. Their
 * entries win over the bundled table in digests' source mix.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { MatomeError } from '../core/errors.ts'
import { OUTLET_KINDS, type OutletEntry } from '../digest/outlets.ts'

/** Read outlet tables; a missing file or a malformed entry is an error naming the file. */
export function loadOutletTables(files: readonly string[]): OutletEntry[] {
  return files.flatMap((file) => {
    let table: unknown
    try {
      table = JSON.parse(readFileSync(file, 'utf8'))
    } catch (error) {
      throw new MatomeError('cli/usage', `outlet table ${file}: ${(error as Error).message}`)
    }
    const outlets = (table as { outlets?: unknown }).outlets
    if (!Array.isArray(outlets)) throw new MatomeError('cli/usage', `outlet table ${file}: expected {"outlets": [...]}`)
    return outlets.map((entry: unknown, i: number): OutletEntry => {
      const e = entry as Partial<OutletEntry>
      if (typeof e.name !== 'string' || e.kind === undefined || !OUTLET_KINDS.includes(e.kind)) {
        throw new MatomeError('cli/usage', `outlet table ${file}: entry ${i} needs "name" and a "kind" of ${OUTLET_KINDS.join(', ')}`)
      }
      return e as OutletEntry
    })
  })
}

/** The tables named by `$MATOME_OUTLETS` (none when unset). */
export function outletsFromEnv(env: NodeJS.ProcessEnv = process.env): OutletEntry[] {
  const list = env['MATOME_OUTLETS']
  return list === undefined || list === '' ? [] : loadOutletTables(list.split(path.delimiter).filter((f) => f !== ''))
}
