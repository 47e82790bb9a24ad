/**
 * @module cli/commands/summarize
 * `matome summarize [file]` — article JSONL (stdin or a file) → one line per article:
 * `{"id","title","headline","bullets":[{"text","cites":[{"id","start","end"}]}]}`. A bad line or an
 * article that cannot be summarised gives `{"id"?, "error": {"code","message"}}`; the run goes on.
 */
import { createReadStream } from 'node:fs'
import type { Command } from 'commander'
import { analyzeForDigest } from './digest.ts'
import { summarizeArticle } from '../../digest/summarize-article.ts'
import { isMatomeError } from '../../core/errors.ts'
import { loadTokenizer } from '../../runtime/load-tokenizer.ts'
import { errorLine, readArticleLines, writeJsonLine } from '../jsonl.ts'

export function register(program: Command): void {
  program
    .command('summarize')
    .description('per-article summary: title (≤40), headline (≤15.5 wide) and three cited ✅ bullets, as JSONL')
    .argument('[file]', 'article JSONL (default: stdin)')
    .option('--bullets <n>', 'bullets per article', '3')
    .action(async (file: string | undefined, opts: { bullets: string }) => {
      const tokenizer = await loadTokenizer()
      const bullets = Math.max(1, Number.parseInt(opts.bullets, 10) || 3)
      const input = file === undefined ? process.stdin : createReadStream(file)
      for await (const line of readArticleLines(input, file ?? 'stdin')) {
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
          await writeJsonLine(process.stdout, { id: article.id, error: { code: error.code, message: `${file ?? 'stdin'}:${line.line}: ${error.message}` } })
        }
      }
    })
}
