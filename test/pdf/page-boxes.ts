import { spawnSync } from 'node:child_process'
import type { PdfDocument } from './read-pdf'
import type { Rect } from './rect'

/**
 * Each page's TrimBox (ISO 32000-1 §14.11.2: where the printer cuts), in the reader's coordinates (from
 * the top left of the visible page). pdf.js does not expose page boxes, so they are read with qpdf, which
 * reads any PDF's objects (object streams included). A page without a TrimBox is trimmed at its CropBox.
 */
export function trimBoxes(path: string, doc: PdfDocument): Rect[] {
  const run = spawnSync('qpdf', ['--json', '--json-key=pages', '--json-key=qpdf', path], {
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  })
  if (run.error || run.status !== 0)
    throw new Error(`qpdf cannot read ${path}: ${run.error?.message ?? run.stderr}`)
  const json = JSON.parse(run.stdout) as {
    pages: { object: string }[]
    qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>]
  }
  return json.pages.map((p, i) => {
    const page = doc.pages[i]!
    const [vx0, , , vy1] = page.view
    const box = json.qpdf[1][`obj:${p.object}`]?.value?.['/TrimBox'] as number[] | undefined
    if (!box) return { left: 0, top: 0, right: page.width, bottom: page.height }
    const [x0, y0, x1, y1] = box as [number, number, number, number]
    return {
      left: Math.min(x0, x1) - vx0,
      top: vy1 - Math.max(y0, y1),
      right: Math.max(x0, x1) - vx0,
      bottom: vy1 - Math.min(y0, y1),
    }
  })
}
