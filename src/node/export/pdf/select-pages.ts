import { UserError } from '../../../core/errors'
import type { Layout } from '../../../core/typeset/frame'

/** A page range of a layout (1-based, inclusive); bookmarks outside it are dropped, the rest re-pointed. */
export function selectPages(layout: Layout, { from, to }: { from: number; to: number }): Layout {
  const total = layout.pages.length
  if (from < 1 || to < from || from > total)
    throw new UserError('export.bad-range', `页码范围 ${from}–${to} 无效：文档共 ${total} 页。`)
  const last = Math.min(to, total)
  return {
    ...layout,
    pages: layout.pages.slice(from - 1, last),
    bookmarks: layout.bookmarks.filter((b) => b.page >= from - 1 && b.page <= last - 1).map((b) => ({ ...b, page: b.page - (from - 1) })),
  }
}
