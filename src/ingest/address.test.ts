import { test } from 'node:test'
import assert from 'node:assert/strict'
import { nonPublicReason } from './address.ts'

test('nonPublicReason refuses private, loopback and link-local IPv4', () => {
  assert.equal(nonPublicReason('127.0.0.1'), 'loopback')
  assert.equal(nonPublicReason('10.1.2.3'), 'private')
  assert.equal(nonPublicReason('172.16.0.1'), 'private')
  assert.equal(nonPublicReason('172.31.255.255'), 'private')
  assert.equal(nonPublicReason('192.168.1.1'), 'private')
  assert.equal(nonPublicReason('169.254.169.254'), 'link-local')
  assert.equal(nonPublicReason('0.0.0.0'), 'this network')
  assert.equal(nonPublicReason('100.64.0.1'), 'shared address space')
})

test('nonPublicReason accepts public IPv4 next to the private ranges', () => {
  for (const ip of ['8.8.8.8', '172.15.255.255', '172.32.0.1', '192.169.0.1', '100.128.0.1', '1.1.1.1']) {
    assert.equal(nonPublicReason(ip), null, ip)
  }
})

test('nonPublicReason handles IPv6, including IPv4-mapped and embedded forms', () => {
  assert.equal(nonPublicReason('::1'), 'loopback')
  assert.equal(nonPublicReason('::'), 'unspecified')
  assert.equal(nonPublicReason('fe80::1%eth0'), 'link-local')
  assert.equal(nonPublicReason('fd12:3456::1'), 'unique local')
  assert.equal(nonPublicReason('::ffff:127.0.0.1'), 'loopback')
  assert.equal(nonPublicReason('::ffff:7f00:1'), 'loopback')
  assert.equal(nonPublicReason('::ffff:192.168.0.10'), 'private')
  assert.equal(nonPublicReason('64:ff9b::a00:1'), 'private')
  assert.equal(nonPublicReason('2002:c0a8:0101::1'), 'private')
  assert.equal(nonPublicReason('2001:4860:4860::8888'), null)
  assert.equal(nonPublicReason('::ffff:8.8.8.8'), null)
})

test('nonPublicReason treats non-addresses as not public', () => {
  assert.equal(nonPublicReason('example.jp'), 'invalid address')
})
