import * as z from 'zod'
import { FONT_ROLES } from './fonts'

/**
 * Section-heading templates (插题样式). One definition drives the editor's CSS, the portal's inline
 * styles and the typesetter, so a heading looks the same on screen, on the portal and on paper.
 * Sizes are in em of the body text, so they scale with each output's body size.
 */

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, '颜色应写成 #RRGGBB')

/**
 * On the portal a colour may follow the site's main colour, so one template suits every portal
 * profile; `color` is then what print (and a page without a profile) uses.
 */
const portalColor = z.literal('main').optional()

const lineStyle = z
  .object({
    font: z.enum(FONT_ROLES),
    size: z.number().min(0.6, '字号不能小于正文的 0.6 倍').max(3, '字号不能大于正文的 3 倍'),
    bold: z.boolean(),
    color,
    portalColor,
  })
  .strict()

const decoration = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }).strict(),
  z.object({ kind: z.literal('left-rule'), color, portalColor, width: z.number().min(0.05).max(1) }).strict(),
  z.object({ kind: z.literal('band'), color, portalColor }).strict(),
  z.object({ kind: z.literal('brackets'), open: z.string().min(1).max(2), close: z.string().min(1).max(2) }).strict(),
])

export const sectionHeadingTemplateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/, '模板编号只能含小写字母、数字和 -'),
    name: z.string().min(1, '模板名称不能为空').max(20),
    align: z.enum(['center', 'left']),
    /** one-line joins main and sub with a full-width space (序号 style). */
    layout: z.enum(['two-lines', 'one-line']),
    main: lineStyle,
    sub: lineStyle,
    decoration,
    /** chinese: prefix 一、二、三、 counted over the article's section headings. */
    numbering: z.enum(['none', 'chinese']),
    spaceBefore: z.number().min(0).max(4),
    spaceAfter: z.number().min(0).max(4),
  })
  .strict()

export type SectionHeadingTemplate = z.infer<typeof sectionHeadingTemplateSchema>

export const templateFileSchema = z.object({ templates: z.array(sectionHeadingTemplateSchema).min(1) }).strict()

export const DEFAULT_TEMPLATE_ID = 'double-center'

/** The template a heading names, or the default when the name is unknown (e.g. a deleted user template). */
export function findTemplate(templates: readonly SectionHeadingTemplate[], id: string): SectionHeadingTemplate {
  return templates.find((t) => t.id === id) ?? templates.find((t) => t.id === DEFAULT_TEMPLATE_ID) ?? templates[0]!
}

/** The template as a portal with main colour `main` shows it: colours that follow the portal take it. */
export function templateOnPortal(template: SectionHeadingTemplate, main: string): SectionHeadingTemplate {
  const line = (s: SectionHeadingTemplate['main']) => (s.portalColor === 'main' ? { ...s, color: main } : s)
  const d = template.decoration
  const decoration = (d.kind === 'band' || d.kind === 'left-rule') && d.portalColor === 'main' ? { ...d, color: main } : d
  return { ...template, main: line(template.main), sub: line(template.sub), decoration }
}
