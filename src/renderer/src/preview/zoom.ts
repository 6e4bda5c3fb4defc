/** A preview's zoom: fit the pane's width, fit the whole page in the pane, or a fixed factor. */
export type Zoom = 'fit-width' | 'fit-page' | number

/** Word's and WPS's preview steps between 50 % and 400 %. */
export const ZOOM_STEPS: readonly number[] = [0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4]

export const FIT_LABELS = { 'fit-width': '适合宽度', 'fit-page': '适合页面' } as const

interface Size {
  width: number
  height: number
}

/** The scale that draws `content` at `zoom` in a pane of size `pane` (both in CSS px). */
export function zoomScale(zoom: Zoom, content: Size, pane: Size): number {
  if (zoom === 'fit-width') return pane.width / content.width
  if (zoom === 'fit-page') return Math.min(pane.width / content.width, pane.height / content.height)
  return zoom
}

export function zoomLabel(zoom: Zoom): string {
  return typeof zoom === 'number' ? `${Math.round(zoom * 100)}%` : FIT_LABELS[zoom]
}

export function parseZoom(value: string): Zoom {
  return value === 'fit-width' || value === 'fit-page' ? value : Number(value)
}
