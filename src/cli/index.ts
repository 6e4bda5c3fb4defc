import { userMessage } from '../core/errors'
import { createProgram } from './program'

// `banxin lint draft.txt | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

createProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    process.stderr.write(`banxin: ${userMessage(error)}\n`)
    process.exitCode = 2
  })
