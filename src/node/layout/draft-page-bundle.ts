import type { ArticleBundle } from '../../core/model/article'
import type { HeadlineSpec, PageBundle, PageSpec, Paper } from '../../core/page/page'
import type { PagePreset } from '../../core/page/page-preset'
import { resolvePagePreset } from '../../core/page/page-preset'
import { draftPage } from '../../core/makeup/draft-page'
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
