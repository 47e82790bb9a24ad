/**
 * @module cli/commands/dedupe
 * `matome dedupe [file|-]` — article JSONL (a file, or stdin) → one `{"id","group","canonical"}` line per input line,
 * in input order (a bad line gives an error line; the run goes on). Near-duplicates by MinHash + LSH.
 */
import type { Command } from 'commander'
import { MatomeError } from '../../core/errors.ts'
import { DuplicateIndex, type DuplicateResult } from '../../dedupe/index.ts'
import type { DedupeOptions } from '../../dedupe/options.ts'
import { errorLine, readAllArticleLines, writeJsonLine } from '../jsonl.ts'
import { addExamples } from '../help.ts'
import { openInput } from '../input.ts'

type DedupeCliOptions = { shingleSize?: string; jaccard?: string; containment?: string }

function numberOption(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isFinite(n) || n < min || n > max) throw new MatomeError('cli/usage', `--${name} must be a number in [${min}, ${max}], got ${JSON.stringify(value)}`)
  return n
}

export function register(program: Command): void {
  const command = program
    .command('dedupe')
    .description('group syndicated copies: article JSONL → {"id","group","canonical"} per line')
    .argument('[file]', 'article JSONL (default or -: stdin)')
    .option('--shingle-size <n>', 'characters per shingle')
    .option('--jaccard <x>', 'Jaccard threshold of a near-duplicate (0–1)')
    .option('--containment <x>', 'containment threshold of a truncated copy (0–1)')
    .action(async (file: string | undefined, opts: DedupeCliOptions) => {
      const options: { -readonly [K in keyof DedupeOptions]?: DedupeOptions[K] } = {}
      const shingleSize = numberOption(opts.shingleSize, 'shingle-size', 1, 50)
      const jaccard = numberOption(opts.jaccard, 'jaccard', 0, 1)
      const containment = numberOption(opts.containment, 'containment', 0, 1)
      if (shingleSize !== undefined) options.shingleSize = Math.round(shingleSize)
      if (jaccard !== undefined) options.jaccardThreshold = jaccard
      if (containment !== undefined) options.containmentThreshold = containment
      const input = openInput(file)
      const lines = await readAllArticleLines(input.stream, input.name)
      const index = new DuplicateIndex(options)
      for (const line of lines) if (line.ok) index.add(line.article)
      const results = index.results()
      let next = 0
      for (const line of lines) {
        if (!line.ok) {
          await writeJsonLine(process.stdout, errorLine(line.rejection))
          continue
        }
        const r = results[next++] as DuplicateResult
        await writeJsonLine(process.stdout, { id: r.id, group: r.group, canonical: r.canonical })
      }
    })
  addExamples(command, [
    "cat articles.jsonl | matome dedupe | jq -c 'select(.canonical != .id)'    # the copies",
    'matome dedupe articles.jsonl --jaccard 0.6',
  ])
}
