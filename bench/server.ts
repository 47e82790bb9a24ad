/**
 * @module bench/server
 * `npm run bench -- server [--seconds=3] [--connections=8] [--db=out/demo.db]`: start `matome serve`
 * on 127.0.0.1 in a child process over the demo store (built fresh in a temp folder unless --db is
 * given), then drive it from this process with N concurrent keep-alive request loops for a few
 * seconds per target: a cached story page and `/api/stories/:id`. Prints requests/s and p50/p99
 * latency, and the server's own CPU time per request (from /proc, so other load on the machine does
 * not distort it). Loopback only; bounded in time.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import http from 'node:http'
import os, { tmpdir } from 'node:os'
import path from 'node:path'
import { buildDemo } from '../src/app/demo.ts'
import { loadTokenizer } from '../src/runtime/load-tokenizer.ts'
import { REPO_ROOT } from '../src/runtime/paths.ts'

type Figures = { target: string; requests: number; errors: number; perSecond: number; p50: number; p99: number; max: number; cpuMsPerRequest?: number }

function arg(args: readonly string[], name: string, fallback: string): string {
  const hit = args.find((a) => a.startsWith(`--${name}=`))
  return hit === undefined ? fallback : hit.slice(name.length + 3)
}

/** Run the benchmark. */
export async function run(args: string[]): Promise<void> {
  const seconds = Number(arg(args, 'seconds', '3'))
  const connections = Number(arg(args, 'connections', '8'))
  let dir: string | undefined
  let db = arg(args, 'db', '')
  if (db === '') {
    dir = mkdtempSync(path.join(tmpdir(), 'matome-bench-server-'))
    const demo = await buildDemo({ outDir: dir, tokenizer: await loadTokenizer() })
    db = demo.dbPath
    await demo.repository.close()
  }
  const { child, url } = await startChild(db)
  try {
    const list = (await (await fetch(`${url}/api/stories?limit=200`)).json()) as { stories: { id: string; articleCount: number }[] }
    // the story with the most articles: the largest story page of the store
    const id = [...list.stories].sort((a, b) => b.articleCount - a.articleCount)[0]?.id
    if (id === undefined) throw new Error('the store has no stories')
    const storyPath = `/stories/${encodeURIComponent(id)}`
    await (await fetch(url + storyPath)).text() // warm the page cache
    const results: Figures[] = []
    for (const target of [storyPath, `/api/stories/${encodeURIComponent(id)}`, '/']) {
      await load(url + target, 1, 0.5) // warm-up
      const cpuBefore = cpuSeconds(child.pid)
      const figures = await load(url + target, connections, seconds)
      const cpuAfter = cpuSeconds(child.pid)
      const cpu = cpuBefore === undefined || cpuAfter === undefined ? {} : { cpuMsPerRequest: ((cpuAfter - cpuBefore) * 1000) / figures.requests }
      results.push({ ...figures, ...cpu, target })
    }
    printTable(results, connections, seconds)
  } finally {
    child.kill('SIGTERM')
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
  }
}

/** CPU time (user + system, seconds) the process has used, from /proc (Linux); undefined elsewhere. */
function cpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')
    const ticks = Number(fields?.[11]) + Number(fields?.[12])
    return Number.isFinite(ticks) ? ticks / CLOCK_TICKS : undefined
  } catch {
    return undefined
  }
}

/** USER_HZ of Linux */
const CLOCK_TICKS = 100

function startChild(db: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'src/cli/main.ts'), '--db', db, 'serve', '--port', '0', '--host', '127.0.0.1'], {
      env: { ...process.env, MATOME_LOG_LEVEL: 'warn', MATOME_TOKEN: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /serving on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)
      if (match?.[1] !== undefined) resolve({ child, url: match[1] })
    })
    child.once('exit', (code) => reject(new Error(`server exited early with code ${code}`)))
    setTimeout(() => reject(new Error('server did not start within 30 s')), 30_000).unref()
  })
}

/** N concurrent loops of sequential requests over a keep-alive agent (node:http: lighter than fetch, so the client steals less CPU). */
async function load(url: string, connections: number, seconds: number): Promise<Omit<Figures, 'target'>> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
  const latencies: number[] = []
  let errors = 0
  const started = performance.now()
  const deadline = started + seconds * 1000
  const loop = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const t0 = performance.now()
      const status = await get(url, agent).catch(() => 0)
      if (status !== 200) errors++
      latencies.push(performance.now() - t0)
    }
  }
  await Promise.all(Array.from({ length: connections }, loop))
  agent.destroy()
  const elapsed = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const pct = (p: number): number => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0
  return { requests: latencies.length, errors, perSecond: latencies.length / elapsed, p50: pct(0.5), p99: pct(0.99), max: latencies[latencies.length - 1] ?? 0 }
}

/** GET a URL, drain the body, resolve with the status. */
function get(url: string, agent: http.Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent }, (res) => {
      res.on('data', () => undefined)
      res.on('end', () => resolve(res.statusCode ?? 0))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')))
  })
}

function printTable(rows: readonly Figures[], connections: number, seconds: number): void {
  const load = os.loadavg().map((l) => l.toFixed(1)).join(' ')
  process.stdout.write(`server in a child process on 127.0.0.1; ${connections} keep-alive connections, ${seconds} s per target; ${os.cpus().length} CPUs, load average ${load}\n`)
  process.stdout.write(['target'.padEnd(44), 'requests'.padStart(9), 'req/s'.padStart(9), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'max ms'.padStart(8), 'errors'.padStart(7), 'server CPU ms/req'.padStart(18), 'req/s per core'.padStart(15)].join(' ') + '\n')
  for (const r of rows) {
    const name = r.target.length > 44 ? `${r.target.slice(0, 41)}...` : r.target
    const cpu = r.cpuMsPerRequest === undefined ? ['-', '-'] : [r.cpuMsPerRequest.toFixed(3), (1000 / r.cpuMsPerRequest).toFixed(0)]
    process.stdout.write(
      [name.padEnd(44), String(r.requests).padStart(9), r.perSecond.toFixed(0).padStart(9), r.p50.toFixed(2).padStart(8), r.p99.toFixed(2).padStart(8), r.max.toFixed(1).padStart(8), String(r.errors).padStart(7), cpu[0]!.padStart(18), cpu[1]!.padStart(15)].join(' ') + '\n',
    )
  }
  process.stdout.write('server CPU ms/req: CPU time the server process spent per request (contention-independent); req/s per core = 1000 / that\n')
}
