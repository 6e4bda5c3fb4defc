import { userMessage } from '../core/errors'
import { createProgram } from './program'

// `banxin lint draft.txt | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

createProgram()
  // Before the command's modules load; `--version` and `--help` load no zod at all. A module of its own
  // with a named import: `import('zod')` would keep all of zod in the bundle.
  .hook('preAction', async () => (await import('./interpret-schemas')).interpretSchemas())
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    process.stderr.write(`banxin: ${userMessage(error)}\n`)
    process.exitCode = 2
  })
