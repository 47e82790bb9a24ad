/**
 * @module app/demo
 * `matome demo` without the serving: a fresh SQLite store, the bundled corpus (`data/demo/`)
 * ingested without network, stories and digests built, and every digest written to `out/`
 * (Markdown, HTML, the seed layout, JSON) with an `index.html` that links them.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Tokenizer } from '../analyze/tokens/tokenizer.ts'
import { renderHtml, renderJson, renderMarkdown, renderSeed } from '../render/index.ts'
import { REPO_ROOT } from '../runtime/paths.ts'
import type { Repository } from '../store/repository.ts'
import { openStore } from './open-store.ts'
import { loadCatalog, type Catalog } from './catalog.ts'
import { ingestSources, type IngestSummary } from '../ingest/ingest-sources.ts'
import { rebuild, type RebuildReport } from './rebuild.ts'
import { loadOutletTables } from './outlets.ts'
import { renderStaticIndex } from './static-index.ts'
import { STYLESHEET } from '../web/style.ts'

/** The bundled demo corpus. */
export const DEMO_DATA_DIR = path.join(REPO_ROOT, 'data', 'demo')
/** The outlet table of the demo corpus's invented outlets. */
export const DEMO_OUTLETS = path.join(REPO_ROOT, 'data', 'outlets-demo.json')

export type DemoOptions = {
  readonly outDir: string
  /** default `<outDir>/demo.db` */
  readonly dbPath?: string
  readonly dataDir?: string
  readonly tokenizer: Tokenizer
  readonly progress?: (message: string) => void
}

export type DemoResult = {
  readonly repository: Repository
  readonly dbPath: string
  readonly ingest: IngestSummary
  readonly rebuild: RebuildReport
  readonly catalog: Catalog
  /** files written, relative to outDir */
  readonly files: readonly string[]
}

/** Build the demo store and its output files; the caller closes `repository`. */
export async function buildDemo(options: DemoOptions): Promise<DemoResult> {
  const progress = options.progress ?? ((): void => undefined)
  const dbPath = options.dbPath ?? path.join(options.outDir, 'demo.db')
  mkdirSync(options.outDir, { recursive: true })
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true })
  const repository = openStore(dbPath, { synchronous: 'NORMAL' })
  const ingest = await ingestSources([options.dataDir ?? DEMO_DATA_DIR], { repository, network: false })
  progress(`ingested ${ingest.ingested} articles (${ingest.rejected} rejected)`)
  // the demo's invented outlets and their kinds (a table of the same shape as data/outlets.json)
  const outlets = loadOutletTables([DEMO_OUTLETS].filter((f) => existsSync(f)))
  const report = await rebuild(repository, { tokenizer: options.tokenizer, progress, outlets })
  const catalog = await loadCatalog(repository)
  const files = writeOutputs(options.outDir, catalog)
  progress(`wrote ${files.length} files to ${options.outDir}`)
  return { repository, dbPath, ingest, rebuild: report, catalog, files }
}

/** Write each digest as md, html, seed and json under `stories/`, plus `index.html` and its stylesheet. */
export function writeOutputs(outDir: string, catalog: Catalog): string[] {
  const storiesDir = path.join(outDir, 'stories')
  rmSync(storiesDir, { recursive: true, force: true })
  mkdirSync(storiesDir, { recursive: true })
  mkdirSync(path.join(outDir, 'assets'), { recursive: true })
  const files: string[] = []
  const write = (relative: string, text: string): void => {
    writeFileSync(path.join(outDir, relative), text)
    files.push(relative)
  }
  const links: { file: string; entry: Catalog['stories'][number] }[] = []
  catalog.stories.forEach((entry, i) => {
    const digest = entry.digest
    if (digest === undefined) return
    const base = `stories/${String(i + 1).padStart(2, '0')}-${slug(entry.item.id)}`
    write(`${base}.md`, renderMarkdown(digest))
    write(`${base}.html`, renderHtml(digest))
    write(`${base}.seed.txt`, renderSeed(digest))
    write(`${base}.json`, renderJson(digest, { pretty: true }))
    links.push({ file: `${base}.html`, entry })
  })
  write('assets/matome.css', STYLESHEET)
  write('index.html', renderStaticIndex(links))
  return files
}

/** A file-name-safe form of an id. */
export function slug(id: string): string {
  return id.replace(/^story:/, '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'story'
}
