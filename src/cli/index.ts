import { userMessage } from '../core/errors'
import { createProgram } from './program'

// `banxin lint draft.txt | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

createProgram()
  // A command parses each schema once or twice. Zod's JIT would first compile a parser for it with
  // `new Function` (~10 ms per run, and code no cache keeps); interpreting is faster for one use. Set
  // before the command's modules load; `--version` and `--help` load no zod at all.
  .hook('preAction', async () => void (await import('zod')).config({ jitless: true }))
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    process.stderr.write(`banxin: ${userMessage(error)}\n`)
    process.exitCode = 2
  })
