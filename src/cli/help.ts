/**
 * @module cli/help
 * The `Examples:` block every command's `--help` ends with, worded the same way everywhere.
 */
import type { Command } from 'commander'

/**
 * Append an `Examples:` section (and optional notes after it) to a command's help.
 * Each example is one shell line; a trailing `# …` comment explains it.
 */
export function addExamples(command: Command, examples: readonly string[], notes?: string): Command {
  const body = examples.map((line) => `  ${line}`).join('\n')
  return command.addHelpText('after', `\nExamples:\n${body}\n${notes === undefined ? '' : `\n${notes.trim()}\n`}`)
}
