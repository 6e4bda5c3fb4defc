import { describe, expect, it } from 'vitest'
import { profileFromFooterText } from '../../src/core/portal/footer-profile'
import { readUserSample, USER_SAMPLE_PATH } from '../fixtures/portal/sample'

/** The user's scraped page, where this checkout has ../shared/fixtures; skipped elsewhere. */
const sample = readUserSample()

describe('the user sample’s footer', () => {
  it('yields every footer field of a portal profile', ({ skip }) => {
    skip(!sample, `no user sample at ${USER_SAMPLE_PATH} (../shared/fixtures)`)
    const { profile, found, missing } = profileFromFooterText(sample!)
    expect(missing).toEqual([])
    expect(found).toHaveLength(9)
    expect(profile.footer.publicSecurity).toMatch(/^[\u4e00-\u9fff]公网安备\d{14}号$/)
    expect(profile.footer.icp).toMatch(/^[\u4e00-\u9fff]ICP备\d+号$/)
    expect(profile.footer.siteIdCode).toMatch(/^\d{10}$/)
    expect(profile.footer.operator?.label).toBe('维护')
    expect(profile.siteName).toMatch(/政府网$/)
  })
})
