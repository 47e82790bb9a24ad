import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runRepositoryContract } from '../repository.contract.ts'
import { resolveDbPath } from '../db-path.ts'
import Database from 'better-sqlite3'
import { applyMigrations } from './migrations.ts'
import { openSqliteRepository } from './sqlite-repository.ts'

runRepositoryContract('SqliteRepository (:memory:)', async (now) => openSqliteRepository({ path: ':memory:', now }))

test('SqliteRepository: a file store uses WAL, synchronous FULL, and keeps data across reopen', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'matome-store-'))
  try {
    const file = path.join(dir, 'm.db')
    const repo = openSqliteRepository({ path: file })
    assert.equal(repo.db.pragma('journal_mode', { simple: true }), 'wal')
    assert.equal(repo.db.pragma('synchronous', { simple: true }), 2)
    await repo.putArticles([{ id: 'k1', body: '保存された本文です。' }])
    await repo.close()
    const again = openSqliteRepository({ path: file })
    assert.deepEqual(await again.migrate(), [])
    assert.equal((await again.getArticle('k1'))?.body, '保存された本文です。')
    await again.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('resolveDbPath: --db, then MATOME_DB, then ./matome.db', () => {
  assert.equal(resolveDbPath('x.db', { MATOME_DB: '/tmp/y.db' }), path.resolve('x.db'))
  assert.equal(resolveDbPath(undefined, { MATOME_DB: '/tmp/y.db' }), '/tmp/y.db')
  assert.equal(resolveDbPath(undefined, {}), path.resolve('matome.db'))
  assert.equal(resolveDbPath(':memory:', {}), ':memory:')
})

test('applyMigrations: numbered, once each, and a failing one is rolled back with store/migration-failed', () => {
  const db = new Database(':memory:')
  const migrations = [
    { version: 1, name: 'one', sql: 'CREATE TABLE t (x INTEGER);' },
    { version: 2, name: 'two', sql: 'INSERT INTO t VALUES (1); INSERT INTO missing VALUES (2);' },
  ]
  assert.throws(() => applyMigrations(db, migrations), { code: 'store/migration-failed' })
  assert.equal(db.prepare('SELECT COUNT(*) FROM t').pluck().get(), 0, 'the failed migration left nothing behind')
  assert.deepEqual(db.prepare('SELECT version FROM schema_migrations').pluck().all(), [1])
  const fixed = [migrations[0]!, { version: 2, name: 'two', sql: 'INSERT INTO t VALUES (1);' }]
  assert.deepEqual(applyMigrations(db, fixed), [2])
  assert.deepEqual(applyMigrations(db, fixed), [])
  db.close()
})
