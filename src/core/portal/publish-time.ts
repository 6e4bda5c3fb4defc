/**
 * 发布时间 as portals show it: YYYY-MM-DD HH:MM (《网页设计规范》), in Beijing time whatever offset the ISO
 * string carries, and independent of the machine's time zone.
 */
export function formatPublishTime(iso: string | undefined): string | undefined {
  if (!iso) return undefined
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return undefined
  const beijing = new Date(ms + 8 * 3600_000)
  const pad = (n: number) => String(n).padStart(2, '0')
  return (
    `${beijing.getUTCFullYear()}-${pad(beijing.getUTCMonth() + 1)}-${pad(beijing.getUTCDate())} ` +
    `${pad(beijing.getUTCHours())}:${pad(beijing.getUTCMinutes())}`
  )
}

/** YYYYMMDD of the publish time (Beijing), or of `fallback` when the article has none. */
export function publishDateStamp(iso: string | undefined, fallback: Date): string {
  const shown = formatPublishTime(iso) ?? formatPublishTime(fallback.toISOString())!
  return shown.slice(0, 10).replace(/-/g, '')
}
