import type { Page } from '@playwright/test'

export interface Rect {
  fill: string
  x: number
  y: number
  width: number
  height: number
}

/** A real PNG drawn in the page (rectangles on a canvas), as base64: the app reads its size like any photo's. */
export async function drawnPng(page: Page, width: number, height: number, rects: readonly Rect[]): Promise<string> {
  return page.evaluate(
    async ({ width, height, rects }) => {
      const canvas = document.createElement('canvas')
      canvas.width = width
      canvas.height = height
      const g = canvas.getContext('2d')!
      for (const r of rects) {
        g.fillStyle = r.fill
        g.fillRect(r.x, r.y, r.width, r.height)
      }
      const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'))
      let s = ''
      for (const b of new Uint8Array(await blob.arrayBuffer())) s += String.fromCharCode(b)
      return btoa(s)
    },
    { width, height, rects },
  )
}
