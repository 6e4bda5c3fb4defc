import * as z from 'zod'
import { CHINESE_SIZES, FONT_ROLES } from '../styles/fonts'

/**
 * Page presets are data (resources/presets/*.json), validated here. Lengths on paper are in mm, type
 * sizes in pt or as 号数 (「三号」), spacing in em of the body size. `resolvePreset` turns a preset into
 * the points the engine works in.
 */

/** Points in a millimetre. */
export const MM = 72 / 25.4

/** FOGRA39: ISO 12647-2 offset on coated paper; CGATS TR 002: SNAP coldset offset on newsprint. */
export const PRINT_CONDITIONS = ['FOGRA39', 'CGATS TR 002'] as const
export type PrintCondition = (typeof PRINT_CONDITIONS)[number]

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, '颜色应写成 #RRGGBB')

const sizeNames = Object.keys(CHINESE_SIZES) as [string, ...string[]]
export const typeSize = z.union([z.number().min(4, '字号不能小于 4 磅').max(200, '字号不能大于 200 磅'), z.enum(sizeNames)])

const textStyle = z
  .object({
    font: z.enum(FONT_ROLES),
    size: typeSize,
    bold: z.boolean().default(false),
    color: color.default('#000000'),
    /** Line pitch as a multiple of the size; ignored on a grid (every line takes whole grid rows). */
    leading: z.number().min(1).max(3).optional(),
    align: z.enum(['justify', 'left', 'center', 'right']).default('justify'),
    /** First-line indent in em of this style (clreq: 2 em on every paragraph). */
    indent: z.number().min(0).max(10).default(2),
    /** Insets from the column edges in em, e.g. 成文日期 右空四字 (GB/T 9704 §7.3.5). */
    insetLeft: z.number().min(0).max(20).default(0),
    insetRight: z.number().min(0).max(20).default(0),
    /** Space before and after the block, in em of the body size. */
    spaceBefore: z.number().min(0).max(10).default(0),
    spaceAfter: z.number().min(0).max(10).default(0),
  })
  .strict()

const STYLE_NAMES = [
  'kicker',
  'title',
  'subtitle',
  'byline',
  'meta',
  'lead',
  'note',
  'quote',
  'signoff',
  'attachment',
  'caption',
  'editor',
  'heading1',
  'heading2',
  'heading3',
  'heading4',
] as const
/**
 * Styles derived from the body rather than set in presets: 主送机关 flush left (GB/T 9704 §7.3.2), 附注 like body
 * text (§7.3.6), 抄送 and 印发 左右各空一字 (§8.1, §8.2).
 */
export type StyleName = 'body' | 'addressee' | 'annotation' | 'cc' | 'imprint' | (typeof STYLE_NAMES)[number]

export const furniture = z
  .object({
    font: z.enum(FONT_ROLES),
    size: typeSize,
    color: color.default('#000000'),
  })
  .strict()

