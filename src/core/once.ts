/**
 * A value made the first time it is asked for, then kept. zod builds a schema's whole object graph where
 * it is declared, a few milliseconds per file format, and a command that never reads that format should
 * not pay for it: `banxin export` of a .txt builds no review or page schema.
 */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined
  return () => (made ??= { value: make() }).value
}
