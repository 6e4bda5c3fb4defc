import type { PageDocument, Paper } from './page'
import { PAGE_VERSION } from './page'

export interface NewPageOptions {
  /** Page preset id: sikai, duikai. */
  preset: string
  paper: Paper
  /** 出版日期, YYYY-MM-DD. */
  date: string
  /** 版次 and 版名 of its first page; 第 1 版 carries the 报头. */
  number: number
  name: string
}

/** A page file with one empty page, its 版头 filled in (the 报头 on 第 1 版). */
export function newPageDocument({ preset, paper, date, number, name }: NewPageOptions): PageDocument {
  return { version: PAGE_VERSION, preset, paper, date, pages: [{ number, name, ...(number === 1 ? { masthead: true as const } : {}), frames: [] }], articles: {} }
}
