/**
 * @module ingest/address
 * Is an IP address private, loopback, link-local or otherwise not on the public internet?
 * IPv4 and IPv6, including IPv4-mapped (`::ffff:127.0.0.1`), IPv4-compatible, NAT64 (`64:ff9b::/96`)
 * and 6to4 (`2002::/16`) forms that embed an IPv4 address. Used to refuse requests to the
 * local network unless `allowPrivateNetwork` is set.
 */
import { isIP } from 'node:net'

/** IPv4 ranges that are not public: [first octets, prefix length, name]. */
const V4_BLOCKS: ReadonlyArray<readonly [number, number, string]> = [
  [0x00000000, 8, 'this network'],
  [0x0a000000, 8, 'private'],
  [0x64400000, 10, 'shared address space'],
  [0x7f000000, 8, 'loopback'],
  [0xa9fe0000, 16, 'link-local'],
  [0xac100000, 12, 'private'],
  [0xc0000000, 24, 'IETF protocol assignments'],
  [0xc0000200, 24, 'documentation'],
  [0xc0a80000, 16, 'private'],
  [0xc6120000, 15, 'benchmarking'],
  [0xc6336400, 24, 'documentation'],
  [0xcb007100, 24, 'documentation'],
  [0xe0000000, 4, 'multicast'],
  [0xf0000000, 4, 'reserved'],
]

function v4ToNumber(ip: string): number | null {
  const parts = ip.split('.')
  if (parts.length !== 4) return null
  let n = 0
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null
    n = n * 256 + Number(part)
  }
  return n
}

function classifyV4(n: number): string | null {
  for (const [base, bits, name] of V4_BLOCKS) {
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0
    if ((n & mask) >>> 0 === base) return name
  }
  return null
}

/** The eight 16-bit groups of an IPv6 address (embedded dotted IPv4 and zone ids handled). */
function v6Groups(ip: string): number[] | null {
  let s = ip.replace(/%.*$/, '').toLowerCase()
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(s)
  if (dotted?.[1]) {
    const n = v4ToNumber(dotted[1])
    if (n === null) return null
    s = s.slice(0, -dotted[1].length) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`
  }
  const halves = s.split('::')
  if (halves.length > 2) return null
  const head = halves[0] ? halves[0].split(':') : []
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : []
  const missing = 8 - head.length - tail.length
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail].map((g) => Number.parseInt(g, 16))
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null
}

function classifyV6(groups: number[]): string | null {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = groups
  const embedded = (g6 << 16 >>> 0) + g7
  const zeroHead = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0
  if (zeroHead && g5 === 0 && g6 === 0 && (g7 === 0 || g7 === 1)) return g7 === 1 ? 'loopback' : 'unspecified'
  if (zeroHead && (g5 === 0xffff || g5 === 0)) return classifyV4(embedded) ?? (g5 === 0 ? 'IPv4-compatible' : null)
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return classifyV4(embedded)
  if (g0 === 0x2002) return classifyV4((g1 << 16 >>> 0) + g2)
  if ((g0 & 0xfe00) === 0xfc00) return 'unique local'
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local'
  if ((g0 & 0xffc0) === 0xfec0) return 'site-local'
  if ((g0 & 0xff00) === 0xff00) return 'multicast'
  if (g0 === 0x2001 && g1 === 0x0db8) return 'documentation'
  return null
}

/**
 * Why an address is not public (`'loopback'`, `'private'`, `'link-local'` …), or null when it is a
 * public address. Anything that is not a valid IP address counts as not public.
 * @example nonPublicReason('::ffff:10.0.0.1') // 'private'
 */
export function nonPublicReason(ip: string): string | null {
  const family = isIP(ip.replace(/%.*$/, ''))
  if (family === 4) {
    const n = v4ToNumber(ip)
    return n === null ? 'invalid address' : classifyV4(n)
  }
  if (family === 6) {
    const groups = v6Groups(ip)
    return groups === null ? 'invalid address' : classifyV6(groups)
  }
  return 'invalid address'
}
