/**
 * The typed target map (no tokenizer loaded): `parseTargetMap` reads kuromoji's tid_map bytes as
 * `TokenInfoDictionary.loadTargetMap` does, and `targetMapObject` answers kuromoji's own look-ups.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseTargetMap, targetMapObject } from './kuromoji-internals.ts'

/** Little-endian int32 bytes of `values`, as kuromoji's ByteBuffer.putInt writes them. */
function ints(values: readonly number[], padding = 0): Uint8Array {
  const bytes = new Uint8Array(values.length * 4 + padding)
  const view = new DataView(bytes.buffer)
  values.forEach((v, i) => view.setInt32(i * 4, v, true))
  return bytes
}

test('parseTargetMap', async (t) => {
  await t.test('groups the entries of each key in file order, keys in any order', () => {
    // count 3; key 2 → [40, 50]; key 0 → [10]; key 2 again → [60]
    const map = parseTargetMap(ints([3, 2, 2, 40, 50, 0, 1, 10, 2, 1, 60]))
    assert.deepEqual([...map.offsets], [0, 1, 1, 4])
    assert.deepEqual([...map.ids], [10, 40, 50, 60])
  })
  await t.test('ignores zero padding after the last key, as kuromoji does', () => {
    const map = parseTargetMap(ints([1, 1, 2, 7, 8], 11))
    assert.deepEqual([...map.ids], [7, 8])
    assert.deepEqual([...map.offsets], [0, 0, 2])
  })
})

test('targetMapObject', async (t) => {
  await t.test('reads like kuromoji\'s object: arrays for known keys, undefined otherwise', () => {
    const object = targetMapObject(parseTargetMap(ints([2, 0, 1, 10, 2, 2, 30, 31])))
    assert.deepEqual(object[0], [10])
    assert.deepEqual(object[2], [30, 31])
    assert.equal(object[1], undefined)
    assert.equal(object[3], undefined)
    assert.equal(object[-1], undefined)
  })
})
