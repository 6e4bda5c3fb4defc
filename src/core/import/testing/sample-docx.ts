import {
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx'

/** Test drafts built in code (never copied from real documents). */

/** A valid 4×3 RGB PNG (checksums intact, so a strict decoder such as libvips reads it). */
export const PNG_4x3_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAEElEQVR42mM4YaMBRww4OQAZ7g4Rt8JCGQAAAABJRU5ErkJggg=='

export const PNG_4x3 = Uint8Array.from(atob(PNG_4x3_BASE64), (c) => c.charCodeAt(0))

/** A Word draft as offices write them: Title style, a lead with a bold phrase, paired Heading 2 lines, an image (`picture`), a table. */
export async function sampleDocx(picture: Uint8Array = PNG_4x3): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: '溪口村建成数字化农产品展销中心', heading: HeadingLevel.TITLE }),
          new Paragraph({
            children: [
              new TextRun('今年春天，溪口村把闲置的村小学改造成展销中心，'),
              new TextRun({ text: '线上线下同步销售', bold: true }),
              new TextRun('。'),
            ],
          }),
          new Paragraph({ text: '搭建销售平台', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: '让山货走出大山', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [
              new ImageRun({
                type: 'png',
                data: picture,
                transformation: { width: 40, height: 30 },
                altText: { name: '外景', description: '展销中心外景', title: '外景' },
              }),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun({ text: '展销中心设有直播间两间，', italics: true }),
              new TextRun('每天开播四小时。'),
            ],
          }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('品种')] }),
                  new TableCell({ children: [new Paragraph('销量')] }),
                ],
              }),
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('笋干')] }),
                  new TableCell({ children: [new Paragraph('800斤')] }),
                ],
              }),
            ],
          }),
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toArrayBuffer(doc))
}
