import { parentPort } from 'node:worker_threads'
import { renderPrintPreview } from './print-preview'
import type { ArticleBundle } from '../../../core/model/article'
import type { LayoutOptions } from '../../layout/layout-bundle'
import { userMessage } from '../../../core/errors'

/**
 * Long-lived worker (out/main/preview-worker.js) for the print preview: fonts stay parsed between
 * requests, so re-typesetting while the user edits is warm, and main's event loop never blocks.
 */
const port = parentPort
if (!port) throw new Error('preview-worker must run in a worker thread')

port.on('message', ({ id, bundle, options }: { id: number; bundle: ArticleBundle; options: LayoutOptions }) => {
  try {
    port.postMessage({ id, result: renderPrintPreview(bundle, options) })
  } catch (error) {
    port.postMessage({ id, error: userMessage(error) })
  }
})
