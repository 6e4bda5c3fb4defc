/** Normalisation and lint checks: the public surface for the editor's lint panel and the CLI. */
export type { Change } from './change'
export { describeChange, RULE_NAMES } from './change'
export type { NormalizeRule } from './edit'
export { applyChanges, normalizeArticle, normalizeBundle, revertChanges, revertEdits, suggestChanges } from './normalize-article'
export {
  lineColumn,
  lintArticle,
  type LineColumn,
  type LintRule,
  type Problem,
  type SourceMap,
} from './lint-article'
export type { MetaTextField, TextAt } from './text-units'
export { unitKey } from './text-units'
