import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { gzipSync } from 'node:zlib'
import { fetchBytes } from './fetch.ts'
import { respond, startServer } from '../../test/fixtures/ingest/server.ts'

const server = await startServer({
  '/page': respond('<p>本文です。</p>', { 'content-type': 'text/html; charset=utf-8', etag: '"v1"' }),
  '/hop1': respond('', { location: '/hop2' }, 301),
  '/hop2': respond('', { location: '/page' }, 302),
  '/loop': respond('', { location: '/loop' }, 302),
  '/missing': respond('gone', {}, 404),
  '/big': respond(new Uint8Array(2048), { 'content-type': 'application/octet-stream' }),
  '/bomb': respond(gzipSync(new Uint8Array(4096)), { 'content-encoding': 'gzip' }),
  '/cached': (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') {
      res.writeHead(304)
      res.end()
    } else respond('x', { etag: '"v1"' })(req, res)
  },
  '/slow': () => {
    // never answers: the client's timeout must end the request
  },
  '/to-file': respond('', { location: 'file:///etc/passwd' }, 302),
})
after(() => server.close())

const open = { allowPrivateNetwork: true } as const

test('fetchBytes reads a page and its headers', async () => {
  const r = await fetchBytes(`${server.origin}/page`, open)
  assert.ok(r.ok)
  assert.equal(new TextDecoder().decode(r.value.bytes), '<p>本文です。</p>')
  assert.equal(r.value.contentType, 'text/html; charset=utf-8')
  assert.equal(r.value.etag, '"v1"')
})

test('fetchBytes follows redirects by hand and stops after the limit', async () => {
  const r = await fetchBytes(`${server.origin}/hop1`, open)
  assert.ok(r.ok)
  assert.equal(r.value.url, `${server.origin}/page`)
  const loop = await fetchBytes(`${server.origin}/loop`, open)
  assert.equal(loop.ok ? 'ok' : loop.reason, 'ingest/too-many-redirects')
  const short = await fetchBytes(`${server.origin}/hop1`, { ...open, maxRedirects: 1 })
  assert.equal(short.ok ? 'ok' : short.reason, 'ingest/too-many-redirects')
})

test('fetchBytes refuses loopback addresses unless the private network is allowed', async () => {
  const r = await fetchBytes(`${server.origin}/page`)
  assert.equal(r.ok ? 'ok' : r.reason, 'ingest/forbidden-address')
  const before = server.requests.length
  await fetchBytes(`http://localhost:${new URL(server.origin).port}/page`, { resolve: async () => ['::ffff:127.0.0.1'] })
  assert.equal(server.requests.length, before, 'no request reaches a forbidden host')
  const viaDns = await fetchBytes('http://intranet.example.jp/', { resolve: async () => ['10.0.0.8'] })
  assert.equal(viaDns.ok ? 'ok' : viaDns.reason, 'ingest/forbidden-address')
})

test('fetchBytes checks every redirect hop, including the scheme', async () => {
  const r = await fetchBytes(`${server.origin}/to-file`, open)
  assert.equal(r.ok ? 'ok' : r.reason, 'ingest/unsupported-scheme')
  const ftp = await fetchBytes('ftp://example.jp/feed.xml')
  assert.equal(ftp.ok ? 'ok' : ftp.reason, 'ingest/unsupported-scheme')
})

test('fetchBytes turns statuses, size limits and timeouts into rejections', async () => {
  const missing = await fetchBytes(`${server.origin}/missing`, open)
  assert.equal(missing.ok ? 'ok' : missing.reason, 'ingest/http-status')
  const big = await fetchBytes(`${server.origin}/big`, { ...open, maxBytes: 1024 })
  assert.equal(big.ok ? 'ok' : big.reason, 'ingest/too-large')
  const bomb = await fetchBytes(`${server.origin}/bomb`, { ...open, maxBytes: 1024 })
  assert.equal(bomb.ok ? 'ok' : bomb.reason, 'ingest/too-large', 'the limit counts decompressed bytes')
  const slow = await fetchBytes(`${server.origin}/slow`, { ...open, timeoutMs: 150 })
  assert.equal(slow.ok ? 'ok' : slow.reason, 'ingest/fetch-failed')
})

test('fetchBytes passes conditional headers and reports 304 as not modified', async () => {
  const r = await fetchBytes(`${server.origin}/cached`, { ...open, headers: { 'if-none-match': '"v1"' } })
  assert.ok(r.ok)
  assert.equal(r.value.notModified, true)
})

test('fetchBytes uses the injected fetch function', async () => {
  const seen: string[] = []
  const fake = async (url: string): Promise<Response> => {
    seen.push(url)
    return new Response('注入', { status: 200, headers: { 'content-type': 'text/plain' } })
  }
  const r = await fetchBytes('https://news.example.jp/a', { fetch: fake, resolve: async () => ['203.0.114.10'] })
  assert.ok(r.ok)
  assert.deepEqual(seen, ['https://news.example.jp/a'])
})

test('fetchBytes refuses a public page that redirects to a private address', async () => {
  const seen: string[] = []
  const fake = async (url: string): Promise<Response> => {
    seen.push(url)
    return new Response(null, { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } })
  }
  const r = await fetchBytes('https://news.example.jp/a', { fetch: fake, resolve: async () => ['203.0.114.10'] })
  assert.equal(r.ok ? 'ok' : r.reason, 'ingest/forbidden-address')
  assert.deepEqual(seen, ['https://news.example.jp/a'], 'the private address is never requested')
})

test('fetchBytes refuses a host whose DNS answer turns private between the check and the connection (rebinding)', async () => {
  const port = new URL(server.origin).port
  const before = server.requests.length
  // the check sees a public address; the socket's own lookup then gets the loopback address
  const rebound = await fetchBytes(`http://rebind.example.jp:${port}/page`, {
    resolve: async () => ['203.0.114.10'],
    connectLookup: (_host, _options, callback) => callback(null, [{ address: '127.0.0.1', family: 4 }]),
  })
  assert.equal(rebound.ok ? 'ok' : rebound.reason, 'ingest/forbidden-address')
  assert.match(rebound.ok ? '' : rebound.detail, /at connection time/)
  assert.equal(server.requests.length, before, 'no request reaches the rebound address')
  // the same connection path reaches the server when the private network is allowed
  const allowed = await fetchBytes(`http://rebind.example.jp:${port}/page`, {
    allowPrivateNetwork: true,
    connectLookup: (_host, _options, callback) => callback(null, [{ address: '127.0.0.1', family: 4 }]),
  })
  assert.ok(allowed.ok)
  assert.equal(new TextDecoder().decode(allowed.value.bytes), '<p>本文です。</p>')
  // a strict request right after never reuses the permissive request's kept-alive connection
  const again = await fetchBytes(`http://rebind.example.jp:${port}/page`, {
    resolve: async () => ['203.0.114.10'],
    connectLookup: (_host, _options, callback) => callback(null, [{ address: '127.0.0.1', family: 4 }]),
  })
  assert.equal(again.ok ? 'ok' : again.reason, 'ingest/forbidden-address')
})
