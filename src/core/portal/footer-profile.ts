import { DEFAULT_PROFILE } from './builtin-profiles'
import { parsePortalProfile, type PortalFooter, type PortalProfile } from './profile'

/**
 * A profile from the footer of a scraped portal page (底部功能区). Footers write the same facts in many
 * ways — 「主办：X」 or 「X 主办」, 「蒙公网安备:15030202000006」 without 号 — so each field has a few
 * patterns, and values are normalised to the forms the profile schema accepts.
 */

export type FooterField = 'siteName' | 'sponsor' | 'operator' | 'address' | 'postcode' | 'phone' | 'publicSecurity' | 'icp' | 'siteIdCode'

export const FOOTER_FIELD_NAMES: Record<FooterField, string> = {
  siteName: '网站名称',
  sponsor: '主办单位',
  operator: '承办/维护单位',
  address: '地址',
  postcode: '邮编',
  phone: '联系电话',
  publicSecurity: '公安机关备案号',
  icp: 'ICP备案号',
  siteIdCode: '网站标识码',
}

export interface FooterProfileResult {
  profile: PortalProfile
  /** Fields read from the text. */
  found: FooterField[]
  /** Fields the text did not give: left empty, except 主办单位 (required), which keeps the base profile's. */
  missing: FooterField[]
}

const LABELLED = /主办|承办|维护|地址|邮编|电话|备案|标识码|ICP|版权|技术支持/

function firstMatch(lines: readonly string[], patterns: readonly RegExp[]): RegExpExecArray | undefined {
  for (const pattern of patterns) {
    for (const line of lines) {
      const m = pattern.exec(line)
      if (m) return m
    }
  }
  return undefined
}

/** The first token that names a site (乌海政府网, ××市人民政府门户网站) on a line that is not a labelled field. */
function siteName(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    if (LABELLED.test(line) || line.includes(':')) continue
    for (const token of line.split(/[\s|｜]+/)) {
      if (/^[\u4e00-\u9fffA-Za-z0-9]{2,30}(?:政府网|门户网站|政府网站|网)$/.test(token) && !/网站地图$/.test(token)) return token
    }
  }
  return undefined
}

function readFooter(lines: readonly string[]): Partial<PortalFooter> & { siteName?: string } {
  const out: Partial<PortalFooter> & { siteName?: string } = {}
  const name = siteName(lines)
  if (name) out.siteName = name
  const sponsor = firstMatch(lines, [/主办(?:单位)?\s*:\s*(\S+)/, /(\S+)\s*主办(?=\s|$)/])
  if (sponsor) out.sponsor = sponsor[1]!
  const operator = firstMatch(lines, [/(承办|维护)(?:单位)?\s*:\s*(\S+)/, /(\S+?)\s*(承办|维护)(?=\s|$)/])
  if (operator) {
    const labelled = /^(承办|维护)$/.test(operator[1]!)
    out.operator = { label: (labelled ? operator[1] : operator[2]) as '承办' | '维护', name: (labelled ? operator[2] : operator[1])! }
  }
  const address = firstMatch(lines, [/地址\s*:\s*(\S+)/])
  if (address) out.address = address[1]!
  const postcode = firstMatch(lines, [/(?:邮编|邮政编码)\s*:\s*(\d{6})(?!\d)/])
  if (postcode) out.postcode = postcode[1]!
  const phone = firstMatch(lines, [/电话\s*:\s*(\d[\d-]{4,}\d)/])
  if (phone) out.phone = phone[1]!
  const security = firstMatch(lines, [/([\u4e00-\u9fff])公网安备\s*:?\s*(\d{14})(?!\d)/])
  if (security) out.publicSecurity = `${security[1]}公网安备${security[2]}号`
  const icp = firstMatch(lines, [/([\u4e00-\u9fff])ICP备\s*:?\s*(\d{6,10})\s*号?(-\d{1,3})?/])
  if (icp) out.icp = `${icp[1]}ICP备${icp[2]}号${icp[3] ?? ''}`
  const idCode = firstMatch(lines, [/标识码\s*:?\s*(bm\d{8}|\d{10})(?!\d)/])
  if (idCode) out.siteIdCode = idCode[1]!
  return out
}

export function profileFromFooterText(text: string, base: PortalProfile = DEFAULT_PROFILE): FooterProfileResult {
  const lines = text
    .replace(/：/g, ':')
    .split(/\r?\n/)
    .map((line) => line.replace(/[\u3000\u00a0]/g, ' ').trim())
    .filter(Boolean)
  const { siteName: name, ...footer } = readFooter(lines)
  const found = [...(name ? ['siteName' as const] : []), ...(Object.keys(footer) as FooterField[])]
  const profile = parsePortalProfile(
    {
      ...base,
      id: 'from-footer',
      name: name ?? base.name,
      siteName: name ?? base.siteName,
      footer: {
        sitemap: base.footer.sitemap,
        conacBadge: base.footer.conacBadge,
        errorReport: base.footer.errorReport,
        sponsor: base.footer.sponsor,
        ...footer,
      },
    },
    '从页脚读出的门户配置',
  )
  const all = Object.keys(FOOTER_FIELD_NAMES) as FooterField[]
  return { profile, found: all.filter((f) => found.includes(f)), missing: all.filter((f) => !found.includes(f)) }
}
