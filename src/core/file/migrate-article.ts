import { isWrittenDate } from '../model/dates'

/**
 * Brings article.json written by an older Banxin up to the current version; anything else is returned as
 * it is, for the schema to judge. Version 1 → 2: a 落款 paragraph that is a date becomes 成文日期, which
 * version 2 keeps apart from the 署名 (GB/T 9704 §7.3.5). Everything else in version 1 is valid in 2.
 */
export function migrateArticle(raw: unknown): unknown {
  if (!isRecord(raw) || raw.version !== 1 || !Array.isArray(raw.blocks)) return raw
  const blocks = raw.blocks.map((block: unknown) =>
    isRecord(block) && block.type === 'paragraph' && block.role === 'signoff' && isWrittenDate(plain(block.children).trim())
      ? { ...block, role: 'signed-date' }
      : block,
  )
  return { ...raw, version: 2, blocks }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function plain(children: unknown): string {
  return Array.isArray(children) ? children.map((c) => (isRecord(c) && typeof c.text === 'string' ? c.text : '')).join('') : ''
}
