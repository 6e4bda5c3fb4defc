import type { PageBundle } from '../../core/page/page'
import { UserError } from '../../core/errors'
import { openDocument } from './open-document'

const notImported = async (): Promise<never> => {
  throw new UserError('page.not-banxin', '版面文件应是 .banxin 文件。')
}

/** Opens a page file (版面) for layout in place; an article file is refused with a sentence saying what it is. */
export async function openPage(path: string): Promise<PageBundle> {
  const opened = await openDocument(path, notImported)
  if ('page' in opened) return opened.page
  throw new UserError('page.is-article', '这是单篇稿件文件，不是版面文件。可以用 banxin page 把稿件排上版面。')
}
