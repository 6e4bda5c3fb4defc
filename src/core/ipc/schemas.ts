import * as z from 'zod'
import type { Article, ArticleBundle } from '../model/article'
import { reviewSchema } from '../model/review'
import { articleSchema } from '../model/schema'
import { FONT_ROLES } from '../styles/fonts'
import type { PageBundle, PageDocument } from '../page/page'
import { pageDocumentSchema } from '../page/page-schema'

/**
 * Argument schemas for IPC: what the renderer sends is untrusted input like any file, so every
 * channel's arguments are parsed before a handler sees them.
 */

export const pathArg = z.string().min(1).max(4096)
export const nameArg = z.string().min(1).max(255)
export const docIdArg = z.string().regex(/^[A-Za-z0-9-]{1,64}$/)
export const idArg = z.string().min(1).max(64)
export const bytesArg = z.custom<Uint8Array>((v) => v instanceof Uint8Array, '应为二进制数据')
export const fontRoleArg = z.enum(FONT_ROLES)

// The article schema's output is the Article the model declares; validateArticle makes the same step.
export const bundleArg = z
  .object({
    article: articleSchema().transform((a) => a as Article),
    assetData: z.record(z.string(), bytesArg),
    review: reviewSchema().optional(),
  })
  .transform((b): ArticleBundle => b)

// The page schema's output is the PageDocument the model declares, as validatePageDocument has it.
export const pageBundleArg = z
  .object({ page: pageDocumentSchema().transform((p) => p as PageDocument), assetData: z.record(z.string(), z.record(z.string(), bytesArg)) })
  .transform((b): PageBundle => b)

/** What a .banxin holds: an article, or a page file (版面). */
export const contentArg = z.union([bundleArg, pageBundleArg])

export const docInfoArg = z.object({ displayName: nameArg, path: pathArg.optional() }).strict()

/** An export as the renderer asks for it; main resolves profile, preset and fonts from settings. */
export const exportOrderArg = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('pdf'),
      presetId: idArg,
      target: pathArg,
      pages: z.object({ from: z.number().int().min(1), to: z.number().int().min(1) }).strict().optional(),
      /** PDF/A-2b for an archive. */
      pdfa: z.boolean().optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('package'),
      profileId: idArg,
      folder: z.boolean(),
      target: pathArg,
    })
    .strict(),
  z.object({ kind: z.literal('text'), target: pathArg }).strict(),
])

export type ExportOrder = z.output<typeof exportOrderArg>

export const exportTargetKindArg = z.enum(['pdf', 'package', 'text', 'folder'])

/** Clipboard commands the page asks main to run on itself (the native menu's roles, as Word offers them). */
export const editCommandArg = z.enum(['cut', 'copy', 'paste', 'pasteAsText'])
export type EditCommand = z.output<typeof editCommandArg>

const menuLabel = z.string().min(1).max(40)
const menuCommand = z
  .object({ id: z.string().min(1).max(64), label: menuLabel, enabled: z.boolean().optional(), checked: z.boolean().optional() })
  .strict()
const menuSeparator = z.object({ type: z.literal('separator') }).strict()

/** A right-click menu as the page describes it: commands by id, separators, one level of submenus. */
export const contextMenuArg = z
  .array(z.union([menuCommand, menuSeparator, z.object({ label: menuLabel, submenu: z.array(z.union([menuCommand, menuSeparator])).max(40) }).strict()]))
  .max(40)
export type ContextMenu = z.output<typeof contextMenuArg>
export type ContextMenuItem = ContextMenu[number]
