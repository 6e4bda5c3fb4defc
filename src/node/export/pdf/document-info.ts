import { createHash } from 'node:crypto'
import type { ArticleMeta } from '../../../core/model/article'

/**
 * The document information dictionary and its XMP twin (ISO 32000-1 §14.3). PDF/A-2 (ISO 19005-2
 * §6.6) wants every Info entry mirrored in XMP with the same value; PDF/X-4 (ISO 15930-7 §6.7) wants
 * dates, a document and version id, the rendition class, a Trapped key and its own version id. The XMP
 * is written here rather than by pdfkit, which puts titles into the XML unescaped and knows no PDF/X.
 */

export interface Conformance {
  /** PDF/X-4: a print job in process colours, for a printing house. */
  pdfx: boolean
  /** PDF/A-2b: for an archive. */
  pdfa: boolean
}

export interface DocumentDescription {
  meta: ArticleMeta
  producer: string
  created: Date
  conformance: Conformance
}

/** A PDF name in pdfkit's Info dictionary (pdfkit writes every JavaScript string there as a PDF string). */
function pdfName(name: string): object {
  return { [Symbol.toStringTag]: 'PdfName', toString: () => `/${name}` }
}

const subject = (meta: ArticleMeta) => meta.summary ?? meta.subtitle
const keywords = (meta: ArticleMeta) => (meta.keywords?.length ? meta.keywords.join('；') : undefined)

export function infoDictionary({ meta, producer, created, conformance }: DocumentDescription): Record<string, unknown> {
  return {
    Title: meta.title,
    ...(meta.author ? { Author: meta.author } : {}),
    ...(subject(meta) ? { Subject: subject(meta) } : {}),
    ...(keywords(meta) ? { Keywords: keywords(meta) } : {}),
    Creator: producer,
    Producer: producer,
    CreationDate: created,
    ModDate: created,
    // The writer does no trapping; a PDF/X file must say whether it is trapped (ISO 15930-7 §6.7.3).
    ...(conformance.pdfx ? { Trapped: pdfName('False'), GTS_PDFXVersion: 'PDF/X-4' } : {}),
  }
}

/**
 * The document's permanent identifier: the first part of the trailer's /ID and xmpMM:DocumentID. It
 * comes from what names the article (title, author, source, date), so every export of the same
 * article carries the same id and an archive can tell versions of one document apart from others.
 */
export function documentId(meta: ArticleMeta): Buffer {
  const names = [meta.kicker, meta.title, meta.subtitle, meta.author, meta.source, meta.publishedAt, meta.byline, meta.column]
  return createHash('md5').update(JSON.stringify(names)).digest()
}

const uuid = (bytes: Buffer) => {
  const h = bytes.toString('hex')
  return `uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** ISO 8601 in UTC, as pdfkit writes the Info dates (D:…Z), so the two stay equal. */
const xmpDate = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z')

const alt = (s: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(s)}</rdf:li></rdf:Alt>`

/** The rdf:Description elements of the document's XMP packet. */
export function xmpDescriptions(d: DocumentDescription, instance: Buffer): string {
  const { meta, producer, created, conformance } = d
  const date = xmpDate(created)
  const id = documentId(meta)
  const parts = [
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">`,
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title>${alt(meta.title)}</dc:title>`,
    meta.author ? `<dc:creator><rdf:Seq><rdf:li>${xml(meta.author)}</rdf:li></rdf:Seq></dc:creator>` : '',
    subject(meta) ? `<dc:description>${alt(subject(meta)!)}</dc:description>` : '',
    `</rdf:Description>`,
    `<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">`,
    `<xmp:CreateDate>${date}</xmp:CreateDate><xmp:ModifyDate>${date}</xmp:ModifyDate><xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${xml(producer)}</xmp:CreatorTool>`,
    `</rdf:Description>`,
    `<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">`,
    `<pdf:Producer>${xml(producer)}</pdf:Producer>`,
    keywords(meta) ? `<pdf:Keywords>${xml(keywords(meta)!)}</pdf:Keywords>` : '',
    conformance.pdfx ? `<pdf:Trapped>False</pdf:Trapped>` : '',
    `</rdf:Description>`,
    `<rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">`,
    `<xmpMM:DocumentID>${uuid(id)}</xmpMM:DocumentID><xmpMM:InstanceID>${uuid(instance)}</xmpMM:InstanceID>`,
    `<xmpMM:VersionID>1</xmpMM:VersionID><xmpMM:RenditionClass>default</xmpMM:RenditionClass>`,
    `</rdf:Description>`,
    conformance.pdfx ? `<rdf:Description rdf:about="" xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/"><pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion></rdf:Description>` : '',
    conformance.pdfa
      ? `<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"><pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>`
      : '',
  ]
  return parts.filter(Boolean).join('\n')
}
