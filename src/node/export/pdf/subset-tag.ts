import { createHash } from 'node:crypto'

/**
 * A subset font's name starts with a tag of six capital letters (ISO 32000-1 §9.6.4). pdfkit spells
 * it from the font's resource number (F1 → BZZZZZ), so every file's first font is `BZZZZZ+…` whatever
 * glyphs it holds, and a RIP that caches fonts by name can print one file with another's subset. The
 * tag is derived here from the subset's own bytes instead: the same subset gets the same name, a
 * different one a different name.
 */

/** What this module reaches of pdfkit's embedded font (pdfkit is pinned: docs/libraries.md). */
export interface SubsetFont {
  id: string
  subset: { encode(): Uint8Array }
  embed(): unknown
}

export function subsetTag(bytes: Uint8Array): string {
  const digest = createHash('sha256').update(bytes).digest()
  return Array.from(digest.subarray(0, 6), (b) => String.fromCharCode(65 + (b % 26))).join('')
}

/** Faces printed by one font share pdfkit's embedded font: it is wrapped once. */
const tagged = new WeakSet<SubsetFont>()

export function tagSubsetByContent(font: SubsetFont): void {
  if (tagged.has(font)) return
  tagged.add(font)
  const encode = font.subset.encode.bind(font.subset)
  let bytes: Uint8Array | undefined
  // pdfkit encodes the subset inside embed(): encoded once here, the same bytes are hashed and embedded.
  font.subset.encode = () => (bytes ??= encode())
  const embed = font.embed.bind(font)
  font.embed = () => {
    const id = font.id
    // pdfkit builds the tag from characters 1–6 of the id, each shifted up by 17 ('0' → 'A').
    font.id = id[0] + [...subsetTag(font.subset.encode())].map((c) => String.fromCharCode(c.charCodeAt(0) - 17)).join('')
    try {
      return embed()
    } finally {
      font.id = id
    }
  }
}
