/**
 * @module runtime/read-lines
 * Lines of a byte stream split on "\n" only (a trailing "\r" is dropped). node:readline is not
 * used because it also breaks at U+2028 / U+2029, which JSON strings may carry raw: one JSONL
 * article would become several bogus invalid-JSON lines.
 */
import type { Readable } from 'node:stream'
import { StringDecoder } from 'node:string_decoder'

/** Yield each line of `input` (UTF-8), without its line terminator. */
export async function* readLines(input: Readable): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8')
  let rest = ''
  for await (const chunk of input) {
    rest += typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer)
    let at = rest.indexOf('\n')
    while (at >= 0) {
      const line = rest.slice(0, at)
      yield line.endsWith('\r') ? line.slice(0, -1) : line
      rest = rest.slice(at + 1)
      at = rest.indexOf('\n')
    }
  }
  rest += decoder.end()
  if (rest !== '') yield rest.endsWith('\r') ? rest.slice(0, -1) : rest
}
