import type { ArticleBundle } from '../../core/model/article'
import type { HeadlineSpec, PageBundle, PageSpec, Paper } from '../../core/page/page'
import type { PagePreset } from '../../core/page/page-preset'
import { resolvePagePreset } from '../../core/page/page-preset'
import { draftPage, type PageDraft } from '../../core/makeup/draft-page'
import { storiesToDraft } from '../../core/makeup/redraft-page'
import { findPagePreset } from '../../core/page/builtin-page-presets'
import type { SectionHeadingTemplate } from '../../core/styles/templates'
import { BUILTIN_TEMPLATES } from '../../core/styles/builtin-templates'
import type { FaceId } from '../../core/typeset/font-metrics'
import { createFontRegistry } from '../fonts/font-registry'
import { drawableImages } from './layout-bundle'

/**
 * Articles → a page file with the automatic first draft of one page (core/makeup/draft-page) laid out
 * with real fonts. Every article goes into the file, so one the page could not hold stays there,
 * unplaced, for the editor to place or cut.
 */

export interface DraftStoryBundle {
  bundle: ArticleBundle
  lead?: boolean
  headline?: HeadlineSpec['direction']
}

export interface DraftRequest {
  stories: readonly DraftStoryBundle[]
  preset: PagePreset
  paper: Paper
  /** 出版日期, YYYY-MM-DD. */
  date: string
  page: Omit<PageSpec, 'frames'>
  fonts?: Partial<Record<FaceId, string>>
}

export interface DraftedPage {
  bundle: PageBundle
  /** Keys of the articles the page could not hold. */
  unplaced: string[]
  /** Rows × columns left empty, for a page short of copy. */
  emptyRows: number
}

export function draftPageBundle(request: DraftRequest): DraftedPage {
  const preset = resolvePagePreset(request.preset)
  const fonts = createFontRegistry({ preferences: preset.fonts, files: request.fonts })
  const keyed = request.stories.map((s, i) => ({ ...s, key: `a${i + 1}` }))
  const images = Object.fromEntries(keyed.map((s) => [s.key, drawableImages(s.bundle)]))
  const draft = draftPage({
    stories: keyed.map(({ key, bundle, lead, headline }) => ({ key, article: bundle.article, ...(lead ? { lead } : {}), ...(headline ? { headline } : {}) })),
    preset,
    page: request.page,
    fonts,
    templates: BUILTIN_TEMPLATES,
    images,
  })
  return {
    bundle: {
      page: {
        version: 1,
        preset: request.preset.id,
        paper: request.paper,
        date: request.date,
        pages: [{ ...request.page, frames: draft.frames }],
        articles: Object.fromEntries(keyed.map((s) => [s.key, s.bundle.article])),
      },
      assetData: Object.fromEntries(keyed.map((s) => [s.key, s.bundle.assetData])),
    },
    unplaced: draft.unplaced,
    emptyRows: draft.emptyRows,
  }
}

/**
 * 自动排版 of one 版 of a page file (the 版面 view): its stories and the file's unplaced ones drafted
 * again with real fonts. The frames come back as the draft made them; `withDraftedFrames` puts them on
 * the page (as one undoable edit).
 */
export function redraftPage(bundle: PageBundle, index: number, options: { fonts?: Partial<Record<FaceId, string>>; templates?: readonly SectionHeadingTemplate[] } = {}): PageDraft {
  const doc = bundle.page
  const preset = resolvePagePreset(findPagePreset(doc.preset))
  const choices = storiesToDraft(doc, index)
  const { frames: _placed, ...page } = doc.pages[index]!
  return draftPage({
    stories: choices.map((c) => ({ ...c, article: doc.articles[c.key]! })),
    preset,
    page,
    fonts: createFontRegistry({ preferences: preset.fonts, files: options.fonts }),
    templates: options.templates ?? BUILTIN_TEMPLATES,
    images: Object.fromEntries(choices.map((c) => [c.key, drawableImages({ article: doc.articles[c.key]!, assetData: bundle.assetData[c.key] ?? {} })])),
  })
}
