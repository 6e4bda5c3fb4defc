/**
 * An upper bound on the UTF-8 size of `JSON.stringify(value, null, 1)` (how a .banxin stores its JSON),
 * found by walking the value without building the text. Import checks every article against the reader's
 * limit; serialising a 1 MB draft only to measure it cost more than a third of its import. The bound is
 * never below the real size, so a value within it is within the limit; only a value near the limit needs
 * the exact measure.
 */

/**
 * The most bytes one UTF-16 unit of a string can take in JSON: a control character or a lone surrogate
 * is written as \uXXXX; every other unit is at most 3 bytes of UTF-8 (a surrogate pair is 4 for two).
 */
const UNIT_BYTES = 6

/** The bound, or any number above `stop` once the walk passes it (the caller then measures exactly). */
export function jsonBytesBound(value: unknown, stop = Infinity): number {
  let total = 0
  const walk = (v: unknown, depth: number): void => {
    if (total > stop) return
    if (typeof v === 'string') total += 2 + UNIT_BYTES * v.length
    else if (typeof v === 'number') total += JSON.stringify(v).length
    else if (typeof v === 'boolean' || v === null || v === undefined) total += 5
    else if (Array.isArray(v)) {
      // 「[」, then per item a line break, the indent, the item and a comma; a line break, the indent, 「]」.
      total += 3 + depth + v.length * (depth + 3)
      for (const item of v) walk(item, depth + 1)
    } else if (typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON !== 'function') {
      // As for an array, and 「"key": 」 before each value. The keys are walked with for…in (own ones only, as
      // JSON writes them): Object.keys would make an array for every block and run of a long draft.
      total += 3 + depth
      for (const key in v) {
        if (!Object.hasOwn(v, key)) continue
        total += depth + 3 + 4 + UNIT_BYTES * key.length
        walk((v as Record<string, unknown>)[key], depth + 1)
      }
    } else total = Infinity
  }
  walk(value, 0)
  return total
}
