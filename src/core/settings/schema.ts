import * as z from 'zod'
import { FONT_ROLES } from '../styles/fonts'
import { sectionHeadingTemplateSchema } from '../styles/templates'
import { portalProfileSchema } from '../portal/profile'
import { presetSchema } from '../typeset/preset'

/**
 * While someone keeps typing, autosave writes a copy at least this often, whatever the idle time they
 * chose (`autosaveSeconds`), so a crash never costs more than a few seconds of typing.
 */
export const AUTOSAVE_MAX_WAIT_SECONDS = 4

/**
 * The user's settings (settings.json in the app's data folder). Every field has a default so a missing
 * or partial file still loads; a value out of range is reported field by field.
 */
export const settingsSchema = z
  .object({
    version: z.literal(1).default(1),
    autosaveSeconds: z.number().int().min(1, '自动保存间隔至少 1 秒').max(600, '自动保存间隔最多 600 秒').default(2),
    /** Apply every punctuation fix on import; off, the fixes wait in the editor's 检查 panel for review. */
    normalizeOnImport: z.boolean().default(false),
    /** Per font role, a font file chosen by the user; absent = the bundled or detected default. */
    fonts: z.partialRecord(z.enum(FONT_ROLES), z.string().min(1)).default({}),
    defaultPreset: z.string().default('a4'),
    defaultProfile: z.string().default('default'),
    /** User section-heading templates, beside the built-in ones. */
    templates: z.array(sectionHeadingTemplateSchema).default([]),
    portalProfiles: z.array(portalProfileSchema).default([]),
    /** User page presets (edited copies of the built-in ones). */
    presets: z.array(presetSchema).default([]),
    layout: z
      .object({
        previewOpen: z.boolean().default(true),
        previewMode: z.enum(['portal', 'print']).default('portal'),
        previewWidth: z.number().min(280).max(1400).default(520),
      })
      .strict()
      .default({ previewOpen: true, previewMode: 'portal', previewWidth: 520 }),
  })
  .strict()

export type Settings = z.infer<typeof settingsSchema>

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({})
