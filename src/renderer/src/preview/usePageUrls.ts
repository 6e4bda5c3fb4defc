import { useEffect, useMemo } from 'react'

/** Object URLs for SVG pages; an <img> never runs anything inside the SVG. */
export function usePageUrls(pages: readonly string[]): string[] {
  const urls = useMemo(() => pages.map((svg) => URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))), [pages])
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls])
  return urls
}
