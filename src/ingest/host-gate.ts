/**
 * @module ingest/host-gate
 * Politeness: requests to one host are spaced at least `spacingMs` apart. `watch` spaces feed
 * polls with it; reading a feed spaces the page fetches of its summary-only items.
 */

export type HostGate = {
  /** wait until a request to `url`'s host may go, and mark it as sent */
  readonly pass: (url: string) => Promise<void>
}

export type HostGateOptions = {
  readonly spacingMs: number
  readonly now?: () => number
  readonly sleep?: (ms: number) => Promise<void>
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

/** A gate remembering when each host was last requested. */
export function createHostGate(options: HostGateOptions): HostGate {
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? defaultSleep
  const last = new Map<string, number>()
  return {
    async pass(url) {
      const host = hostOf(url)
      const previous = last.get(host)
      if (previous !== undefined) {
        const wait = previous + options.spacingMs - now()
        if (wait > 0) await sleep(wait)
      }
      last.set(host, now())
    },
  }
}
