import { describe, expect, it } from 'vitest'
import { article } from '../../../core/model/build'
import { suggestPackageName, titleSlug } from './package-name'

describe('package name suggestion', () => {
  it('is the publish date and the pinyin of the title’s first phrase', () => {
    const a = article({ title: '办好民生实事　绘就幸福底色', publishedAt: '2026-03-16T09:30:00+08:00' }, [])
    expect(suggestPackageName(a)).toBe('20260316-banhaominshengshishi.zip')
  })

  it('stays ASCII and short whatever the title holds', () => {
    expect(titleSlug('2026年政府工作报告')).toBe('2026nianzhengfugongzuobaogao')
    expect(titleSlug('关于印发《示例办法》的通知')).toBe('guanyuyinfa-shilibanfa')
    expect(titleSlug('！！')).toBe('article')
    expect(titleSlug('一'.repeat(80))).toMatch(/^[a-z]{1,32}$/)
  })

  it('uses today when the article has no publish time', () => {
    expect(suggestPackageName(article({ title: 'Hello' }, []), new Date('2026-01-02T00:00:00Z'))).toBe('20260102-hello.zip')
  })
})
