/**
 * @module app/logger
 * The process logger: pino, JSON lines on stderr (stdout stays for data), level from
 * `$MATOME_LOG_LEVEL` (default info; `silent` turns it off).
 */
import { pino, type Logger } from 'pino'

/** A pino logger writing to stderr. */
export function createLogger(level: string = process.env['MATOME_LOG_LEVEL'] ?? 'info'): Logger {
  return pino({ name: 'matome', level }, pino.destination(2))
}

/** A progress writer that prints only when stderr is a terminal. */
export function ttyProgress(prefix: string): (message: string) => void {
  return process.stderr.isTTY === true ? (message) => process.stderr.write(`${prefix}: ${message}\n`) : () => undefined
}
