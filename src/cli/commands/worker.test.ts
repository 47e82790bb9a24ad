import { test } from 'node:test'
import assert from 'node:assert/strict'
import { queueUrl } from './worker.ts'

test('queueUrl: the queues need a PostgreSQL --db / MATOME_DB; a SQLite path is a usage error naming it', () => {
  assert.equal(queueUrl('postgres://matome@db.internal/matome', 'matome worker'), 'postgres://matome@db.internal/matome')
  assert.throws(() => queueUrl('/srv/matome.db', 'ingest --queue'), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'cli/usage')
    assert.match(error.message, /^ingest --queue needs PostgreSQL: .*\/srv\/matome\.db$/)
    return true
  })
})
