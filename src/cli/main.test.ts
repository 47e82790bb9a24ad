/**
 * The CLI's shared conventions, for every command: an `Examples:` section in `--help` (a pipe
 * example for the JSONL commands), `-` for stdin, and errors as `matome: error <code>: …` on
 * stderr with exit 1 (failure) or 2 (usage), never a stack trace. None of these loads the tokenizer.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Command } from 'commander'
import { REPO_ROOT } from '../runtime/paths.ts'
import { buildProgram } from './main.ts'

const MAIN = path.join(REPO_ROOT, 'src', 'cli', 'main.ts')
/** commands that read article JSONL (a file or stdin) */
const JSONL_COMMANDS = ['analyze', 'dedupe', 'summarize', 'digest', 'cluster', 'ingest']
/** engineer F still owns cluster's file; its help gains Examples there */
const PENDING = new Set<string>()

function helpOf(command: Command): string {
  let out = ''
  command.configureOutput({ writeOut: (s) => (out += s), writeErr: (s) => (out += s) })
  command.outputHelp()
  return out
}

function matome(args: readonly string[], input = ''): { status: number | null; stdout: string; stderr: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'matome-cli-'))
  try {
    const r = spawnSync(process.execPath, [MAIN, ...args], { cwd: dir, input, encoding: 'utf8', env: { ...process.env, MATOME_DB: path.join(dir, 'env.db') } })
    return { status: r.status, stdout: r.stdout, stderr: r.stderr }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

test('--help of every command ends with Examples: that run the command itself', async (t) => {
  const program = buildProgram()
  assert.match(helpOf(program), /\nExamples:\n {2}\S/)
  for (const command of program.commands) {
    const name = command.name()
    await t.test(name, { todo: PENDING.has(name) }, () => {
      const help = helpOf(command)
      const examples = help.slice(help.indexOf('\nExamples:\n'))
      assert.ok(help.includes('\nExamples:\n'), `${name} --help has no Examples: section`)
      const lines = examples.split('\n').slice(2).filter((l) => l.startsWith('  '))
      assert.ok(lines.length >= 2, `${name}: at least two examples`)
      const runs = new RegExp(`\\b(matome|npm run) ${name}\\b`)
      assert.ok(lines.some((l) => runs.test(l)), `${name}: an example runs it`)
      if (JSONL_COMMANDS.includes(name)) assert.ok(lines.some((l) => new RegExp(`\\| matome ${name}\\b`).test(l)), `${name}: a pipe example`)
    })
  }
})

test('every JSONL command reads stdin for - and a file argument otherwise', () => {
  const program = buildProgram()
  for (const name of JSONL_COMMANDS.filter((n) => !PENDING.has(n))) {
    const command = program.commands.find((c) => c.name() === name)
    assert.ok(command, name)
    const args = command.registeredArguments.map((a) => a.name())
    assert.ok(args.includes('file') || args.includes('sources'), `${name} takes a file: ${args.join(',')}`)
  }
  const lines = ['{"id":"d1","body":"県は新しい橋の開通式を来月行うと発表した。地元の期待は大きい。"}', '{"id":"d2","body":"県は新しい橋の開通式を来月行うと発表した。地元の期待は大きい。"}', '{"id":3}'].join('\n')
  const r = matome(['dedupe', '-'], lines)
  assert.equal(r.status, 0, r.stderr)
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id?: string; group?: string; error?: { code: string } })
  assert.deepEqual(out.map((o) => o.group ?? o.error?.code), ['d1', 'd1', 'input/missing-body'])
})

test('expected failures are one coded line on stderr, exit 1, and no stack trace', () => {
  for (const args of [['summarize', 'missing.jsonl'], ['dedupe', '.'], ['search', '漁獲枠']]) {
    const r = matome(args)
    assert.equal(r.status, 1, `${args.join(' ')}: ${r.stderr}`)
    assert.match(r.stderr, /^matome: error (ingest\/read-failed|store\/not-found): \S.*\n$/, args.join(' '))
    assert.equal(r.stdout, '')
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'matome-cli-db-'))
  try {
    const notADatabase = path.join(dir, 'notes.txt')
    writeFileSync(notADatabase, 'これはデータベースではない。\n'.repeat(200))
    const r = matome(['--db', notADatabase, 'stories'])
    assert.equal(r.status, 1, r.stderr)
    assert.match(r.stderr, /^matome: error cli\/store-unavailable: cannot open the store at .*notes\.txt: .+\n$/)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('usage errors (unknown option or command, bad or missing argument) exit 2 in the same format', () => {
  for (const args of [['analyze', '--bogus'], ['search'], ['summarize', '--bullets', 'x', '-'], ['digest', '--story', 's1', 'file.jsonl']]) {
    const r = matome(args)
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`)
    assert.match(r.stderr, /^matome: error cli\/usage: \S/, args.join(' '))
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace')
  }
})

test('a reader that stops early (| head) ends the command quietly with exit 0', async () => {
  const child = spawn(process.execPath, [MAIN, 'dedupe', '-'], { stdio: ['pipe', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  child.stdout.once('data', () => child.stdout.destroy())
  // enough output (long ids: about 900 KB) to overrun the pipe after the reader has gone
  const lines = Array.from({ length: 1500 }, (_, i) => JSON.stringify({ id: `${'x'.repeat(200)}-${i}`, body: `第${i}号の記事。市は新しい計画${i}を発表した。` }))
  child.stdin.end(lines.join('\n') + '\n')
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  assert.equal(code, 0, stderr)
  assert.doesNotMatch(stderr, /EPIPE|\n\s+at /)
})
