import * as z from 'zod'
import { once } from '../once'
import { articleSchema, describePath } from '../model/schema'
import type { Validation } from '../model/schema'
import type { PageDocument } from './page'
import { FRAME_BOXES, HEADLINE_WEIGHTS, PAGE_VERSION } from './page'
import { threadsOf } from './threads'

/** Runtime validation of a page document wherever one enters: a page file, IPC, the CLI. */

const KEY = /^[A-Za-z0-9_-]{1,64}$/
const count = (min: number) => z.number().int().min(min).max(500)

/** Built when first used: a command that opens no page file does not build it. */
export const pageDocumentSchema = once(() => {
  const headline = z
    .object({
      direction: z.enum(['across', 'vertical']),
      columns: count(1),
      weight: z.number().int().min(1).max(HEADLINE_WEIGHTS.length),
      side: z.enum(['left', 'right']),
    })
    .strict()

  const frame = z
    .object({
      id: z.string().regex(KEY, '版框编号只能含字母、数字、- 和 _'),
      article: z.string().regex(KEY, '稿件编号只能含字母、数字、- 和 _'),
      column: count(0),
      columns: count(1),
      row: count(0),
      rows: count(1),
      headline,
      figure: z.object({ columns: count(1) }).strict().optional(),
      box: z.enum(FRAME_BOXES).optional(),
      columnRules: z.literal(true).optional(),
    })
    .strict()
    .superRefine((f, ctx) => {
      if (f.headline.columns > f.columns) ctx.addIssue({ code: 'custom', path: ['headline', 'columns'], message: `标题跨 ${f.headline.columns} 栏，版框只有 ${f.columns} 栏` })
      if (f.headline.direction === 'vertical' && f.headline.columns >= f.columns)
        ctx.addIssue({ code: 'custom', path: ['headline', 'columns'], message: '竖题要留出正文的栏：竖题所占栏数应少于版框栏数' })
      if (f.figure && f.figure.columns > f.columns) ctx.addIssue({ code: 'custom', path: ['figure', 'columns'], message: `图片跨 ${f.figure.columns} 栏，版框只有 ${f.columns} 栏` })
    })

  const page = z
    .object({
      number: count(1),
      name: z.string().min(1, '版名不能为空').max(20),
      editor: z.string().max(40).optional(),
      designer: z.string().max(40).optional(),
      masthead: z.literal(true).optional(),
      frames: z.array(frame),
    })
    .strict()

  return z
    .object({
      version: z.literal(PAGE_VERSION),
      preset: z.string().regex(/^[a-z0-9-]{1,40}$/, '版式编号只能含小写字母、数字和 -'),
      paper: z
        .object({
          name: z.string().min(1, '报名不能为空').max(20),
          serial: z
            .string()
            .regex(/^CN ?\d{2}-\d{4}(\/[A-Z0-9.]{1,8})?$/, '刊号应写成 CN 11-0000 或 CN 11-0000/D')
            .optional(),
          issue: z.number().int().min(1).max(1_000_000).optional(),
        })
        .strict(),
      date: z.iso.date('出版日期应写成 YYYY-MM-DD'),
      pages: z.array(page).min(1, '至少要有一个版面'),
      articles: z.record(z.string().regex(KEY, '稿件编号只能含字母、数字、- 和 _'), articleSchema()),
    })
    .strict()
    .superRefine((doc, ctx) => {
      const ids = new Set<string>()
      doc.pages.forEach((p, pi) =>
        p.frames.forEach((f, fi) => {
          const at = ['pages', pi, 'frames', fi]
          if (ids.has(f.id)) ctx.addIssue({ code: 'custom', path: [...at, 'id'], message: `版框编号「${f.id}」重复` })
          ids.add(f.id)
          if (!(f.article in doc.articles)) ctx.addIssue({ code: 'custom', path: [...at, 'article'], message: `稿件「${f.article}」不在文件中` })
        }),
      )
      for (const thread of threadsOf(doc as PageDocument)) {
        const boxed = thread.frames.find((t) => t.frame.box)
        if (boxed && thread.frames.length > 1)
          ctx.addIssue({ code: 'custom', path: ['pages', boxed.page, 'frames', boxed.index, 'box'], message: '加框的短稿只能放在一个版框里，不能转版或续排' })
      }
    })
})

const FIELD_NAMES: Record<string, string> = {
  version: '版本',
  preset: '版式',
  paper: '报纸',
  name: '名称',
  serial: '刊号',
  issue: '期号',
  date: '出版日期',
  number: '版次',
  editor: '责任编辑',
  designer: '美术编辑',
  masthead: '报头',
  id: '编号',
  article: '稿件',
  column: '起始栏',
  columns: '栏数',
  row: '起始行',
  rows: '行数',
  headline: '标题',
  direction: '横竖',
  weight: '级别',
  side: '位置',
  figure: '图片',
  box: '边框',
  columnRules: '栏线',
}

/** A bad field's location in words: 「第 1 个版面 › 第 2 个版框 › 栏数」, 「稿件「a1」 › 第 3 个内容块 › 内容」. */
export function describePagePath(path: readonly PropertyKey[]): string {
  if (path[0] === 'articles' && path.length > 1) {
    const rest = path.slice(2)
    return `稿件「${String(path[1])}」` + (rest.length ? ' › ' + describePath(rest) : '')
  }
  const parts: string[] = []
  for (let i = 0; i < path.length; i++) {
    const key = path[i]
    const next = path[i + 1]
    if ((key === 'pages' || key === 'frames') && typeof next === 'number') {
      parts.push(`第 ${next + 1} 个${key === 'pages' ? '版面' : '版框'}`)
      i++
    } else parts.push(typeof key === 'number' ? `第 ${key + 1} 项` : (FIELD_NAMES[String(key)] ?? String(key)))
  }
  return parts.join(' › ') || '版面文件'
}

export function validatePageDocument(value: unknown): Validation<PageDocument> {
  const result = pageDocumentSchema().safeParse(value)
  if (result.success) return { ok: true, value: result.data as PageDocument }
  return { ok: false, errors: result.error.issues.slice(0, 20).map((issue) => `${describePagePath(issue.path)}：${issue.message}`) }
}
