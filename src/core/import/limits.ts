/**
 * Size limits for imports. Drafts are articles, not archives: a long feature is well under 1 MB of text,
 * so these leave a wide margin while keeping a stray log file or disk image from exhausting memory.
 */
export const IMPORT_LIMITS = {
  /** .txt, .html, .md: decoded whole, so the bytes count. */
  textBytes: 32 * 1024 * 1024,
  /** .docx and .banxin: mostly images. */
  packageBytes: 128 * 1024 * 1024,
  /** Sum of the uncompressed sizes inside a .docx (zip-bomb guard). */
  unzippedBytes: 512 * 1024 * 1024,
  /** One XML part of a .docx uncompressed; real documents stay far below this. */
  unzippedPartBytes: 128 * 1024 * 1024,
  zipEntries: 5000,
  /** An embedded (data: URI) image in pasted HTML. */
  inlineImageBytes: 32 * 1024 * 1024,
} as const

/** The largest file any format accepts: what a file layer may check before reading. */
export const MAX_IMPORT_BYTES = Math.max(IMPORT_LIMITS.textBytes, IMPORT_LIMITS.packageBytes)

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${bytes} 字节`
}
