import { describe, expect, it } from 'vitest'
import { UserError } from '../errors'
import { BUILTIN_PROFILES, DEFAULT_PROFILE } from './builtin-profiles'
import { parsePortalProfile, publicSecurityLink } from './profile'

function rejection(raw: unknown): UserError {
  try {
    parsePortalProfile(raw)
  } catch (error) {
    if (error instanceof UserError) return error
    throw error
  }
  throw new Error('profile was accepted')
}

describe('portal profiles', () => {
  it('ships a neutral default with clearly fictional footer values', () => {
    expect(DEFAULT_PROFILE.id).toBe('default')
    expect(DEFAULT_PROFILE.siteName).toContain('示例')
    expect(DEFAULT_PROFILE.footer.siteIdCode).toBe('0000000000')
    expect(BUILTIN_PROFILES.map((p) => p.id)).toEqual(['default', 'hechuan-red'])
  })

  it('rejects a main colour white text cannot be read on, saying so in Chinese', () => {
    const error = rejection({ ...DEFAULT_PROFILE, colors: { ...DEFAULT_PROFILE.colors, main: '#f0c000' } })
    expect(error.details.join()).toMatch(/颜色 › 主色：此颜色上的白色文字对比度低于 4.5:1/)
  })

  it('accepts at most three colours, by construction', () => {
    expect(rejection({ ...DEFAULT_PROFILE, colors: { ...DEFAULT_PROFILE.colors, accent: '#123456' } }).details.join()).toMatch(/颜色/)
  })

  it('checks the filing numbers against their published formats', () => {
    const bad = rejection({
      ...DEFAULT_PROFILE,
      footer: { ...DEFAULT_PROFILE.footer, siteIdCode: '15030001', icp: 'ICP备123号', publicSecurity: '蒙公网安备:15030202000006' },
    }).details.join('\n')
    expect(bad).toContain('网站标识码：网站标识码应为 10 位数字')
    expect(bad).toContain('ICP备案号：ICP备案号应形如 蒙ICP备05000809号')
    expect(bad).toContain('公安机关备案号：公安机关备案号应形如 蒙公网安备15030202000006号')
    expect(parsePortalProfile({ ...DEFAULT_PROFILE, footer: { ...DEFAULT_PROFILE.footer, siteIdCode: 'bm12345678' } }).footer.siteIdCode).toBe('bm12345678')
  })

  it('gives the query link of a 公安机关备案号', () => {
    expect(publicSecurityLink('蒙公网安备15030202000006号')).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=15030202000006')
    expect(publicSecurityLink('乱写的')).toBeUndefined()
  })
})
