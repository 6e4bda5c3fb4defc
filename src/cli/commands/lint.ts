import type { Command } from 'commander'
import { describeChange, lineColumn, lintArticle, suggestChanges } from '../../core/normalize'
import { importFile } from '../../node/import/import-file'

export interface LintOutput {
  /** One problem per line: `file:line:column: message`. */
  problems: string[]
  /** Import warnings, for stderr. */
  notes: string[]
}

/**
 * `banxin lint`: what normalisation would change and what the checks find, without changing anything.
 * Positions are the draft's own lines for plain text, the article's text lines otherwise.
 */
export async function runLint(draft: string): Promise<LintOutput> {
  const { bundle, report } = await importFile(draft)
  const article = bundle.article
  const found = [
    ...suggestChanges(article).map((c) => ({
      at: c.at,
      offset: c.offset,
      message: `${describeChange(c)}，可自动修正`,
    })),
    ...lintArticle(article),
  ]
  const problems = found
    .map((p) => ({ ...lineColumn(article, p.at, p.offset, report.sourceMap), message: p.message }))
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .map((p) => `${draft}:${p.line}:${p.column}: ${p.message}`)
  return { problems, notes: report.warnings }
}

export function registerLint(program: Command): void {
  program
    .command('lint')
    .description('report punctuation and structure problems in a draft (exit 1 when there are any)')
    .argument('<draft>', 'the draft or .banxin file to check')
    .action(async (draft: string) => {
      const { problems, notes } = await runLint(draft)
      for (const line of problems) process.stdout.write(line + '\n')
      for (const note of notes) process.stderr.write(`提醒：${note}\n`)
      process.stderr.write(problems.length ? `共 ${problems.length} 处问题。\n` : '没有发现问题。\n')
      if (problems.length) process.exitCode = 1
    })
}
