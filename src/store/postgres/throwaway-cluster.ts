/**
 * @module store/postgres/throwaway-cluster
 * A PostgreSQL server for tests and benchmarks: `$MATOME_TEST_PG_URL` when set, else a fresh
 * cluster made with the local binaries (`initdb`, `pg_ctl` from Debian's `postgresql` package or
 * PATH) in a temporary folder, on a free localhost port, with fsync off, and removed on `stop()`.
 * PostgreSQL refuses to run as root: as root the cluster runs as the `postgres` user (`runuser`).
 * When neither is possible, `reason` says why, so a test can skip with that message — or fail when
 * `$MATOME_REQUIRE_PG=1`.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** A server to test against: its URL and how to stop it (a no-op for `$MATOME_TEST_PG_URL`). */
export type TestServer = {
  readonly url: string
  readonly stop: () => void
  /** true for a cluster started here (false for `$MATOME_TEST_PG_URL`) */
  readonly owned: boolean
  /** the cluster's data folder (its postmaster.pid names the server process), when started here */
  readonly dataDir?: string
}

export type TestServerOptions = {
  /** keep fsync, full page writes and synchronous commit on (benchmarks); default off (tests) */
  readonly durable?: boolean
  /** the folder holding initdb and pg_ctl (default: `findPostgresBin()`) */
  readonly bin?: string
}

export type TestServerResult = { readonly server: TestServer } | { readonly server?: undefined; readonly reason: string }

/** The folder holding `initdb` and `pg_ctl`: the newest /usr/lib/postgresql/N/bin, else PATH's. */
export function findPostgresBin(): string | undefined {
  const root = '/usr/lib/postgresql'
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a))
    for (const v of versions) {
      const bin = path.join(root, v, 'bin')
      if (existsSync(path.join(bin, 'initdb')) && existsSync(path.join(bin, 'pg_ctl'))) return bin
    }
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' })
  const found = which.status === 0 ? which.stdout.trim() : ''
  return found === '' ? undefined : path.dirname(found)
}

/** A TCP port nobody listens on right now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/** The uid/gid of a system user, or undefined. */
function userIds(name: string): { uid: number; gid: number } | undefined {
  const run = (flag: string): number | undefined => {
    const out = spawnSync('id', [flag, name], { encoding: 'utf8' })
    return out.status === 0 ? Number(out.stdout.trim()) : undefined
  }
  const uid = run('-u')
  const gid = run('-g')
  return uid === undefined || gid === undefined ? undefined : { uid, gid }
}

/**
 * `$MATOME_TEST_PG_URL`, else a throwaway cluster, else the reason there is none.
 * The cluster's superuser is `matome` (trust authentication on localhost only); database `postgres`.
 */
export async function startTestServer(env: Readonly<Record<string, string | undefined>> = process.env, options: TestServerOptions = {}): Promise<TestServerResult> {
  const given = env['MATOME_TEST_PG_URL']
  if (given !== undefined && given !== '') return { server: { url: given, stop: () => undefined, owned: false } }
  const bin = options.bin ?? findPostgresBin()
  if (bin === undefined || !existsSync(path.join(bin, 'initdb')) || !existsSync(path.join(bin, 'pg_ctl'))) {
    return { reason: 'no PostgreSQL server: set MATOME_TEST_PG_URL, or install Debian\'s postgresql package (initdb, pg_ctl)' }
  }
  const asRoot = process.getuid?.() === 0
  const owner = asRoot ? userIds('postgres') : undefined
  if (asRoot && owner === undefined) return { reason: 'running as root and there is no "postgres" user to run a throwaway cluster as' }
  const dir = mkdtempSync(path.join(tmpdir(), 'matome-pg-'))
  const data = path.join(dir, 'data')
  const run = (tool: string, args: readonly string[]): void => {
    const command = asRoot ? 'runuser' : path.join(bin, tool)
    const argv = asRoot ? ['-u', 'postgres', '--', path.join(bin, tool), ...args] : [...args]
    execFileSync(command, argv, { stdio: ['ignore', 'pipe', 'pipe'], cwd: dir })
  }
  try {
    if (owner !== undefined) {
      chownSync(dir, owner.uid, owner.gid)
      chmodSync(dir, 0o700)
    }
    // C.UTF-8: pg_trgm then counts kana and kanji as word characters (the index serves Japanese), and ILIKE folds full-width letters
    run('initdb', ['-D', data, '-U', 'matome', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync'])
    const port = await freePort()
    const settings = [
      `-p ${port}`, "-c listen_addresses=127.0.0.1", `-c unix_socket_directories=${dir}`,
      '-c max_connections=100',
      ...(options.durable === true ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
    ].join(' ')
    run('pg_ctl', ['-D', data, '-l', path.join(dir, 'server.log'), '-o', settings, '-w', '-t', '60', 'start'])
    let stopped = false
    const stop = (): void => {
      if (stopped) return
      stopped = true
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'])
      } catch {
        // already gone: nothing to stop
      }
      rmSync(dir, { recursive: true, force: true })
    }
    process.once('exit', stop)
    return { server: { url: `postgres://matome@127.0.0.1:${port}/postgres`, stop, owned: true, dataDir: data } }
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim()
    rmSync(dir, { recursive: true, force: true })
    return { reason: `could not start a throwaway PostgreSQL cluster with ${bin}: ${stderr !== undefined && stderr !== '' ? stderr : (error as Error).message}` }
  }
}

/** True when the tests must have a server (`$MATOME_REQUIRE_PG=1`, set by CI). */
export function postgresRequired(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env['MATOME_REQUIRE_PG'] === '1'
}

/**
 * CPU time (ms) used so far by a local cluster started here: the postmaster with its reaped
 * children (cutime/cstime) plus its live children (backends, writers), read from /proc. Benchmarks
 * add it to their own CPU time, since with PostgreSQL much of the work runs in the server.
 * Undefined where /proc or the pid file cannot be read.
 */
export function clusterCpuMs(dataDir: string): number | undefined {
  try {
    const postmaster = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0])
    const ticks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100
    // fields after "(comm)": state ppid … utime(14) stime(15) cutime(16) cstime(17), 1-based over the whole line
    const stat = (pid: string): number[] | undefined => {
      try {
        const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
        return text.slice(text.lastIndexOf(')') + 2).split(' ').map(Number)
      } catch {
        return undefined
      }
    }
    const own = stat(String(postmaster))
    if (own === undefined) return undefined
    let total = (own[11] ?? 0) + (own[12] ?? 0) + (own[13] ?? 0) + (own[14] ?? 0)
    for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
      const fields = stat(pid)
      if (fields !== undefined && fields[1] === postmaster) total += (fields[11] ?? 0) + (fields[12] ?? 0)
    }
    return (total / ticks) * 1000
  } catch {
    return undefined
  }
}
