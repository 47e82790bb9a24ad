/**
 * @module digest/outlets
 * The outlet table (`data/outlets.json`, extendable): who an article's publisher is and what kind
 * of outlet it is (national daily, regional paper, wire service, broadcaster, web-native, other).
 * Matched by name or alias (NFKC, case-folded, spaces removed) or by the URL's host.
 */
import type { OutletKind } from '../core/digest.ts'
import table from '../../data/outlets.json' with { type: 'json' }

export type OutletEntry = {
  readonly name: string
  readonly kind: OutletKind
  readonly aliases?: readonly string[]
  readonly domains?: readonly string[]
}

/** Every kind, in display order. */
export const OUTLET_KINDS: readonly OutletKind[] = ['national-daily', 'regional-paper', 'wire-service', 'broadcaster', 'web-native', 'other']

/** The bundled table. */
export const DEFAULT_OUTLETS: readonly OutletEntry[] = table.outlets as readonly OutletEntry[]

const key = (name: string): string => name.normalize('NFKC').toLowerCase().replace(/\s+/gu, '')

/** Look-up over a table; `extra` entries win over the bundled ones. */
export type OutletResolver = (publisher: string | undefined, url: string | undefined) => { name: string; kind: OutletKind } | undefined

export function createOutletResolver(extra: readonly OutletEntry[] = []): OutletResolver {
  const byName = new Map<string, OutletEntry>()
  const byDomain: [string, OutletEntry][] = []
  for (const entry of [...DEFAULT_OUTLETS, ...extra]) {
    for (const n of [entry.name, ...(entry.aliases ?? [])]) byName.set(key(n), entry)
    for (const d of entry.domains ?? []) byDomain.push([d.toLowerCase(), entry])
  }
  return (publisher, url) => {
    if (publisher !== undefined) {
      const hit = byName.get(key(publisher))
      if (hit !== undefined) return { name: hit.name, kind: hit.kind }
    }
    const host = url?.match(/^https?:\/\/([^/:?#]+)/iu)?.[1]?.toLowerCase()
    if (host !== undefined) {
      let best: OutletEntry | undefined
      let bestLength = 0
      for (const [d, entry] of byDomain) {
        if ((host === d || host.endsWith('.' + d)) && d.length > bestLength) {
          best = entry
          bestLength = d.length
        }
      }
      if (best !== undefined) return { name: best.name, kind: best.kind }
    }
    return undefined
  }
}
