import { formatPublishedAt } from '../model/dates'

/** YYYYMMDD of the publish time (Beijing), or of `fallback` when the article has none. */
export function publishDateStamp(iso: string | undefined, fallback: Date): string {
  const shown = formatPublishedAt(iso) ?? formatPublishedAt(fallback.toISOString())!
  return shown.slice(0, 10).replace(/-/g, '')
}
