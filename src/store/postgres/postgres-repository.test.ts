import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import postgres from 'postgres'
import { runRepositoryContract } from '../repository.contract.ts'
import { resolveDbPath } from '../db-path.ts'
import { openPostgresRepository, isPostgresUrl, redactUrl, type PostgresRepository } from './postgres-repository.ts'
import { applyPgMigrations } from './migrations.ts'
import { postgresRequired, startTestServer, type TestServer } from './throwaway-cluster.ts'

// One server for the file (a throwaway cluster, or $MATOME_TEST_PG_URL); one fresh schema per test.
const started = await startTestServer()
if (started.server === undefined && postgresRequired()) {
  test('PostgreSQL is required here (MATOME_REQUIRE_PG=1)', () => assert.fail(started.reason))
}
const server: TestServer | undefined = started.server
const skip = started.server === undefined ? `skipped: ${started.reason}` : false
let schemas = 0
const opened: PostgresRepository[] = []
const schemaName = (): string => `matome_test_${process.pid}_${++schemas}`

function fresh(now?: () => string, schema = schemaName()): PostgresRepository {
  const repo = openPostgresRepository({ url: server?.url ?? '', schema, ...(now === undefined ? {} : { now }) })
  opened.push(repo)
  return repo
}

after(async () => {
  if (server === undefined) return
  const admin = postgres(server.url, { onnotice: () => undefined, max: 1 })
  try {
    for (let i = 1; i <= schemas; i++) await admin.unsafe(`DROP SCHEMA IF EXISTS matome_test_${process.pid}_${i} CASCADE`)
  } finally {
    await admin.end()
    server.stop()
  }
})

