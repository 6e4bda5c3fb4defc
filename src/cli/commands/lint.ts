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
