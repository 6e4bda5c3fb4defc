import { Command } from 'commander'
import { userMessage } from '../core/errors'
import { registerInfo } from './commands/info'
import { registerImport } from './commands/import'
import { registerLint } from './commands/lint'
import { registerExport } from './commands/export'
import pkg from '../../package.json' with { type: 'json' }

const program = new Command()
program.name('banxin').description('版心 Banxin: Chinese editorial and print-layout tool').version(pkg.version)
program.showHelpAfterError()

registerInfo(program)
registerImport(program)
registerLint(program)
registerExport(program)

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`banxin: ${userMessage(error)}\n`)
  process.exitCode = 2
})
