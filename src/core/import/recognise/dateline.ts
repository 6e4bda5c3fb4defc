/**
 * 电头 that opens a news lead: 本报讯（记者 ×××）, a local paper's 本报曲阜讯（通讯员 ×××） (本报 + place + 讯),
 * 本报北京3月5日电（记者 ×××）, 新华社北京5月1日电（记者 ×××） (research/portal.md §3). The 讯 of 本报通讯员
 * is no 电头.
 */

const AGENCY =
  '(?:新华社|中新社|中新网|人民网|新华网|央视网|光明网|中国新闻网|[^\\s，。；：（(]{2,10}?(?:日报|晚报|报|社|网|台))'
const DATELINE = new RegExp(
  `^(?:本报[^\\s，。；：（(]{0,12}?(?<!通)讯|[^\\s，。；：（(]{2,10}?(?:日报|晚报)讯|本报[^\\s，。；：（(]{0,12}?电|${AGENCY}[^\\s，。；：（(]{0,14}?电)(?:\\s*[（(][^（()）]{1,40}[）)])?`,
  'u',
)

const ROLES = /(特约记者|见习记者|实习记者|实习生|通讯员|记者|摄影|摄)/gu

export interface Dateline {
  /** The 电头 as written. */
  text: string
  /** The reporters named in its brackets, e.g. 「林晓 周平」. */
  names?: string
}

export function matchDateline(line: string): Dateline | undefined {
  // Every 电头 ends in 讯 or 电; most lines hold neither, and this is asked of every short line.
  if (!line.includes('讯') && !line.includes('电')) return undefined
  const m = DATELINE.exec(line)
  if (!m) return undefined
  const bracket = /[（(]([^（()）]+)[）)]$/u.exec(m[0])
  const names = bracket?.[1]!
    .replace(ROLES, ' ')
    .split(/[\s、，,]+/u)
    .filter(Boolean)
    .join(' ')
  return names ? { text: m[0], names } : { text: m[0] }
}
