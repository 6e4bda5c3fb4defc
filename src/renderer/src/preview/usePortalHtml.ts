import { useEffect, useRef, useState } from 'react'
import type { Article } from '../../../core/model/article'
import type { FontSizeChoice } from '../../../core/portal/page-css'
import type { PortalProfile } from '../../../core/portal/profile'
import { renderPortalPage } from '../../../core/portal/render-page'
import type { SectionHeadingTemplate } from '../../../core/styles/templates'
import type { PortalRenderReply, PortalRenderRequest } from './portal-render'

interface PageChoices {
  profile: PortalProfile
  templates: readonly SectionHeadingTemplate[]
  fontSize: FontSizeChoice
}

/**
 * The preview's portal page of `article`, rendered in a worker; the last page stays shown until the next one
 * arrives. Where no worker can start, the page is rendered here instead, so the preview never goes blank.
 */
export function usePortalHtml(
  article: Article,
  { profile, templates, fontSize }: PageChoices,
  imageUrl: (asset: string) => string | undefined,
): string | undefined {
  const [html, setHtml] = useState<string>()
  const worker = useRef<Worker | null>(null)
  const latest = useRef(0)

  useEffect(() => {
    let started: Worker | null = null
    try {
      started = new Worker(new URL('./portal-render.worker.ts', import.meta.url), { type: 'module' })
    } catch {
      started = null
    }
    worker.current = started
    return () => started?.terminate()
  }, [])

  useEffect(() => {
    const id = ++latest.current
    const imageUrls: Record<string, string> = {}
    for (const asset of Object.keys(article.assets)) {
      const url = imageUrl(asset)
      if (url !== undefined) imageUrls[asset] = url
    }
    const options = { profile, templates, fontSize, templatePlaceholders: true, blockAnchors: true }
    const renderHere = () => {
      if (id === latest.current) setHtml(renderPortalPage(article, { ...options, imageSrc: (asset) => imageUrls[asset] }))
    }
    const current = worker.current
    if (!current) return renderHere()
    const onMessage = ({ data }: MessageEvent<PortalRenderReply>) => {
      if (data.id === id) setHtml(data.html)
    }
    const onError = () => {
      worker.current = null
      renderHere()
    }
    current.addEventListener('message', onMessage)
    current.addEventListener('error', onError)
    current.postMessage({ id, article, options: { ...options, imageUrls } } satisfies PortalRenderRequest)
    return () => {
      current.removeEventListener('message', onMessage)
      current.removeEventListener('error', onError)
    }
  }, [article, imageUrl, profile, templates, fontSize])

  return html
}
