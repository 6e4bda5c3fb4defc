/**
 * Playwright bindings carry JSON, so bytes cross as base64. The same two functions run on both sides:
 * `CODEC_SOURCE` is their browser copy for the init script.
 */
export function encodeBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) return { __u8: Buffer.from(value).toString('base64') }
  if (Array.isArray(value)) return value.map(encodeBytes)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeBytes(v)]))
  return value
}

export function decodeBytes(value: unknown): unknown {
  if (value && typeof value === 'object' && '__u8' in value) return new Uint8Array(Buffer.from(String((value as { __u8: string }).__u8), 'base64'))
  if (Array.isArray(value)) return value.map(decodeBytes)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeBytes(v)]))
  return value
}

export const CODEC_SOURCE = `
const encodeBytes = (v) => {
  if (v instanceof Uint8Array) { let s = ''; for (let i = 0; i < v.length; i += 0x8000) s += String.fromCharCode.apply(null, v.subarray(i, i + 0x8000)); return { __u8: btoa(s) } }
  if (Array.isArray(v)) return v.map(encodeBytes)
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encodeBytes(x)]))
  return v
}
const decodeBytes = (v) => {
  if (v && typeof v === 'object' && '__u8' in v) { const s = atob(v.__u8); const a = new Uint8Array(s.length); for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i); return a }
  if (Array.isArray(v)) return v.map(decodeBytes)
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decodeBytes(x)]))
  return v
}
`