export const presetSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/, '版式编号只能含小写字母、数字和 -'),
    name: z.string().min(1).max(40),
    page: z
      .object({
        width: z.number().min(50).max(2000),
        height: z.number().min(50).max(2000),
        /** Mirror the margins on even pages (binding edge, 订口, alternates sides). */
        twoSided: z.boolean().default(false),
      })
      .strict(),
    /** Top margin and binding-side margin in mm; the others follow from the type area. */
    margins: z.object({ top: z.number().min(0), inner: z.number().min(0) }).strict(),
    /** 版心 in mm. */
    typeArea: z.object({ width: z.number().min(20), height: z.number().min(20) }).strict(),
    /**
     * A fixed grid of `lines` rows: every line and space takes whole rows, so baselines line up across
     * columns and frames (a newspaper's baseline grid). With `chars` it is also a grid of cells (GB/T
     * 9704 §5.2.2: 22 lines of 28 characters): lines are broken as if every mark kept its cell, and no
     * blank rows surround headings.
     */
    grid: z.object({ lines: z.number().int().min(5).max(200), chars: z.number().int().min(5).max(200).optional() }).strict().optional(),
    /** Columns across the type area (newspaper pages); the title block spans them. */
    columns: z.object({ count: z.number().int().min(1).max(12), gap: z.number().min(0).max(50) }).strict().default({ count: 1, gap: 0 }),
    /** Bleed in mm around the trimmed page, with crop marks outside it. */
    bleed: z.number().min(0).max(20).default(0),
    cropMarks: z.boolean().default(false),
    /**
     * rgb for office printers and screens; cmyk for a printing house: colours become process inks and
     * black and greys go on the black plate alone, so text never needs four plates in register.
     */
    colorSpace: z.enum(['rgb', 'cmyk']).default('rgb'),
    /**
     * The printing condition a cmyk job is separated for, by its name in the ICC's registry: the PDF/X
     * output intent names it and embeds its profile, and images are converted through that profile.
     */
    printCondition: z.enum(PRINT_CONDITIONS).default('FOGRA39'),
    body: textStyle.extend({ leading: z.number().min(1).max(3).default(1.7) }),
    styles: z.object(Object.fromEntries(STYLE_NAMES.map((n) => [n, textStyle])) as Record<(typeof STYLE_NAMES)[number], typeof textStyle>).strict(),
    /** Print the news meta: 作者/来源/发布时间 under the title and 责任编辑 at the end (not in 公文). */
    articleMeta: z.boolean().default(true),
    /** Leading of section-heading lines (templates give their size in em of the body). */
    sectionHeadingLeading: z.number().min(1).max(3).default(1.4),
    punctuation: z
      .object({
        /** Space between Han and Latin letters or digits, em (clreq allows up to ¼; 0 turns it off). */
        hanLatinSpace: z.number().min(0).max(0.5).default(0),
        /** Set an opening bracket or quote at the start of a continuation line in half its width. */
        trimLineStartOpening: z.boolean().default(false),
      })
      .strict()
      .default({ hanLatinSpace: 0, trimLineStartOpening: false }),
    keep: z
      .object({
        /** Fewest lines of a paragraph left at the bottom of a page (orphans) or carried to the next (widows). */
        orphans: z.number().int().min(1).max(5).default(2),
        widows: z.number().int().min(1).max(5).default(2),
        /** Lines of text that must follow a heading on its page. */
        headingWithNext: z.number().int().min(0).max(5).default(2),
        /** Fewest characters, marks included, on a paragraph's last line (never one lone character). */
        lastLine: z.number().int().min(2).max(10).default(2),
      })
      .strict()
      .default({ orphans: 2, widows: 2, headingWithNext: 2, lastLine: 2 }),
    /**
     * 落款 (the signoff paragraphs: 发文机关署名 lines, then 成文日期). sealed (GB/T 9704 §7.3.5.1): the date
     * as the signoff style sets it (公文: 右空四字), the names centred over it, the seal pressed on both.
     * unsealed (§7.3.5.2): a blank line, the names 右空二字, the date below with its first character two
     * characters right of theirs — or, when it is longer, 右空二字 with the names moved left to match.
     */
    signoff: z.enum(['sealed', 'unsealed']).default('sealed'),
    runningHead: furniture
      .extend({
        /** What the head shows: the article title or its column (栏目). */
        content: z.enum(['title', 'column']),
        /** mm above the type area to the baseline. */
        offset: z.number().min(0).max(50),
        rule: z.boolean().default(true),
      })
      .strict()
      .optional(),
    pageNumber: furniture
      .extend({
        /** `{n}` is replaced by the number: 「— {n} —」 for 公文. */
        format: z.string().includes('{n}', { message: '页码格式中要有 {n}' }),
        position: z.enum(['center', 'outer']),
        /** Inset from the outer edge, em of the number's size (公文: 一字). */
        inset: z.number().min(0).max(10).default(0),
        /** mm from the bottom of the type area to the top of the number. */
        offset: z.number().min(0).max(50),
      })
      .strict()
      .optional(),
    /** Installed fonts preferred per role, by family or full name; the bundled fonts stand in when none is found. */
    fonts: z.partialRecord(z.enum(FONT_ROLES), z.array(z.string().min(1))).default({}),
  })
  .strict()

export type Preset = z.infer<typeof presetSchema>
type RawStyle = z.infer<typeof textStyle>

/** A style in points, ready for the engine. */
export interface ResolvedStyle {
  font: RawStyle['font']
  size: number
  bold: boolean
  color: string
  /** Line pitch in pt. */
  pitch: number
  align: RawStyle['align']
  /** First-line indent, pt. */
  indent: number
  /** Insets from the column edges, pt. */
  insetLeft: number
  insetRight: number
  /** pt. */
  spaceBefore: number
  spaceAfter: number
}

export interface ResolvedFurniture {
  font: RawStyle['font']
  size: number
  color: string
}

