import type { ArticleBundle } from '../model/article'
import type { ArticleFrame, GridRect, HeadlineWeight, PageBundle, PageDocument, PageSpec } from './page'
import type { ContentGrid } from './content-grid'
import { overlaps } from './content-grid'

/**
 * Bringing articles onto a page file: each is embedded under a new key (with its images), and a frame
 * for it goes where the page still has room, so an editor adds a story and then drags it into place.
 */

/** The first id `prefix1`, `prefix2` … not in `used`. */
export function nextId(prefix: string, used: Iterable<string>): string {
  const taken = new Set(used)
  let n = 1
  while (taken.has(`${prefix}${n}`)) n++
  return `${prefix}${n}`
}

export function frameIds(page: PageDocument): string[] {
  return page.pages.flatMap((p) => p.frames.map((f) => f.id))
}

/** Embeds the articles (and their images) under new keys, in the order given; places no frame. */
export function addArticles(bundle: PageBundle, articles: readonly ArticleBundle[]): { bundle: PageBundle; keys: string[] } {
  const page = { ...bundle.page, articles: { ...bundle.page.articles } }
  const assetData = { ...bundle.assetData }
  const keys: string[] = []
  for (const a of articles) {
    const key = nextId('a', Object.keys(page.articles))
    page.articles[key] = a.article
    assetData[key] = a.assetData
    keys.push(key)
  }
  return { bundle: { page, assetData }, keys }
}

/**
 * The first place, reading the page top to bottom and left to right, where a rectangle of `columns` by
 * `rows` overlaps no frame; smaller sizes are tried when the page is full, down to one column by
 * `minRows`. Undefined when nothing fits.
 */
export function freeRect(page: PageSpec, grid: ContentGrid, columns: number, rows: number, minRows = 4): GridRect | undefined {
  for (let w = Math.min(columns, grid.columns); w >= 1; w--)
    for (let h = Math.min(rows, grid.rows); h >= Math.min(minRows, grid.rows); h--)
      for (let row = 0; row + h <= grid.rows; row++)
        for (let column = 0; column + w <= grid.columns; column++) {
          const r = { column, columns: w, row, rows: h }
          if (!page.frames.some((f) => overlaps(f, r))) return r
        }
  return undefined
}

/** A frame for `article` on the page: an across headline over all its columns, at `weight`. */
export function newFrame(id: string, article: string, rect: GridRect, weight: HeadlineWeight): ArticleFrame {
  return { id, article, ...rect, headline: { direction: 'across', columns: rect.columns, weight, side: 'right' } }
}

/** Takes an article out of the file; one that a frame shows stays (its frames would be left empty). */
export function removeArticle(bundle: PageBundle, key: string): PageBundle {
  if (!(key in bundle.page.articles) || bundle.page.pages.some((p) => p.frames.some((f) => f.article === key))) return bundle
  const { [key]: _, ...articles } = bundle.page.articles
  const { [key]: __, ...assetData } = bundle.assetData
  return { page: { ...bundle.page, articles }, assetData }
}

/**
 * A frame for the article on page `index`, where the page has room: a third of the columns by a third
 * of the rows (or less, as room allows), 头条 when it is the page's first story. Unchanged when the page
 * is full.
 */
export function placeArticle(doc: PageDocument, index: number, key: string, grid: ContentGrid): PageDocument {
  const page = doc.pages[index]
  if (!page) return doc
  const rect = freeRect(page, grid, Math.ceil(grid.columns / 3), Math.round(grid.rows / 3))
  if (!rect) return doc
  const frame = newFrame(nextId('f', frameIds(doc)), key, rect, page.frames.length ? 3 : 1)
  return { ...doc, pages: doc.pages.map((p, i) => (i === index ? { ...p, frames: [...p.frames, frame] } : p)) }
}
