/// <reference types="pdfkit" />
import type { Structure, StructureType } from '../../../core/typeset/frame'

/**
 * Tagged PDF (ISO 32000-1 §14.8): every image, and every run of a page's lines that belong to one
 * element, is marked content (BDC … EMC with an MCID) belonging to its structure element, and the elements form one Document in reading
 * order: H1 the title, H2–H6 headings, P, Figure (with its alt text), Caption. Running heads, folios,
 * rules, bands and crop marks are artifacts, which screen readers and reflow skip. pdfkit keeps the
 * parent tree and the pages' StructParents; the elements are built here from the layout's `structure`.
 */

export interface Marker {
  /** Draws `draw` as content of the lines' or image's structure element, or as an artifact when it has none. */
  mark(structure: Structure | undefined, draw: () => void, alt?: string): void
  /** Draws `draw` as an artifact (page furniture, printer's marks). */
  artifact(draw: () => void): void
  /** Adds the structure tree: call once, after the last page. */
  finish(): void
}

interface StructureElement {
  add(child: unknown): void
}

interface TaggingDocument {
  markStructureContent(type: string): unknown
  markContent(tag: string, options?: Record<string, unknown>): unknown
  endMarkedContent(): unknown
  struct(type: string, options?: Record<string, unknown>, children?: unknown[]): StructureElement
  addStructure(element: StructureElement): unknown
}

export const untagged: Marker = { mark: (_s, draw) => draw(), artifact: (draw) => draw(), finish: () => {} }

/** Within one element number, a figure's image comes before its caption. */
const rank = (s: Structure) => s.element * 2 + (s.type === 'Caption' ? 1 : 0)

export function structureMarker(pdf: PDFKit.PDFDocument): Marker {
  const doc = pdf as unknown as TaggingDocument
  const elements = new Map<number, { element: StructureElement }>()
  const artifact = (draw: () => void) => {
    doc.markContent('Artifact', { type: 'Pagination' })
    draw()
    doc.endMarkedContent()
  }
  return {
    artifact,
    mark(structure, draw, alt) {
      if (!structure) return artifact(draw)
      const key = rank(structure)
      let entry = elements.get(key)
      if (!entry) elements.set(key, (entry = { element: doc.struct(structure.type satisfies StructureType, structure.type === 'Figure' ? { alt: alt ?? '' } : {}) }))
      const content = doc.markStructureContent(structure.type)
      draw()
      doc.endMarkedContent()
      entry.element.add(content)
    },
    finish() {
      const ordered = [...elements.entries()].sort(([a], [b]) => a - b).map(([, e]) => e.element)
      doc.addStructure(doc.struct('Document', {}, ordered))
    },
  }
}
