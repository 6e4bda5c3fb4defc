import type { ImportedPage } from '../../../core/import/types'
import type { PageDefaults } from '../page/NewPageDialog'

/** The 新建版面 form for an e-paper page: its paper, issue date, 版次 and 版名 as the page gave them. */
export function splitPageDefaults(split: ImportedPage): PageDefaults {
  const number = Number(split.label?.number)
  return {
    ...(split.paper ? { paper: split.paper } : {}),
    ...(split.date ? { date: split.date } : {}),
    ...(Number.isInteger(number) && number >= 1 ? { number } : {}),
    ...(split.label?.name ? { name: split.label.name } : {}),
  }
}
