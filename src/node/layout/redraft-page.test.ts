import { describe, expect, it } from 'vitest'
import { withDraftedFrames } from '../../core/makeup/redraft-page'
import { frontPage } from '../../../e2e/page/page-files'
import { redraftPage } from './draft-page-bundle'
import { layoutPage } from './layout-page'

describe('自动排版 of a 版 in the 版面 view', () => {
  it('a front page with a story that does not fit comes back with every story on it and nothing overset, the 头条 kept', () => {
    const bundle = frontPage()
    bundle.page.pages[0]!.frames[2]!.rows = 12
    expect(layoutPage(bundle).frames.find((f) => f.id === 'f3')!.overset).toBeGreaterThan(0)

    const draft = redraftPage(bundle, 0)
    expect(draft.unplaced).toEqual([])
    const page = withDraftedFrames(bundle.page, 0, draft.frames)
    const frames = page.pages[0]!.frames
    expect(frames.map((f) => f.article).sort()).toEqual(['lead', 'second', 'short', 'side'])
    expect(frames.find((f) => f.headline.weight === 1)?.article).toBe('lead')
    expect(layoutPage({ ...bundle, page }).frames.map((f) => [f.article, f.overset])).toEqual(frames.map((f) => [f.article, 0]))
  })
})
