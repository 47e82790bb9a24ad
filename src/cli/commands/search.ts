/**
 * @module cli/commands/search
 * `matome search` — placeholder until its issue lands (fails with core/not-implemented).
 */
import type { Command } from 'commander'
import { MatomeError } from '../../core/errors.ts'

export function register(program: Command): void {
  program
    .command('search')
    .description('(not built yet)')
    .allowUnknownOption()
    .action(() => {
      throw new MatomeError('core/not-implemented', 'matome search is not built yet')
    })
}
