/**
 * @module ingest/pinned-fetch
 * The default network client of `fetchBytes`: a `fetch`-compatible function on `node:http` /
 * `node:https` whose connections go only to addresses checked **at connection time**. The host name
 * is resolved by the socket's own `lookup`, and the answer is refused when any address is private,
 * loopback or link-local (unless the private network is allowed) — so a DNS answer that changes
 * between `checkUrl` and the connection (DNS rebinding) cannot reach the local network: the address
 * checked is the address connected to.
 * Bodies are decompressed here (gzip, deflate, br), as `fetch` does; `fetchBytes` counts the bytes.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns'
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import type { LookupFunction } from 'node:net'
import { pipeline, Readable } from 'node:stream'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import { nonPublicReason } from './address.ts'
import type { FetchLike } from './fetch.ts'

/** Resolves every address of a host, as `dns.lookup(host, { all: true })` does (injectable for tests). */
export type LookupAll = (host: string, options: LookupAllOptions, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void

/** The error a refused connection fails with; `fetchBytes` turns it into `ingest/forbidden-address`. */
export class ForbiddenAddressError extends Error {
  readonly code = 'ingest/forbidden-address'
}

export type PinnedFetchOptions = {
  readonly allowPrivateNetwork?: boolean
  /** the resolver the socket uses (default `dns.lookup`) */
  readonly lookup?: LookupAll
}

/**
 * Connection pools, one per mode: a kept-alive socket was checked when it connected, so a strict
 * request must never reuse one a permissive request (`allowPrivateNetwork`) opened. An injected
 * resolver (tests) gets pools of its own, without keep-alive.
 */
const POOLS = {
  strict: { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) },
  open: { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) },
}

function poolsFor(options: PinnedFetchOptions): { http: HttpAgent; https: HttpsAgent } {
  if (options.lookup !== undefined) return { http: new HttpAgent({ keepAlive: false }), https: new HttpsAgent({ keepAlive: false }) }
  return options.allowPrivateNetwork ? POOLS.open : POOLS.strict
}

/** A socket `lookup` that resolves the host and refuses non-public answers. */
export function guardedLookup(options: PinnedFetchOptions = {}): LookupFunction {
  const resolveAll: LookupAll = options.lookup ?? ((host, opts, callback) => dnsLookup(host, opts, callback))
  return (hostname, lookupOptions, callback) => {
    resolveAll(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0)
      if (!options.allowPrivateNetwork) {
        for (const a of addresses) {
          const why = nonPublicReason(a.address)
          if (why !== null) {
            return callback(new ForbiddenAddressError(`${hostname} resolves to ${a.address} (${why}) at connection time; use --allow-private-network to allow it`), '', 0)
          }
        }
      }
      if (addresses.length === 0) return callback(Object.assign(new Error(`${hostname}: no address`), { code: 'ENOTFOUND' }), '', 0)
      if (lookupOptions.all) return (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, addresses)
      const first = addresses[0]!
      callback(null, first.address, first.family)
    })
  }
}

/** The decompressed body stream of a response (errors of either stream end the body with an error). */
function decodedBody(response: IncomingMessage): Readable {
  const encoding = String(response.headers['content-encoding'] ?? '').trim().toLowerCase()
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : null
  if (decoder === null) return response
  return pipeline(response, decoder, () => {})
}

/**
 * A `fetch`-compatible client whose sockets connect only to checked addresses (see the module
 * comment). Supports what `fetchBytes` uses: method, headers, `signal`; redirects are returned as
 * they are (the caller follows them by hand).
 * @example const r = await pinnedFetch()('https://news.example.jp/rss', { signal: AbortSignal.timeout(15_000) })
 */
export function pinnedFetch(options: PinnedFetchOptions = {}): FetchLike {
  const lookup = guardedLookup(options)
  const pools = poolsFor(options)
  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(input)
      const headers = new Headers(init.headers)
      if (!headers.has('accept-encoding')) headers.set('accept-encoding', 'gzip, deflate, br')
      const outgoing: Record<string, string> = {}
      headers.forEach((value, name) => {
        outgoing[name] = value
      })
      const method = init.method ?? 'GET'
      const https = url.protocol === 'https:'
      const send = https ? httpsRequest : httpRequest
      const agent = https ? pools.https : pools.http
      const request = send(url, { method, headers: outgoing, lookup, agent, ...(init.signal ? { signal: init.signal } : {}) }, (response) => {
        const status = response.statusCode ?? 0
        const out = new Headers()
        for (const [name, value] of Object.entries(response.headers)) {
          if (value === undefined) continue
          for (const v of Array.isArray(value) ? value : [value]) out.append(name, v)
        }
        const noBody = method === 'HEAD' || status === 204 || status === 304
        if (noBody) response.resume()
        const body = noBody ? null : (Readable.toWeb(decodedBody(response)) as ReadableStream<Uint8Array>)
        try {
          resolve(new Response(body, { status, statusText: response.statusMessage ?? '', headers: out }))
        } catch (error) {
          response.destroy()
          reject(error as Error)
        }
      })
      request.on('error', (error) => reject(error.cause instanceof ForbiddenAddressError ? error.cause : error))
      request.end()
    })
}
