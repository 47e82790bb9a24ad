/**
 * Pure folders stay pure: no file I/O, network, environment, clock or randomness in
 * src/{core,extract,analyze,dedupe,cluster,digest,render}/ (tests beside the code excepted).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from '../src/runtime/paths.ts'

const PURE_FOLDERS = ['core', 'extract', 'analyze', 'dedupe', 'cluster', 'digest', 'render']
const FORBIDDEN: readonly (readonly [string, RegExp])[] = [
  ['node:fs', /['"](?:node:)?fs(?:\/promises)?['"]/],
  ['node:net', /['"](?:node:)?(?:net|http|https|dgram|tls|child_process)['"]/],
  ['fetch(', /\bfetch\s*\(/],
  ['process.env', /\bprocess\.env\b/],
  ['Date.now', /\bDate\.now\b|\bnew Date\(\s*\)/],
  ['Math.random', /\bMath\.random\b/],
]

/** Source files (not tests) under `dir`, recursively. */
function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.(?:ts|js|mjs)$/.test(entry.name) && !/\.test\.(?:ts|js|mjs)$/.test(entry.name) ? [full] : []
  })
}

/** The code of a file without its comments (a comment may mention Date.now). */
function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
}

test('layering', async (t) => {
  await t.test('pure folders use no I/O, environment, clock or randomness', () => {
    const offences: string[] = []
    for (const folder of PURE_FOLDERS) {
      for (const file of sourceFiles(path.join(REPO_ROOT, 'src', folder))) {
        const code = stripComments(readFileSync(file, 'utf8'))
        for (const [name, pattern] of FORBIDDEN) {
          if (pattern.test(code)) offences.push(`${path.relative(REPO_ROOT, file)} uses ${name}`)
        }
      }
    }
    assert.deepEqual(offences, [])
  })
  await t.test('the check finds what it forbids', () => {
    const sample = stripComments("import { readFileSync } from 'node:fs'\nconst t = Date.now() // fine here: Math.random\n")
    assert.ok(FORBIDDEN.find(([name]) => name === 'node:fs')?.[1].test(sample))
    assert.ok(FORBIDDEN.find(([name]) => name === 'Date.now')?.[1].test(sample))
    assert.ok(!FORBIDDEN.find(([name]) => name === 'Math.random')?.[1].test(sample))
  })
})
