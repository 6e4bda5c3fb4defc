import { parentPort } from 'node:worker_threads'
import { renderPagePreview, renderPrintPreview } from './print-preview'
import { userMessage } from '../../../core/errors'
import { createPageLayouter, type PageLayouter } from '../../layout/layout-page'
import { createArticleInterner } from './article-interner'
import { redraftPage } from '../../layout/draft-page-bundle'
import type { PreviewRequest } from './preview-client'

/**
 * Long-lived worker (out/main/preview-worker.js) for the print preview and the 版面 view: fonts stay
 * parsed between requests, and a page's compositor keeps what it set, so re-typesetting while the user
 * edits is warm and re-flows only the story edited; main's event loop never blocks.
 */
const port = parentPort
if (!port) throw new Error('preview-worker must run in a worker thread')

/** One layouter per set of options (fonts, templates): its caches are only good for the same ones. */
const layouters = new Map<string, PageLayouter>()
const intern = createArticleInterner()

function layouterFor(options: Parameters<typeof createPageLayouter>[0]): PageLayouter {
  const key = JSON.stringify(options)
  let layouter = layouters.get(key)
  if (!layouter) layouters.set(key, (layouter = createPageLayouter(options)))
  return layouter
}

port.on('message', (request: PreviewRequest) => {
  try {
    const result =
      request.kind === 'page'
        ? renderPagePreview(intern(request.bundle), layouterFor(request.options))
        : request.kind === 'draft'
          ? redraftPage(request.bundle, request.index, request.options)
          : renderPrintPreview(request.bundle, request.options)
    port.postMessage({ id: request.id, result })
  } catch (error) {
    port.postMessage({ id: request.id, error: userMessage(error) })
  }
})
