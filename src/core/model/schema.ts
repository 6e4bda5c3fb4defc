import * as z from 'zod'
import { zhCN } from 'zod/locales'
import { once } from '../once'
import type { Article } from './article'
import { ARTICLE_VERSION, MARKS, PARAGRAPH_ROLES } from './article'
import { isPublishedAt } from './dates'
import { CROP_MIN_KEPT, IMAGE_MAX_MM, IMAGE_MIN_MM } from './image-frame'

// Messages from the schema reach users, so they are in Chinese.
z.config(zhCN())

/**
 * Runtime validation for every place an Article enters: file open, IPC, paste, and the tests of import.
 * Built when first used: a .txt export, whose Article the importer built, validates none.
 */
export const articleSchema = once(() => {
  const inline = z
    .object({
      text: z.string(),
      ...Object.fromEntries(MARKS.map((m) => [m, z.literal(true).optional()])),
    })
    .strict()

  const inlines = z.array(inline).min(1, '至少要有一个文字节点')

  const imageWidth = z.union([
    z.object({ fraction: z.number().gt(0).max(1) }).strict(),
    z.object({ mm: z.number().min(IMAGE_MIN_MM).max(IMAGE_MAX_MM) }).strict(),
  ])

  const cropEdge = z.number().min(0).lt(1)
  const imageCrop = z
    .object({ left: cropEdge, top: cropEdge, right: cropEdge, bottom: cropEdge })
    .strict()
    .refine((c) => 1 - c.left - c.right >= CROP_MIN_KEPT - 1e-9 && 1 - c.top - c.bottom >= CROP_MIN_KEPT - 1e-9, '裁剪后至少要保留原图的十分之一')

  const headingLine = z.object({ type: z.literal('heading-line'), children: inlines }).strict()

  const blockSchema = z.discriminatedUnion('type', [
    z.object({ type: z.literal('paragraph'), role: z.enum(PARAGRAPH_ROLES).optional(), children: inlines }).strict(),
    z
      .object({
        type: z.literal('section-heading'),
        template: z.string().min(1),
        children: z.union([z.tuple([headingLine]), z.tuple([headingLine, headingLine])]),
      })
      .strict(),
    z
      .object({
        type: z.literal('heading'),
        level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
        number: z.string().min(1).max(40).optional(),
        runIn: z.literal(true).optional(),
        children: inlines,
      })
      .strict(),
    z.object({ type: z.literal('quote'), children: inlines }).strict(),
    z
      .object({
        type: z.literal('image'),
        asset: z.string().min(1),
        alt: z.string(),
        caption: z.string().optional(),
        credit: z.string().optional(),
        width: imageWidth.optional(),
        align: z.enum(['left', 'center', 'right']).optional(),
        crop: imageCrop.optional(),
        children: z.tuple([z.object({ text: z.literal('') }).strict()]),
      })
      .strict(),
  ])

  const meta = z
    .object({
      kicker: z.string().optional(),
      title: z.string(),
      subtitle: z.string().optional(),
      byline: z.string().optional(),
      author: z.string().optional(),
      source: z.string().optional(),
      publishedAt: z
        .string()
        .refine(isPublishedAt, '应为日期（2020-08-03）或日期和时间（2020-08-03T16:26+08:00）')
        .optional(),
      docNumber: z.string().optional(),
      editor: z.string().optional(),
      proofreader: z.string().optional(),
      column: z.string().optional(),
      keywords: z.array(z.string()).optional(),
      summary: z.string().optional(),
    })
    .strict()

  const asset = z
    .object({
      mime: z.enum(['image/jpeg', 'image/png', 'image/gif', 'image/webp']),
      name: z.string(),
      width: z.number().int().positive().optional(),
      height: z.number().int().positive().optional(),
    })
    .strict()

  return z
    .object({
      version: z.literal(ARTICLE_VERSION),
      meta,
      blocks: z.array(blockSchema).min(1, '正文至少要有一段'),
      assets: z.record(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '图片编号只能含字母、数字、- 和 _'), asset),
    })
    .strict()
    .superRefine((article, ctx) => {
      article.blocks.forEach((block, i) => {
        if (block.type === 'image' && !(block.asset in article.assets)) {
          ctx.addIssue({ code: 'custom', path: ['blocks', i, 'asset'], message: `图片 ${block.asset} 不在文件中` })
        }
      })
    })
})

const FIELD_NAMES: Record<string, string> = {
  meta: '文章信息',
  kicker: '引题',
  title: '主题',
  subtitle: '副题',
  byline: '电头',
  author: '作者',
  source: '来源',
  publishedAt: '发布时间',
  docNumber: '发文字号',
  editor: '责任编辑',
  proofreader: '校对',
  column: '栏目',
  keywords: '关键词',
  summary: '摘要',
  assets: '图片',
  version: '版本',
  template: '小标题模板',
  level: '标题级别',
  number: '标题序号',
  children: '内容',
  alt: '替代文字',
  caption: '图注',
  role: '段落类型',
}

/** A bad field's location in words: 「第 3 个内容块 › 内容 › 第 1 项」. */
export function describePath(path: readonly PropertyKey[]): string {
  const parts: string[] = []
  for (let i = 0; i < path.length; i++) {
    const key = path[i]
    if (key === 'blocks' && typeof path[i + 1] === 'number') {
      parts.push(`第 ${(path[i + 1] as number) + 1} 个内容块`)
      i++
    } else if (typeof key === 'number') {
      parts.push(`第 ${key + 1} 项`)
    } else {
      parts.push(FIELD_NAMES[String(key)] ?? String(key))
    }
  }
  return parts.join(' › ') || '文章'
}

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: string[] }

export function validateArticle(value: unknown): Validation<Article> {
  const result = articleSchema().safeParse(value)
  if (result.success) return { ok: true, value: result.data as Article }
  return {
    ok: false,
    errors: result.error.issues.slice(0, 20).map((issue) => `${describePath(issue.path)}：${issue.message}`),
  }
}
