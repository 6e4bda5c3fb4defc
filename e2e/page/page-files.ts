import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeBanxin } from '../../src/core/file/banxin-file'
import { article, paragraph } from '../../src/core/model/build'
import type { Article } from '../../src/core/model/article'
import type { ArticleFrame, PageBundle } from '../../src/core/page/page'
import { writePageFile } from '../../src/core/page/page-file'

/** Stories of the 河川日报's front page, written for these tests: a long lead story and shorter ones. */
const SENTENCE = '河川市今年新建社区养老服务站八十六个，老人在家门口就能吃上热饭、做上体检，街坊邻里都说方便。'

export function story(title: string, paragraphs: number, kicker?: string): Article {
  return article({ title, ...(kicker ? { kicker } : {}) }, Array.from({ length: paragraphs }, (_, i) => paragraph(`${i + 1}．${SENTENCE}`)))
}

const frame = (id: string, key: string, column: number, columns: number, row: number, rows: number, weight: 1 | 2 | 3 | 4 | 5): ArticleFrame => ({
  id,
  article: key,
  column,
  columns,
  row,
  rows,
  headline: { direction: 'across', columns, weight, side: 'right' },
})

/**
 * A 四开 front page: a 头条 across four columns with a story beside it, and under them a story over
 * three columns and a short piece over two, with a column free between them to drag into.
 */
export function frontPage(): PageBundle {
  return {
    page: {
      version: 1,
      preset: 'sikai',
      paper: { name: '河川日报', serial: 'CN 11-0000', issue: 12345 },
      date: '2025-05-01',
      pages: [
        {
          number: 1,
          name: '要闻',
          masthead: true,
          editor: '周敏',
          frames: [
            frame('f1', 'lead', 0, 4, 0, 30, 1),
            frame('f2', 'side', 4, 2, 0, 30, 3),
            frame('f3', 'second', 0, 3, 30, 31, 2),
            frame('f4', 'short', 4, 2, 30, 31, 4),
          ],
        },
      ],
      articles: {
        lead: story('全市养老服务站覆盖所有街道', 14, '民生实事'),
        side: story('春耕备耕有序推进', 9),
        second: story('河川新区重点项目集中开工', 12),
        short: story('图书馆延长开放时间', 3),
      },
    },
    assetData: { lead: {}, side: {}, second: {}, short: {} },
  }
}

export function writePage(dir: string, name: string, bundle: PageBundle): string {
  const path = join(dir, name)
  writeFileSync(path, writePageFile(bundle))
  return path
}

export function writeArticle(dir: string, name: string, a: Article): string {
  const path = join(dir, name)
  writeFileSync(path, writeBanxin({ article: a, assetData: {} }))
  return path
}
