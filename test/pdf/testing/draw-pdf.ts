import { createRequire } from 'node:module'
import PDFDocument from 'pdfkit'

/**
 * PDFs drawn glyph by glyph for the checker's own tests, with pdfkit and the bundled Noto Serif SC
 * (every Han character and full-width mark 1 em wide), so each fault is placed exactly where a test
 * wants it, independently of Banxin's layout engine.
 */

export interface DrawnLine {
  text: string
  x: number
  baseline: number
  size: number
  /** pt added after each character (PDF Tc). */
  tracking?: number
  /** Turned 90° clockwise about its origin: a sideways run in a vertical line. */
  turned?: true
}

const FONT = createRequire(import.meta.url).resolve(
  '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
)

interface Sheet {
  width: number
  height: number
  /** A TrimBox for every page, in PDF coordinates (origin bottom left). */
  trim?: readonly [number, number, number, number]
}

export function drawPdf(
  pages: readonly (readonly DrawnLine[])[],
  size: Sheet = { width: 595.28, height: 841.89 },
): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: [size.width, size.height], autoFirstPage: false, compress: false })
  doc.registerFont('song', FONT)
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Uint8Array>((resolve) =>
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))),
  )
  for (const lines of pages) {
    doc.addPage({ size: [size.width, size.height], margin: 0 })
    // pdfkit writes only a MediaBox; the project's print-marks.ts sets its boxes the same way.
    if (size.trim)
      (doc.page.dictionary as unknown as { data: Record<string, unknown> }).data.TrimBox = [...size.trim]
    for (const l of lines) {
      doc.save()
      if (l.turned) doc.rotate(90, { origin: [l.x, l.baseline] })
      doc
        .font('song')
        .fontSize(l.size)
        .text(l.text, l.x, l.baseline, {
          lineBreak: false,
          characterSpacing: l.tracking ?? 0,
          baseline: 'alphabetic',
        })
      doc.restore()
    }
  }
  doc.end()
  return done
}

/**
 * A justified paragraph as lines of `perLine` characters (the first indented two em, so it holds two
 * fewer), each line but the last spread over `width` by tracking.
 */
export function paragraph(
  text: string,
  at: { x: number; baseline: number; width: number; size: number; pitch: number },
  perLine: number,
): DrawnLine[] {
  const chars = [...text]
  const lines: DrawnLine[] = []
  let i = 0
  while (i < chars.length) {
    const indent = lines.length === 0 ? 2 : 0
    const take = chars.slice(i, i + perLine - indent)
    i += take.length
    const x = at.x + (indent * (at.width - at.size)) / (perLine - 1)
    const last = i >= chars.length
    const tracking = last
      ? (at.width - perLine * at.size) / (perLine - 1)
      : (at.x + at.width - x - take.length * at.size) / (take.length - 1)
    lines.push({
      text: take.join(''),
      x,
      baseline: at.baseline + lines.length * at.pitch,
      size: at.size,
      tracking,
    })
  }
  return lines
}

/** A one-page PDF whose text is set in a Type 3 font (glyphs drawn by content streams), built by hand. */
export function type3Pdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /a 6 0 R >> /Encoding << /Type /Encoding /Differences [97 /a] >> /FirstChar 97 /LastChar 97 /Widths [1000] >>',
    stream('BT /F1 12 Tf 20 100 Td (aaaa) Tj ET'),
    stream('1000 0 0 0 1000 1000 d1 0 0 1000 1000 re f'),
  ]
  let pdf = '%PDF-1.4\n'
  const offsets = objects.map((body, i) => {
    const at = pdf.length
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
    return at
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(pdf)
}

const stream = (content: string) => `<< /Length ${content.length} >>\nstream\n${content}\nendstream`

/** Replaces bytes with others of the same length, so the cross-reference table stays valid. */
export function patchBytes(pdf: Uint8Array, from: string, to: string): Uint8Array {
  if (from.length !== to.length) throw new Error('a patch must keep the length')
  const text = Buffer.from(pdf).toString('latin1')
  if (!text.includes(from)) throw new Error(`${from} is not in the PDF`)
  return new Uint8Array(Buffer.from(text.replaceAll(from, to), 'latin1'))
}
