import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createFixtureStore } from '../../test/fixtures/app/store.ts'
import { openSqliteRepository } from '../store/sqlite/sqlite-repository.ts'
import { createAppService } from './service.ts'

test('follow reloads the catalog when another store handle rebuilt the stories, and only then', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'matome-follow-'))
  const file = path.join(dir, 'matome.db')
  const served = await createFixtureStore(file)
  const other = openSqliteRepository({ path: file, now: () => '2026-11-07T00:00:00.000Z' })
  try {
    const service = await createAppService(served, { tokenizer: () => Promise.reject(new Error('no tokenizer here')) })
    const before = service.catalog()
    assert.equal(await service.follow(), false, 'nothing changed')
    assert.equal(service.catalog(), before)

    // another process (a worker, a second matome ingest) rewrites the stories
    const stored = await other.listStories()
    const story = stored.find((s) => s.id === 'story:a1')!
    const { updatedAt: _kept, ...changed } = story
    await other.replaceStories([...stored.filter((s) => s.id !== story.id), { ...changed, topic: '交通・建設' }])
    assert.notEqual(service.catalog().story('story:a1')?.item.topic, '交通・建設', 'the served catalog is stale until it follows')

    assert.equal(await service.follow(), true)
    assert.equal(service.catalog().story('story:a1')?.item.topic, '交通・建設')
    assert.ok(service.catalog().generation > before.generation)
    assert.equal(await service.follow(), false, 'followed once, then up to date')
  } finally {
    await other.close()
    await served.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
