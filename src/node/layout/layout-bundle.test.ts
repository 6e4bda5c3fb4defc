import { describe, expect, it } from 'vitest'
import { findPreset } from '../../core/typeset/builtin-presets'
import { layoutStats } from '../../core/typeset/layout-stats'
import { resolvePreset } from '../../core/typeset/preset'
import { stressArticle } from '../../../test/fixtures/typeset/fixtures'
import { layoutBundle } from './layout-bundle'

describe('压力稿件（密集标点、网址、长单词、带 % 的数字），用真实字体排', () => {
  for (const id of ['a4', 'gongwen', 'newspaper']) {
    it(`${id}：避头尾零错误，字距不超过四分之一字，没有排出栏外的行`, () => {
      const { layout } = layoutBundle({ article: stressArticle(), assetData: {} }, { preset: id })
      const preset = resolvePreset(findPreset(id))
      const s = layoutStats(layout, { tracking: preset.gridTracking, hanLatinSpace: preset.hanLatinSpace, cells: preset.gridCells })
      expect(s.lineStartFaults, '行首禁则').toEqual([])
      expect(s.lineEndFaults, '行尾禁则').toEqual([])
      expect(s.stretchFaults, '字距不超过四分之一字').toEqual([])
      expect(s.overflowFaults, '不出栏').toEqual([])
      expect(layout.overflows).toEqual([])
      expect(s.widthFaults, '两端对齐的行宽等于栏宽').toEqual([])
      expect(s.pairFaults).toEqual([])
      expect(s.lineEndMarkFaults).toEqual([])
      expect(s.loneLastLines).toEqual([])
    })
  }
})