if (server === undefined) {
  test('PostgresRepository contract', { skip }, () => undefined)
} else {
  before(() => {
    // a message in the log naming the server used (the cluster or MATOME_TEST_PG_URL)
    process.stderr.write(`# PostgreSQL for the store tests: ${redactUrl(server.url)}${server.owned ? ' (throwaway cluster)' : ''}\n`)
  })
  runRepositoryContract('PostgresRepository', async (now) => fresh(now))

  test('PostgresRepository: data survives a reopen, migrations stay applied, search uses pg_trgm', async () => {
    const schema = schemaName()
    const repo = fresh(undefined, schema)
    await repo.putArticles([{ id: 'k1', body: '保存された本文です。' }])
    assert.equal(await repo.searchMode(), 'pg_trgm', 'the throwaway cluster has pg_trgm and a UTF-8 ctype')
    const [compression] = await repo.sql`SELECT attcompression AS c FROM pg_attribute WHERE attrelid = 'analyses'::regclass AND attname = 'doc'`
    assert.equal(compression?.['c'], 'l', 'analyses are compressed with lz4')
    await repo.close()
    const again = fresh(undefined, schema)
    assert.deepEqual(await again.migrate(), [])
    assert.equal((await again.getArticle('k1'))?.body, '保存された本文です。')
    await again.close()
  })

  test('PostgresRepository: concurrent writers of the same URL store it once (advisory lock)', async () => {
    const schema = schemaName()
    const a = fresh(undefined, schema)
    await a.migrate()
    const b = fresh(undefined, schema)
    const batch = (prefix: string): { id: string; body: string; url: string }[] =>
      Array.from({ length: 50 }, (_, i) => ({ id: `${prefix}${i}`, body: `本文${i}`, url: `https://example.jp/n/${i}` }))
    const [ra, rb] = await Promise.all([a.putArticles(batch('x')), b.putArticles(batch('y'))])
    const inserted = [...ra, ...rb].filter((r) => r.status === 'inserted').length
    assert.equal(inserted, 50)
    assert.equal((await a.counts()).articles, 50)
    await Promise.all([a.close(), b.close()])
  })

  test('PostgresRepository: a failing batch rolls back alone; NUL in text is stored as U+FFFD', async () => {
    const repo = fresh()
    await repo.putArticles([{ id: 'ok1', body: '先に保存された記事。' }])
    // a body that is not a string makes the driver fail inside the transaction
    await assert.rejects(repo.putArticles([{ id: 'ok2', body: '同じ批の記事。' }, { id: 'bad', body: 42 as unknown as string }]))
    assert.deepEqual((await repo.listArticles()).map((a) => a.id), ['ok1'])
    await repo.putArticles([{ id: 'nul', body: 'A\u0000B' }])
    assert.equal((await repo.getArticle('nul'))?.body, 'A\uFFFDB')
    await repo.close()
  })

  test('PostgresRepository: an unreachable server is cli/store-unavailable, naming the URL without its password', async () => {
    const repo = openPostgresRepository({ url: 'postgres://someone:secret@127.0.0.1:1/nothing' })
    await assert.rejects(repo.counts(), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'cli/store-unavailable')
      assert.match(error.message, /someone:\*\*\*@127\.0\.0\.1:1/)
      assert.doesNotMatch(error.message, /secret/)
      return true
    })
    await repo.close()
  })

  test('applyPgMigrations: a failing migration is rolled back and reported with store/migration-failed', async () => {
    const schema = schemaName()
    const sql = postgres(server.url, { onnotice: () => undefined, max: 1, connection: { search_path: schema } })
    try {
      await sql.unsafe(`CREATE SCHEMA ${schema}`)
      const one = { version: 1, name: 'one', run: async (tx: postgres.TransactionSql) => { await tx.unsafe('CREATE TABLE t (x INTEGER)') } }
      const broken = { version: 2, name: 'two', run: async (tx: postgres.TransactionSql) => { await tx.unsafe('INSERT INTO t VALUES (1); INSERT INTO missing VALUES (2)') } }
      await assert.rejects(applyPgMigrations(sql, [one, broken]), { code: 'store/migration-failed' })
      assert.deepEqual([...await sql`SELECT COUNT(*)::int AS n FROM t`], [{ n: 0 }])
      const fixed = { version: 2, name: 'two', run: async (tx: postgres.TransactionSql) => { await tx.unsafe('INSERT INTO t VALUES (1)') } }
      assert.deepEqual(await applyPgMigrations(sql, [one, fixed]), [2])
      assert.deepEqual(await applyPgMigrations(sql, [one, fixed]), [])
    } finally {
      await sql.end()
    }
  })
}

test('startTestServer: MATOME_TEST_PG_URL wins; without binaries it gives the reason to skip (or fail under MATOME_REQUIRE_PG=1)', async () => {
  const given = await startTestServer({ MATOME_TEST_PG_URL: 'postgres://ci@db/test' })
  assert.equal(given.server?.url, 'postgres://ci@db/test')
  assert.equal(given.server?.owned, false)
  const none = await startTestServer({}, { bin: '/nonexistent/bin' })
  assert.equal(none.server, undefined)
  assert.match('reason' in none ? none.reason : '', /MATOME_TEST_PG_URL.*postgresql/)
  assert.equal(postgresRequired({ MATOME_REQUIRE_PG: '1' }), true)
  assert.equal(postgresRequired({}), false)
})

test('isPostgresUrl: postgres:// and postgresql:// select PostgreSQL, paths do not', () => {
  assert.equal(isPostgresUrl('postgres://u@h/db'), true)
  assert.equal(isPostgresUrl('postgresql://u@h:5432/db'), true)
  assert.equal(isPostgresUrl('./matome.db'), false)
  assert.equal(isPostgresUrl(undefined), false)
  assert.equal(resolveDbPath(undefined, { MATOME_DB: 'postgresql://u@h/db' }), 'postgresql://u@h/db', 'a URL is not made a path')
  assert.equal(redactUrl('postgres://u:pw@h/db'), 'postgres://u:***@h/db')
})
