/**
 * @module cli/commands/cluster
 * `matome cluster` — placeholder until its issue lands (fails with core/not-implemented).
 */
import type { Command } from 'commander'
import { MatomeError } from '../../core/errors.ts'

export function register(program: Command): void {
  program
    .command('cluster')
    .description('(not built yet)')
    .allowUnknownOption()
    .action(() => {
      throw new MatomeError('core/not-implemented', 'matome cluster is not built yet')
    })
}
