import file from '../../../resources/templates/section-headings.json' with { type: 'json' }
import { templateFileSchema, type SectionHeadingTemplate } from './templates'

/** The templates shipped in resources/, validated once at load so a bad edit fails loudly in tests. */
export const BUILTIN_TEMPLATES: readonly SectionHeadingTemplate[] = templateFileSchema.parse(file).templates