export interface ResolvedPreset {
  id: string
  name: string
  pageWidth: number
  pageHeight: number
  twoSided: boolean
  /** Type area on an odd (recto) page; mirrored on even pages when two-sided. */
  area: { left: number; top: number; width: number; height: number }
  columns: { count: number; gap: number; width: number }
  /** Grid row pitch, when on a grid. */
  gridPitch?: number
  /** The grid has cells (公文): lines break as if marks kept their cells; headings take no blank rows. */
  gridCells: boolean
  /** Extra space between characters on a grid so `grid.chars` full-width characters fill the measure (negative: tighter). */
  gridTracking: number
  bleed: number
  cropMarks: boolean
  processColor: boolean
  printCondition: PrintCondition
  body: ResolvedStyle
  styles: Record<StyleName, ResolvedStyle>
  sectionHeadingLeading: number
  articleMeta: boolean
  hanLatinSpace: number
  trimLineStartOpening: boolean
  keep: Preset['keep']
  signoff: Preset['signoff']
  runningHead?: ResolvedFurniture & { content: 'title' | 'column'; offset: number; rule: boolean }
  pageNumber?: ResolvedFurniture & { format: string; position: 'center' | 'outer'; inset: number; offset: number }
}

/** A type size in points: a number, or a 号数 (「小五」). */
export function points(size: number | string): number {
  return typeof size === 'number' ? size : CHINESE_SIZES[size]!
}

export function resolvePreset(preset: Preset): ResolvedPreset {
  const width = preset.typeArea.width * MM
  const height = preset.typeArea.height * MM
  const bodySize = points(preset.body.size)
  const gridPitch = preset.grid ? height / preset.grid.lines : undefined
  const { count, gap } = preset.columns
  const columnWidth = (width - (count - 1) * gap * MM) / count
  const chars = preset.grid?.chars
  const gridTracking = chars ? (columnWidth - chars * bodySize) / (chars - 1) : 0
  const style = (s: RawStyle, leading: number): ResolvedStyle => {
    const size = points(s.size)
    // On a grid an em of indent is a cell, so indented text stays in the columns of the lines below it.
    const em = size + gridTracking
    return {
      font: s.font,
      size,
      bold: s.bold,
      color: s.color,
      pitch: gridPitch ?? size * (s.leading ?? leading),
      align: s.align,
      indent: s.indent * em,
      insetLeft: s.insetLeft * em,
      insetRight: s.insetRight * em,
      spaceBefore: s.spaceBefore * bodySize,
      spaceAfter: s.spaceAfter * bodySize,
    }
  }
  const body = style(preset.body, preset.body.leading)
  const bodyEm = body.size + gridTracking
  const sideInsets = { ...body, indent: 0, insetLeft: body.insetLeft + bodyEm, insetRight: body.insetRight + bodyEm }
  const styles = { body, addressee: { ...body, indent: 0 }, annotation: body, cc: sideInsets, imprint: sideInsets } as Record<StyleName, ResolvedStyle>
  for (const name of STYLE_NAMES) styles[name] = style(preset.styles[name], preset.body.leading)
  const furnitureOf = (f: z.infer<typeof furniture>): ResolvedFurniture => ({ font: f.font, size: points(f.size), color: f.color })
  return {
    id: preset.id,
    name: preset.name,
    pageWidth: preset.page.width * MM,
    pageHeight: preset.page.height * MM,
    twoSided: preset.page.twoSided,
    area: { left: preset.margins.inner * MM, top: preset.margins.top * MM, width, height },
    columns: { count, gap: gap * MM, width: columnWidth },
    gridPitch,
    gridCells: chars !== undefined,
    gridTracking,
    bleed: preset.bleed * MM,
    cropMarks: preset.cropMarks,
    processColor: preset.colorSpace === 'cmyk',
    printCondition: preset.printCondition,
    body,
    styles,
    sectionHeadingLeading: preset.sectionHeadingLeading,
    articleMeta: preset.articleMeta,
    hanLatinSpace: preset.punctuation.hanLatinSpace,
    trimLineStartOpening: preset.punctuation.trimLineStartOpening,
    keep: preset.keep,
    signoff: preset.signoff,
    runningHead: preset.runningHead && { ...furnitureOf(preset.runningHead), content: preset.runningHead.content, offset: preset.runningHead.offset * MM, rule: preset.runningHead.rule },
    pageNumber: preset.pageNumber && {
      ...furnitureOf(preset.pageNumber),
      format: preset.pageNumber.format,
      position: preset.pageNumber.position,
      inset: preset.pageNumber.inset,
      offset: preset.pageNumber.offset * MM,
    },
  }
}
