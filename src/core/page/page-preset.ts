import * as z from 'zod'
import { once } from '../once'
import { FONT_ROLES } from '../styles/fonts'
import type { Preset, ResolvedFurniture, ResolvedPreset } from '../typeset/preset'
import { furniture, points, presetSchema, resolvePreset, typeSize } from '../typeset/preset'
import type { HeadlineWeight } from './page'
import { HEADLINE_WEIGHTS } from './page'

/**
 * A newspaper page preset (resources/page-presets/*.json): the sheet, the column grid (columns of whole
 * characters of the body size and the 栏距 between them), the baseline grid every line sits on, the
 * headline ladder by story weight, the article text styles and the 版头/报头. `resolvePagePreset`
 * turns it into points, with one article text preset per headline weight for the typesetter.
 */

const MM = 72 / 25.4

/** Built when first used: an article export reads no page preset. */
export const pagePresetSchema = once(() => {
  const headStyle = z
    .object({ font: z.enum(FONT_ROLES), size: typeSize, bold: z.boolean().default(false), color: z.string().regex(/^#[0-9a-fA-F]{6}$/).default('#000000') })
    .strict()

  return presetSchema
    .pick({ id: true, name: true, body: true, styles: true, punctuation: true, keep: true, bleed: true, cropMarks: true, colorSpace: true, printCondition: true, fonts: true })
    .extend({
      page: z.object({ width: z.number().min(100).max(2000), height: z.number().min(100).max(2000) }).strict(),
      /** mm above the type area; the type area is centred across the page. */
      marginTop: z.number().min(0).max(200),
      /** 基本栏: `count` columns of `chars` characters of the body size, `gap` (栏距) in em of the body. */
      columns: z.object({ count: z.number().int().min(2).max(12), chars: z.number().int().min(4).max(40), gap: z.number().min(0.5).max(4) }).strict(),
      /** Rows of the baseline grid in the type area (the body's line pitch each). */
      rows: z.number().int().min(20).max(300),
      /** Headline stacks by weight, 1 (头条) to 5. */
      headlines: z
        .array(z.object({ kicker: headStyle, title: headStyle, subtitle: headStyle }).strict())
        .length(HEADLINE_WEIGHTS.length, `标题级别应有 ${HEADLINE_WEIGHTS.length} 级`),
      /** 版头: rows it takes at the top of the type area, the 版名's face and the small print's. */
      header: z.object({ rows: z.number().int().min(2).max(20), name: furniture, info: furniture }).strict(),
      /** 报头 on the front page: rows, the paper's name and the small print beside it. */
      masthead: z.object({ rows: z.number().int().min(4).max(60), paper: furniture, info: furniture }).strict(),
      /** Rules between neighbouring stories, and the 栏线 inside a frame. */
      rule: z.object({ width: z.number().min(0.1).max(3), color: z.string().regex(/^#[0-9a-fA-F]{6}$/) }).strict(),
    })
    .strict()
})

export type PagePreset = z.infer<ReturnType<typeof pagePresetSchema>>

/** The page's grid in points; the origin is the trimmed page's top left corner. */
export interface PageGrid {
  pageWidth: number
  pageHeight: number
  /** The type area. */
  left: number
  top: number
  width: number
  height: number
  columns: number
  columnWidth: number
  gap: number
  /** Row pitch of the baseline grid, and the type area's rows. */
  pitch: number
  rows: number
}

export interface ResolvedPagePreset {
  id: string
  name: string
  grid: PageGrid
  /** Rows the 版头 and the 报头 take from the top of the type area. */
  headerRows: number
  mastheadRows: number
  header: { name: ResolvedFurniture; info: ResolvedFurniture }
  masthead: { paper: ResolvedFurniture; info: ResolvedFurniture }
  rule: { width: number; color: string }
  /** The typesetter's preset for an article whose headline has this weight (index weight − 1). */
  articles: ResolvedPreset[]
  /** Installed fonts preferred per role. */
  fonts: Preset['fonts']
}

/** The typesetter's preset for the articles on the page: columns and baseline grid of the page, the ladder's headline. */
export function articlePreset(p: PagePreset, weight: HeadlineWeight): Preset {
  const size = points(p.body.size)
  const { count, chars, gap } = p.columns
  const width = (count * chars + (count - 1) * gap) * size
  const ladder = p.headlines[weight - 1]!
  const head = (base: Preset['styles']['title'], s: PagePreset['headlines'][number]['title']) => ({ ...base, ...s })
  return {
    id: p.id,
    name: p.name,
    page: { width: p.page.width, height: p.page.height, twoSided: false },
    margins: { top: p.marginTop, inner: (p.page.width - width / MM) / 2 },
    typeArea: { width: width / MM, height: (p.rows * size * p.body.leading) / MM },
    // A baseline grid without cells: lines break with their marks compressed, as newspapers set them.
    grid: { lines: p.rows },
    columns: { count, gap: (gap * size) / MM },
    bleed: p.bleed,
    cropMarks: p.cropMarks,
    colorSpace: p.colorSpace,
    printCondition: p.printCondition,
    body: p.body,
    styles: { ...p.styles, kicker: head(p.styles.kicker, ladder.kicker), title: head(p.styles.title, ladder.title), subtitle: head(p.styles.subtitle, ladder.subtitle) },
    // 作者/来源 lines and 责任编辑 belong to a portal page; on a newspaper page the 版头 names the editors.
    articleMeta: false,
    sectionHeadingLeading: 1.4,
    punctuation: p.punctuation,
    keep: p.keep,
    signoff: 'sealed',
    fonts: p.fonts,
  }
}

export function resolvePagePreset(p: PagePreset): ResolvedPagePreset {
  const articles = HEADLINE_WEIGHTS.map((w) => resolvePreset(articlePreset(p, w)))
  const a = articles[0]!
  const furnitureOf = (f: z.infer<typeof furniture>): ResolvedFurniture => ({ font: f.font, size: points(f.size), color: f.color })
  return {
    id: p.id,
    name: p.name,
    grid: {
      pageWidth: a.pageWidth,
      pageHeight: a.pageHeight,
      ...a.area,
      columns: a.columns.count,
      columnWidth: a.columns.width,
      gap: a.columns.gap,
      pitch: a.gridPitch!,
      rows: p.rows,
    },
    headerRows: p.header.rows,
    mastheadRows: p.masthead.rows,
    header: { name: furnitureOf(p.header.name), info: furnitureOf(p.header.info) },
    masthead: { paper: furnitureOf(p.masthead.paper), info: furnitureOf(p.masthead.info) },
    rule: p.rule,
    articles,
    fonts: p.fonts,
  }
}
