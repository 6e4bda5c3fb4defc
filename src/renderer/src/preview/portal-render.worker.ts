import { renderPortalPage } from '../../../core/portal/render-page'
import type { PortalRenderReply, PortalRenderRequest } from './portal-render'

/**
 * Renders the portal preview's page off the editor's thread: a long article's page is a few hundred KB of
 * HTML, tens of milliseconds of string building that a keystroke after a pause would otherwise wait for.
 */
self.onmessage = ({ data }: MessageEvent<PortalRenderRequest>) => {
  const { imageUrls, ...options } = data.options
  const html = renderPortalPage(data.article, { ...options, imageSrc: (asset) => imageUrls[asset] })
  self.postMessage({ id: data.id, html } satisfies PortalRenderReply)
}
