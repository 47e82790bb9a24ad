/**
 * @module cli/commands/analyze
 * `matome analyze [file|-]`: JSONL articles (a file, or stdin) → one JSON line per input line, in order, with
 * sentences, entities, dates, numbers and quotes as UTF-16 `[start, end)` offsets into the
 * `body` (or `text`) string exactly as given; tokens behind `--tokens`. A bad line becomes an
 * error line and the run goes on.
 */
import type { Command } from 'commander'
import type { Article } from '../../core/article.ts'
import type { AnalyzedDoc } from '../../core/doc.ts'
import { isMatomeError } from '../../core/errors.ts'
import { analyzeArticle } from '../../analyze/pipeline.ts'
import { loadTokenizer } from '../../runtime/load-tokenizer.ts'
import { errorLine, readArticleLines, writeJsonLine } from '../jsonl.ts'
import { addExamples } from '../help.ts'
import { openInput } from '../input.ts'

export type AnalyzeCommandOptions = {
  readonly tokens?: boolean
  readonly diagnostics?: boolean
  readonly userDict?: readonly string[]
}

const FORMAT = `
Input: one JSON object per line, {"id", "title"?, "body" (or "text"), "publishedAt"?, "source"?, "url"?}.
Output: one JSON line per input line, in order:
  {"id", "sentences": [{"start","end","kind"}], "entities": [{"start","end","type","subtype"?,"text","canonical","id","role"?}],
   "dates": [{"start","end","value","granularity","kind"}], "numbers": [{"start","end","value","unit","qualifier"?}],
   "quotes": [{"start","end","content","speaker","speakerText"?}], "tokens"? , "diagnostics"?}
A line that is not valid JSON or lacks a body gives {"id"?, "error": {"code", "message"}} and the run goes on.
`

/** The output line of one analysed article (plain JSON). */
export function toOutputLine(article: Article, doc: AnalyzedDoc, options: AnalyzeCommandOptions = {}): Record<string, unknown> {
  const { layers } = doc
  const out: Record<string, unknown> = { id: article.id }
  if (article.title !== undefined) out['title'] = article.title
  if (article.publishedAt !== undefined) out['publishedAt'] = article.publishedAt
  out['sentences'] = layers.sentences ?? []
  if (options.tokens === true) out['tokens'] = layers.tokens ?? []
  out['entities'] = (layers.entities ?? []).map((ent) => ({
    start: ent.start, end: ent.end, type: ent.type,
    ...(ent.subtype === undefined ? {} : { subtype: ent.subtype }),
    text: ent.text, canonical: ent.canonical, id: ent.id,
    ...(ent.role === undefined ? {} : { role: ent.role }),
  }))
  out['dates'] = layers.dates ?? []
  out['numbers'] = layers.numbers ?? []
  out['quotes'] = layers.quotes ?? []
  if (options.diagnostics === true) out['diagnostics'] = doc.diagnostics
  return out
}

/** Run the command over a stream (exported for tests). Returns the number of error lines. */
export async function runAnalyze(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, options: AnalyzeCommandOptions = {}, name = 'stdin'): Promise<number> {
  const tokenizer = await loadTokenizer(options.userDict === undefined ? {} : { userDictPaths: options.userDict })
  let errors = 0
  for await (const result of readArticleLines(input as import('node:stream').Readable, name)) {
    if (!result.ok) {
      errors++
      await writeJsonLine(output as import('node:stream').Writable, errorLine(result.rejection))
      continue
    }
    const { article } = result
    let line: Record<string, unknown>
    try {
      line = toOutputLine(article, analyzeArticle(article, { tokenizer }), options)
    } catch (error) {
      // one broken article never stops the batch: report it on its own line
      errors++
      const code = isMatomeError(error) ? error.code : 'analyze/stage-failed'
      line = { id: article.id, error: { code, message: `${name}:${result.line}: ${(error as Error).message}` } }
    }
    await writeJsonLine(output as import('node:stream').Writable, line)
  }
  return errors
}

export function register(program: Command): void {
  const command = program
    .command('analyze')
    .description('analyse Japanese articles (JSONL → JSONL): sentences, entities, dates, numbers, quotes')
    .argument('[file]', 'article JSONL (default or -: stdin)')
    .option('--tokens', 'include the tokens layer')
    .option('--diagnostics', 'include the diagnostics stages reported')
    .option('--user-dict <file...>', 'extra user-dictionary TSV files (also $MATOME_USER_DICT)')
    .addHelpText('after', FORMAT)
    .action(async (file: string | undefined, opts: { tokens?: boolean; diagnostics?: boolean; userDict?: string[] }) => {
      const options: AnalyzeCommandOptions = {
        tokens: opts.tokens === true,
        diagnostics: opts.diagnostics === true,
        ...(opts.userDict === undefined ? {} : { userDict: opts.userDict }),
      }
      const input = openInput(file)
      await runAnalyze(input.stream, process.stdout, options, input.name)
    })
  addExamples(command, [
    'cat articles.jsonl | matome analyze | jq .entities',
    'matome analyze articles.jsonl --tokens > analysed.jsonl',
    `echo '{"id":"a1","body":"松野官房長官は28日、「注視している」と述べた。","publishedAt":"2022-02-28"}' | matome analyze`,
  ])
}
