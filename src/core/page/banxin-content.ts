import type { ArticleBundle } from '../model/article'
import { readBanxin, writeBanxin } from '../file/banxin-file'
import type { PageBundle } from './page'
import { isPageFile, readPageFile, writePageFile } from './page-file'

/** What a .banxin holds: one article, or a page file (版面) with its articles embedded. */
export type BanxinContent = ArticleBundle | PageBundle

export function isPageBundle(content: BanxinContent): content is PageBundle {
  return 'page' in content
}

export function readBanxinContent(bytes: Uint8Array): BanxinContent {
  return isPageFile(bytes) ? readPageFile(bytes) : readBanxin(bytes)
}

export function writeBanxinContent(content: BanxinContent): Uint8Array {
  return isPageBundle(content) ? writePageFile(content) : writeBanxin(content)
}

/** The name a list shows for it: the article's title, or 「河川日报 第 1 版 要闻」. */
export function contentTitle(content: BanxinContent): string {
  if (!isPageBundle(content)) return content.article.meta.title
  const { paper, pages } = content.page
  return [paper.name, ...pages.map((p) => `第 ${p.number} 版 ${p.name}`)].join(' ')
}
