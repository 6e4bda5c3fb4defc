/**
 * 发布时间 is stored as ISO 8601 with the +08:00 offset (Beijing time, which Chinese newsrooms publish in
 * whatever the machine's zone) and edited in an <input type="datetime-local"> that shows minutes.
 */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000

/** ISO with any offset → 'YYYY-MM-DDTHH:MM' in Beijing time; '' when absent or unreadable. */
export function toLocalInputValue(iso: string | undefined): string {
  if (!iso) return ''
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return ''
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 16)
}

/** 'YYYY-MM-DDTHH:MM' (Beijing time) → 'YYYY-MM-DDTHH:MM:00+08:00'; undefined when cleared or malformed. */
export function fromLocalInputValue(value: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2}))?$/.exec(value)
  if (!m) return undefined
  return `${m[1]}T${m[2]}:${m[3] ?? '00'}+08:00`
}
