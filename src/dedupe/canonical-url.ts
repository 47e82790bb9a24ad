/**
 * @module dedupe/canonical-url
 * Canonical URLs: the same page reached through tracking links, other ports or fragments gets one
 * URL. Parameters that identify the article (`?k=`, `?id=`, `?p=` …) are kept; tracking ones go.
 */

/** Exact parameter names dropped (lower-cased). Prefixes are in `TRACKING_PREFIXES`. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'yclid', 'msclkid', 'twclid', 'ttclid', 'li_fat_id', 'igshid', 'mc_cid', 'mc_eid',
  'ref', 'ref_src', 'ref_url', 'referrer', 'spm', 'scm', 'from', 'share', 'ns_source', 'ns_mchannel', 'ns_campaign',
  'cmpid', 'icid', 'ito', 'ncid', 'guccounter', 'guce_referrer', 'guce_referrer_sig', '_ga', '_gl', 'wt.mc_id',
  'rss', 'cx_testid', 'cx_testvariant', 'int_source', 'int_medium', 'int_campaign', 's_cid',
])
const TRACKING_PREFIXES = ['utm_', 'hmb_', 'pk_', 'mtm_', 'cx_', 'fb_', 'ga_', 'oly_']
const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' }

export type CanonicalizeOptions = {
  /** keep the `#fragment` (split multi-story pages address each story by fragment); default false */
  readonly keepFragment?: boolean
}

/** True when a query parameter only tracks the visit and never identifies the article. */
export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase()
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((p) => lower.startsWith(p))
}

/**
 * The canonical form of a URL: lower-case scheme and host, no default port, no tracking parameters
 * (the rest keep their order), no empty query, no fragment unless asked; a path of `/` stays.
 * Returns undefined for a string that is not an absolute http(s) URL.
 */
export function canonicalizeUrl(input: string, options: CanonicalizeOptions = {}): string | undefined {
  let url: URL
  try {
    url = new URL(input.trim())
  } catch {
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  url.hostname = url.hostname.toLowerCase().replace(/\.$/, '')
  if (url.port === DEFAULT_PORTS[url.protocol]) url.port = ''
  url.username = ''
  url.password = ''
  const kept: [string, string][] = []
  for (const [key, value] of url.searchParams) if (!isTrackingParam(key)) kept.push([key, value])
  url.search = kept.length === 0 ? '' : new URLSearchParams(kept).toString()
  if (options.keepFragment !== true || url.hash === '#') url.hash = ''
  return url.toString()
}

/**
 * The key under which two URLs denote the same article: the canonical URL keeping the fragment
 * (so the stories of one split page stay apart). Undefined when there is no usable URL.
 */
export function articleUrlKey(input: string | undefined): string | undefined {
  return input === undefined ? undefined : canonicalizeUrl(input, { keepFragment: true })
}
