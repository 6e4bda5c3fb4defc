import type { Article } from '../model/article'
import type { SectionHeadingTemplate } from '../styles/templates'
import { FONT_ROLE_NAMES } from '../styles/fonts'
import type { FaceId, FontSource } from './font-metrics'
import { faceRole, isBoldFace } from './font-metrics'
import type { Layout } from './frame'
import type { ResolvedPreset } from './preset'
import type { ImageSize } from './text-slabs'
import { composeArticle } from './compose-article'
import type { Rect } from './paginate'
import { paginate } from './paginate'
import { furnishPages } from './page-furniture'
import { findOverflows, overflowWarning } from './overflows'

export interface TypesetInput {
  article: Article
  preset: ResolvedPreset
  fonts: FontSource
  templates: readonly SectionHeadingTemplate[]
  /** Pixel sizes of the images the output can draw, by asset id; others get a placeholder. */
  images?: Readonly<Record<string, ImageSize>>
}

/** Article + preset + font metrics → pages of positioned lines and glyph runs. Pure and synchronous. */
export function typeset({ article, preset, fonts, templates, images = {} }: TypesetInput): Layout {
  const composed = composeArticle(article, { preset, fonts, templates, images })
  const areaOf = (page: number): Rect => {
    const { area, twoSided, pageWidth } = preset
    // Two-sided: the binding edge (订口) is on the left of odd pages and the right of even ones.
    const left = twoSided && page % 2 === 1 ? pageWidth - area.left - area.width : area.left
    return { left, top: area.top, width: area.width, height: area.height }
  }
  const paginated = paginate(composed.slabs, areaOf, preset.columns)
  const headText = preset.runningHead?.content === 'column' ? article.meta.column : article.meta.title
  const pages = furnishPages(paginated.pages, areaOf, preset, headText, fonts, {
    hanLatinSpace: preset.hanLatinSpace,
    tracking: 0,
    trimLineStartOpening: false,
    lastLineMin: 2,
    breakOnCells: false,
  })
  const overflows = findOverflows(pages, paginated.tooTall)
  const warnings = [...substitutionWarnings(composed.substitutions), ...composed.warnings, ...overflows.map(overflowWarning)]
  return {
    geometry: { width: preset.pageWidth, height: preset.pageHeight, bleed: preset.bleed, cropMarks: preset.cropMarks, processColor: preset.processColor, ...(preset.processColor ? { printCondition: preset.printCondition } : {}) },
    pages,
    bookmarks: paginated.bookmarks,
    blockPages: blockPageList(paginated.blockPages, article.blocks.length),
    warnings,
    overflows,
  }
}

function faceName(face: FaceId): string {
  return FONT_ROLE_NAMES[faceRole(face)] + (isBoldFace(face) ? '（粗）' : '')
}

/** Missing glyphs as the reader is told: the character, the face that lacks it and what printed it instead. */
export function substitutionWarnings(subs: readonly { char: string; wanted: FaceId; used?: FaceId }[]): string[] {
  const seen = new Map<string, string>()
  for (const s of subs) {
    const key = `${s.char}\u0000${s.wanted}`
    if (seen.has(key)) continue
    seen.set(key, s.used ? `「${s.char}」${faceName(s.wanted)}字体中没有，已用${faceName(s.used)}代替。` : `「${s.char}」所有字体中都没有，印出来会是空框，请换用其他字体。`)
  }
  return [...seen.values()]
}

/** A block merged into its neighbour (run-in heading, 落款 group) starts where the block before it does. */
function blockPageList(found: ReadonlyMap<number, number>, count: number): number[] {
  const pages: number[] = []
  for (let i = 0; i < count; i++) pages.push(found.get(i) ?? pages[i - 1] ?? 0)
  return pages
}
