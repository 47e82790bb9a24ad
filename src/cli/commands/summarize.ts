/**
 * @module cli/commands/summarize
 * `matome summarize [file|-]` — article JSONL (a file, or stdin) → one line per article:
 * `{"id","title","headline","bullets":[{"text","cites":[{"id","start","end"}]}]}`. A bad line or an
 * article that cannot be summarised gives `{"id"?, "error": {"code","message"}}`; the run goes on.
 */
import type { Command } from 'commander'
import { analyzeForDigest } from '../../app/stages.ts'
import { summarizeArticle } from '../../digest/summarize-article.ts'
import { MatomeError, isMatomeError } from '../../core/errors.ts'
import { loadTokenizer } from '../../runtime/load-tokenizer.ts'
import { errorLine, readArticleLines, writeJsonLine } from '../jsonl.ts'
import { addExamples } from '../help.ts'
import { openInput } from '../input.ts'

export function register(program: Command): void {
  const command = program
    .command('summarize')
    .description('per-article summary: title (≤40), headline (≤15.5 wide) and three cited ✅ bullets, as JSONL')
    .argument('[file]', 'article JSONL (default or -: stdin)')
    .option('--bullets <n>', 'bullets per article', '3')
    .action(async (file: string | undefined, opts: { bullets: string }) => {
      const bullets = Number(opts.bullets)
      if (!Number.isInteger(bullets) || bullets < 1) throw new MatomeError('cli/usage', `--bullets must be a positive integer, got ${JSON.stringify(opts.bullets)}`)
      const input = openInput(file)
      const tokenizer = await loadTokenizer()
      for await (const line of readArticleLines(input.stream, input.name)) {
        if (!line.ok) {
          await writeJsonLine(process.stdout, errorLine(line.rejection))
          continue
        }
        const { article } = line
        try {
          const summary = summarizeArticle(article, analyzeForDigest(article, tokenizer), { bullets })
          await writeJsonLine(process.stdout, { id: summary.id, title: summary.title, headline: summary.headline, bullets: summary.bullets })
        } catch (error) {
          if (!isMatomeError(error)) throw error
          await writeJsonLine(process.stdout, { id: article.id, error: { code: error.code, message: `${input.name}:${line.line}: ${error.message}` } })
        }
      }
    })
  addExamples(command, [
    'cat articles.jsonl | matome summarize | jq -r .headline',
    'matome summarize articles.jsonl --bullets 5',
    'matome summarize - < articles.jsonl',
  ])
}
