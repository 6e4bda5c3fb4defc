import type { Opened, OpenedDocument } from '../../core/ipc/contract'
import { normalizeBundle } from '../../core/normalize'
import { importDraft } from '../../core/import/import-draft'
import { importFile } from '../import/import-file'
import { openBytes, openDocument } from './open-document'

/** Where a document comes from. */
export type DocumentSource = { kind: 'path'; path: string } | { kind: 'bytes'; name: string; bytes: Uint8Array }

/** A document to open, as plain data so it can cross into the open worker. */
export type OpenRequest = DocumentSource & { normalize: boolean }

/** Opens what was asked for; where it runs (main's worker, the CLI, a test) is the caller's choice. */
export type DocumentOpener = (request: OpenRequest) => Promise<Opened>

/** The opening itself: read or import, then normalise an imported draft when the user chose so. */
export const openRequested: DocumentOpener = async (request) => {
  const doc = request.kind === 'path' ? await openDocument(request.path, importFile) : await openBytes(request.name, request.bytes, importDraft)
  return request.normalize && !('page' in doc) ? normalizedOnOpen(doc) : doc
}

/** An imported draft with its punctuation normalised (each change in its review, undoable), and a note saying how many. */
function normalizedOnOpen(doc: OpenedDocument): OpenedDocument {
  if (!doc.report || doc.report.format === 'banxin') return doc
  const bundle = normalizeBundle(doc.bundle)
  const count = bundle.review!.changes.length - (doc.bundle.review?.changes.length ?? 0)
  if (!count) return doc
  const note = `已按设置自动规范 ${count} 处标点与空格，可在“导入检查”中逐条撤销。`
  return { ...doc, bundle, report: { ...doc.report, warnings: [...doc.report.warnings, note] } }
}
