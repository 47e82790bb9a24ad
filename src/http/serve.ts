/**
 * @module http/serve
 * Start the Hono app on a port with @hono/node-server (keep-alive on, loopback by default) and stop
 * it cleanly.
 */
import { serve } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import type { Hono } from 'hono'
import { MatomeError } from '../core/errors.ts'

export type RunningServer = {
  /** http://host:port */
  readonly url: string
  readonly port: number
  readonly close: () => Promise<void>
}

/** Listen on `host:port` (port 0 picks a free one) and resolve once listening. */
export function startServer(app: Hono, options: { readonly port: number; readonly host: string }): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info: AddressInfo) => {
      const host = info.address.includes(':') ? `[${info.address}]` : info.address
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done())
            if ('closeAllConnections' in server) server.closeAllConnections()
          }),
      })
    })
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') {
        reject(new MatomeError('cli/usage', `cannot listen on ${options.host}:${options.port} (${error.code}); choose another --port (0 = any free port)`, { cause: error }))
      } else reject(error)
    })
  })
}
