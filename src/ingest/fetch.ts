/**
 * @module ingest/fetch
 * The one way matome reads the network: a `fetch`-compatible function is injected (tests pass their
 * own), and every request is checked and bounded:
 * - only `http:` and `https:` URLs (`ingest/unsupported-scheme`);
 * - the host is resolved and refused when any address is private, loopback or link-local
 *   (`ingest/forbidden-address`) unless `allowPrivateNetwork` — before the request, for a clear
 *   error, and again by the default client's socket when it connects (`pinned-fetch.ts`), so a DNS
 *   answer that changes in between (rebinding) cannot reach the local network;
 * - redirects are followed by hand, at most 5, each hop checked again (`ingest/too-many-redirects`);
 * - a timeout per request (`ingest/fetch-failed`), a non-2xx status (`ingest/http-status`);
 * - at most 10 MB of body after decompression, counted while streaming (`ingest/too-large`).
 * Conditional requests (ETag / If-Modified-Since) pass through `headers`; 304 is `notModified`.
 */
import { lookup } from 'node:dns/promises'
import { reject, type Result } from '../core/errors.ts'
import { nonPublicReason } from './address.ts'
import { ForbiddenAddressError, pinnedFetch, type LookupAll } from './pinned-fetch.ts'

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>

/** Resolves a host name to its IP addresses (injectable for tests). */
export type Resolver = (host: string) => Promise<string[]>

export type FetchOptions = {
  /** the fetch implementation (default `pinnedFetch`: checks the address it connects to) */
  readonly fetch?: FetchLike
  readonly allowPrivateNetwork?: boolean
  /** per request, default 15 s */
  readonly timeoutMs?: number
  /** default 10 MB, counted after decompression */
  readonly maxBytes?: number
  /** default 5 */
  readonly maxRedirects?: number
  /** extra request headers (If-None-Match, If-Modified-Since …) */
  readonly headers?: Readonly<Record<string, string>>
  readonly resolve?: Resolver
  /** the resolver the default client's socket uses when it connects (tests) */
  readonly connectLookup?: LookupAll
}

export type Fetched = {
  /** the final URL after redirects */
  readonly url: string
  readonly status: number
  readonly contentType: string | null
  readonly etag: string | null
  readonly lastModified: string | null
  /** true for a 304 answer to a conditional request (no body) */
  readonly notModified: boolean
  readonly bytes: Uint8Array
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024
export const DEFAULT_MAX_REDIRECTS = 5
export const DEFAULT_TIMEOUT_MS = 15_000
const USER_AGENT = 'matome/0.1 (+https://github.com/matome; news digest bot)'

const defaultResolve: Resolver = async (host) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address)

/** Check one URL before it is requested: scheme, then every address its host resolves to. */
export async function checkUrl(url: URL, item: string, options: FetchOptions): Promise<Result<URL>> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return reject('ingest/unsupported-scheme', item, `only http and https are fetched, got ${url.protocol}`)
  }
  if (options.allowPrivateNetwork) return { ok: true, value: url }
  const host = url.hostname.replace(/^\[|\]$/g, '')
  let addresses: string[]
  try {
    addresses = nonPublicReason(host) === 'invalid address' ? await (options.resolve ?? defaultResolve)(host) : [host]
  } catch (error) {
    return reject('ingest/fetch-failed', item, `cannot resolve ${host}: ${(error as Error).message}`)
  }
  for (const address of addresses) {
    const why = nonPublicReason(address)
    if (why !== null) {
      return reject('ingest/forbidden-address', item, `${host} resolves to ${address} (${why}); use --allow-private-network to allow it`)
    }
  }
  return { ok: true, value: url }
}

/** Read a body, counting bytes as they stream; null when it exceeds `maxBytes`. */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > maxBytes && !response.headers.get('content-encoding')) {
    await response.body?.cancel()
    return null
  }
  if (!response.body) return new Uint8Array(0)
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  const out = new Uint8Array(total)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.byteLength
  }
  return out
}

/**
 * Fetch a URL as bytes within the limits above. Never throws for network trouble: every failure
 * is a `Rejection` naming the URL.
 * @example await fetchBytes('https://news.example.jp/rss', { fetch, allowPrivateNetwork: false })
 */
export async function fetchBytes(input: string, options: FetchOptions = {}): Promise<Result<Fetched>> {
  const doFetch =
    options.fetch ??
    pinnedFetch({ ...(options.allowPrivateNetwork ? { allowPrivateNetwork: true } : {}), ...(options.connectLookup ? { lookup: options.connectLookup } : {}) })
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  let url: URL
  try {
    url = new URL(input)
  } catch {
    return reject('ingest/unsupported-scheme', input, 'not an absolute URL')
  }
  for (let hop = 0; ; hop++) {
    const checked = await checkUrl(url, input, options)
    if (!checked.ok) return checked
    let response: Response
    try {
      response = await doFetch(url.href, {
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
        headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8', ...options.headers },
      })
    } catch (error) {
      const e = error as Error
      if (e instanceof ForbiddenAddressError) return reject('ingest/forbidden-address', input, e.message)
      const why = e.name === 'TimeoutError' || e.name === 'AbortError' ? `timed out after ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms` : e.message
      return reject('ingest/fetch-failed', input, `${url.href}: ${why}${e.cause instanceof Error ? ` (${e.cause.message})` : ''}`)
    }
    const location = response.headers.get('location')
    if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
      await response.body?.cancel()
      if (hop >= maxRedirects) return reject('ingest/too-many-redirects', input, `more than ${maxRedirects} redirects (last to ${location})`)
      try {
        url = new URL(location, url)
      } catch {
        return reject('ingest/fetch-failed', input, `bad redirect location ${JSON.stringify(location)}`)
      }
      continue
    }
    const meta = {
      url: url.href,
      status: response.status,
      contentType: response.headers.get('content-type'),
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
    }
    if (response.status === 304) {
      await response.body?.cancel()
      return { ok: true, value: { ...meta, notModified: true, bytes: new Uint8Array(0) } }
    }
    if (response.status < 200 || response.status > 299) {
      await response.body?.cancel()
      return reject('ingest/http-status', input, `${url.href} answered ${response.status} ${response.statusText}`.trim())
    }
    let bytes: Uint8Array | null
    try {
      bytes = await readLimited(response, maxBytes)
    } catch (error) {
      return reject('ingest/fetch-failed', input, `${url.href}: reading the body failed: ${(error as Error).message}`)
    }
    if (bytes === null) return reject('ingest/too-large', input, `${url.href} sent more than ${maxBytes} bytes`)
    return { ok: true, value: { ...meta, notModified: false, bytes } }
  }
}
