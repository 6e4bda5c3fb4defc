import { describe, expect, it } from 'vitest'
import { profileFromFooterText } from './footer-profile'

describe('a portal profile from a scraped footer', () => {
  it('reads labelled footers with full-width colons and normalises the filing numbers', () => {
    const { profile, found, missing } = profileFromFooterText(
      [
        '网站地图 | 联系我们',
        '河川市人民政府门户网站',
        '主办单位：河川市人民政府办公室　承办单位：河川市信息中心',
        '地址：河川市滨江大道88号　邮政编码：999001　联系电话：0999-1234567',
        '示ICP备99990001号-2　示公网安备 99990002000001　网站标识码 9999000001',
      ].join('\n'),
    )
    expect(found).toEqual(['siteName', 'sponsor', 'operator', 'address', 'postcode', 'phone', 'publicSecurity', 'icp', 'siteIdCode'])
    expect(missing).toEqual([])
    expect(profile.siteName).toBe('河川市人民政府门户网站')
    expect(profile.footer).toMatchObject({
      sponsor: '河川市人民政府办公室',
      operator: { label: '承办', name: '河川市信息中心' },
      address: '河川市滨江大道88号',
      postcode: '999001',
      phone: '0999-1234567',
      icp: '示ICP备99990001号-2',
      publicSecurity: '示公网安备99990002000001号',
      siteIdCode: '9999000001',
    })
  })

  it('leaves fields the footer lacks empty instead of keeping example values', () => {
    const { profile, missing } = profileFromFooterText('青山区政府网\n青山区人民政府 主办')
    expect(profile.footer.sponsor).toBe('青山区人民政府')
    expect(profile.footer.address).toBeUndefined()
    expect(profile.footer.operator).toBeUndefined()
    expect(missing).toEqual(['operator', 'address', 'postcode', 'phone', 'publicSecurity', 'icp', 'siteIdCode'])
  })

  it('does not take 网站维护电话 for the 维护单位', () => {
    const { profile } = profileFromFooterText('某某 主办\n网站维护电话：0999-1234567')
    expect(profile.footer.operator).toBeUndefined()
    expect(profile.footer.phone).toBe('0999-1234567')
  })
})
