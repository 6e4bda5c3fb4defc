import type { Article } from '../../../core/model/article'
import type { PortalPageOptions } from '../../../core/portal/render-page'

/** What the portal preview asks its worker to render: the page options with images as plain URLs, since a function cannot cross. */
export interface PortalRenderRequest {
  id: number
  article: Article
  options: Omit<PortalPageOptions, 'imageSrc'> & { imageUrls: Record<string, string> }
}

export interface PortalRenderReply {
  id: number
  html: string
}
