/**
 * @module ingest/charset
 * Where a document says its own encoding: a byte-order mark, the HTTP `Content-Type` charset, an
 * HTML `<meta charset>` / `<meta http-equiv="Content-Type">`, or an XML declaration. Labels are
 * normalised to the names `TextDecoder` knows (`shift_jis`, `euc-jp`, `iso-2022-jp`, `utf-8` …).
 */

/** How the encoding of a decoded text was chosen. */
export type CharsetSource = 'bom' | 'header' | 'meta' | 'xml-declaration' | 'detected'

/** Labels `TextDecoder` does not know but Japanese sites use. */
const ALIASES: Readonly<Record<string, string>> = {
  cp932: 'shift_jis',
  'x-cp932': 'shift_jis',
  'ms-932': 'shift_jis',
  'shift-jis': 'shift_jis',
  sjis_open: 'shift_jis',
  eucjp: 'euc-jp',
  'euc_jp': 'euc-jp',
  'x-euc': 'euc-jp',
  'eucjp-ms': 'euc-jp',
  'euc-jp-ms': 'euc-jp',
  'cp51932': 'euc-jp',
  'iso2022jp': 'iso-2022-jp',
  'iso-2022-jp-1': 'iso-2022-jp',
  'iso-2022-jp-2': 'iso-2022-jp',
  'utf8': 'utf-8',
}

/**
 * The `TextDecoder` encoding name for a charset label, or null when the label is unknown.
 * @example normalizeCharset('Windows-31J') // 'shift_jis'
 */
export function normalizeCharset(label: string): string | null {
  const key = label.trim().replace(/^["']|["']$/g, '').toLowerCase()
  if (key === '') return null
  const name = ALIASES[key] ?? key
  try {
    return new TextDecoder(name).encoding
  } catch {
    return null
  }
}

/** The encoding a byte-order mark announces, with the BOM length, or null. */
export function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 }
  return null
}

/** The charset parameter of a `Content-Type` header value, normalised, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType)
  return match?.[2] ? normalizeCharset(match[2]) : null
}

/** Bytes 0–0x7F as they are, the rest as Latin-1: enough to read ASCII markup before decoding. */
function asciiView(bytes: Uint8Array, limit: number): string {
  return new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, limit)))
}

/** The charset an HTML `<meta>` declares within the first 4 KiB (the HTML prescan window is 1 KiB; pages exceed it). */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = asciiView(bytes, 4096)
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(tag)
    if (direct?.[1]) {
      const name = normalizeCharset(direct[1])
      if (name) return name
    }
  }
  return null
}

/** The `encoding` of an XML declaration at the start of the bytes, or null. */
export function charsetFromXmlDeclaration(bytes: Uint8Array): string | null {
  const head = asciiView(bytes, 256)
  const match = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)
  return match?.[1] ? normalizeCharset(match[1]) : null
}

/**
 * The declared encoding of the bytes in WHATWG priority order (BOM, HTTP header, XML declaration,
 * `<meta>`), or null when nothing is declared.
 */
export function declaredCharset(
  bytes: Uint8Array,
  contentType?: string | null,
): { encoding: string; source: Exclude<CharsetSource, 'detected'> } | null {
  const bom = sniffBom(bytes)
  if (bom) return { encoding: bom.encoding, source: 'bom' }
  const header = charsetFromContentType(contentType)
  if (header) return { encoding: header, source: 'header' }
  const xml = charsetFromXmlDeclaration(bytes)
  if (xml) return { encoding: xml, source: 'xml-declaration' }
  const meta = charsetFromMeta(bytes)
  if (meta) return { encoding: meta, source: 'meta' }
  return null
}
