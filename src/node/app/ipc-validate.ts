import { z } from 'zod'
import { articleSchema } from '../../core/model/schema'
import type { ArticleBundle } from '../../core/model/article'

/** Argument schemas for IPC: the renderer is untrusted input like any file. */

const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, '应为二进制数据')

export const bundleSchema = z
  .object({ article: articleSchema, assetData: z.record(z.string(), bytes) })
  .transform((b) => b as ArticleBundle)

export const pathSchema = z.string().min(1).max(4096)
export const nameSchema = z.string().min(1).max(255)
export const docIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/)
export const docInfoSchema = z.object({ displayName: nameSchema, path: pathSchema.optional() }).strict()
export { bytes as bytesSchema }
