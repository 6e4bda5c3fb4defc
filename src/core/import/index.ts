/** Import: the public surface for the app, the editor's paste and the CLI. */
export { importDraft, importHtmlFragment, importPlainText } from './import-draft'
export { IMPORT_LIMITS, MAX_IMPORT_BYTES } from './limits'
export type { ImportReport, ImportResult, SourcePosition } from './types'
