import * as z from 'zod'
import { UserError } from '../errors'
import { contrastRatio } from './contrast'

/**
 * A portal profile: what a government site's article page looks like around the article (identity,
 * colours, navigation, footer). 国办发〔2017〕47号《网页设计规范》 asks for one main colour and at most three
 * in total, so the palette has exactly three named slots; neutrals (white, greys) are not counted.
 */

const hex = z.string().regex(/^#[0-9a-fA-F]{6}$/, '颜色应写成 #RRGGBB')
const shortText = (max: number) => z.string().trim().min(1, '不能为空').max(max, `不能超过 ${max} 个字`)

/** 6-digit area code + 4-digit serial (1503000001); ministries use bm + 8 digits. */
export const SITE_ID_CODE = /^(\d{10}|bm\d{8})$/
/** 蒙ICP备05000809号, optionally with a -N site suffix. */
export const ICP_FILING = /^[\u4e00-\u9fff]ICP备\d{6,10}号(-\d{1,3})?$/
/** 蒙公网安备15030202000006号: province abbreviation, 14 digits, 号. */
export const PUBLIC_SECURITY_FILING = /^[\u4e00-\u9fff]公网安备(\d{14})号$/

const logo = z
  .object({
    mime: z.enum(['image/png', 'image/jpeg']),
    /** The image bytes; kept in the profile so a profile file is self-contained. */
    base64: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, '标志图片数据应为 base64').max(400_000, '标志图片不能超过 300 KB'),
    alt: shortText(40),
    /** Display height in the masthead, px. */
    height: z.number().int().min(24).max(120),
  })
  .strict()

export const portalProfileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/, '门户编号只能含小写字母、数字和 -'),
    /** The profile's name in settings, e.g. 「默认（示例）」. */
    name: shortText(30),
    siteName: shortText(40),
    logo: logo.optional(),
    colors: z
      .object({
        /** Masthead, rules, accents. White text sits on it. */
        main: hex,
        /** Navigation bar and footer band. White text sits on it. */
        dark: hex,
        /** Page background behind the article card. Dark text sits on it. */
        background: hex,
      })
      .strict(),
    /** Width of the page frame in px (portals use 1000–1200). */
    contentWidth: z.number().int().min(960).max(1600),
    nav: z.array(shortText(8)).min(1, '导航至少要有一项').max(10, '导航最多 10 项'),
    /** Header entries now expected on government sites (适老化 and 信息无障碍 work, 2021). */
    entries: z.object({ accessibility: z.boolean(), elderMode: z.boolean() }).strict(),
    footer: z
      .object({
        /** 主办单位. */
        sponsor: shortText(60),
        /** 承办/维护单位, shown after its label. */
        operator: z.object({ label: z.enum(['承办', '维护', '承办/维护']), name: shortText(60) }).strict().optional(),
        address: shortText(80).optional(),
        postcode: z.string().regex(/^\d{6}$/, '邮编应为 6 位数字').optional(),
        phone: z.string().regex(/^[\d\-（）()、 ]{5,40}$/, '联系电话只能含数字和 -').optional(),
        siteIdCode: z.string().regex(SITE_ID_CODE, '网站标识码应为 10 位数字（部委为 bm 加 8 位数字）').optional(),
        icp: z.string().regex(ICP_FILING, 'ICP备案号应形如 蒙ICP备05000809号').optional(),
        publicSecurity: z.string().regex(PUBLIC_SECURITY_FILING, '公安机关备案号应形如 蒙公网安备15030202000006号').optional(),
        sitemap: z.boolean(),
        /** 党政机关标识 (the conac.cn badge): the portal template draws it; the preview shows a placeholder. */
        conacBadge: z.boolean(),
        /** 「我为政府网站找错」 entry: likewise owned by the template, a placeholder in the preview. */
        errorReport: z.boolean(),
      })
      .strict(),
  })
  .strict()
  .superRefine((profile, ctx) => {
    // White header/footer text and dark body text must stay readable (WCAG 1.4.3, GB/T 37668).
    for (const key of ['main', 'dark'] as const) {
      if (contrastRatio(profile.colors[key], '#ffffff') < 4.5)
        ctx.addIssue({ code: 'custom', path: ['colors', key], message: '此颜色上的白色文字对比度低于 4.5:1，请选更深的颜色' })
    }
    if (contrastRatio(profile.colors.background, '#333333') < 7)
      ctx.addIssue({ code: 'custom', path: ['colors', 'background'], message: '页面底色过深，正文区外的深色文字不易看清，请选更浅的颜色' })
  })

export type PortalProfile = z.infer<typeof portalProfileSchema>
export type PortalFooter = PortalProfile['footer']

const FIELD_NAMES: Record<string, string> = {
  id: '编号',
  name: '名称',
  siteName: '网站名称',
  logo: '标志',
  colors: '颜色',
  main: '主色',
  dark: '深色',
  background: '底色',
  contentWidth: '版心宽度',
  nav: '导航',
  entries: '页头入口',
  footer: '页脚',
  sponsor: '主办单位',
  operator: '承办/维护单位',
  address: '地址',
  postcode: '邮编',
  phone: '联系电话',
  siteIdCode: '网站标识码',
  icp: 'ICP备案号',
  publicSecurity: '公安机关备案号',
}

/** Validates a profile read from a file or settings; the error lists each bad field in words. */
export function parsePortalProfile(raw: unknown, source = '门户配置'): PortalProfile {
  const result = portalProfileSchema.safeParse(raw)
  if (result.success) return result.data
  const details = result.error.issues
    .slice(0, 20)
    .map((issue) => `${issue.path.map((p) => (typeof p === 'number' ? `第 ${p + 1} 项` : (FIELD_NAMES[String(p)] ?? String(p)))).join(' › ')}：${issue.message}`)
  throw new UserError('portal.invalid-profile', `${source}有误，无法使用：`, details)
}

/**
 * The query link for a 公安机关备案号 (https://beian.mps.gov.cn/#/query/webSearch?code=…). Banxin never puts
 * it into an exported page (no external URLs); settings show it so the webmaster can check the filing.
 */
export function publicSecurityLink(filing: string): string | undefined {
  const code = PUBLIC_SECURITY_FILING.exec(filing)?.[1]
  return code ? `https://beian.mps.gov.cn/#/query/webSearch?code=${code}` : undefined
}
