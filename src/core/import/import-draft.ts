import { UserError } from '../errors'
import { checkSavable, readBanxin } from '../file/banxin-file'
import { newAssetStore, embeddedImagesOnly } from './asset-store'
import { assembleResult } from './assemble-result'
import { decodeText, type ReplacedAt } from './decode-text'
import { htmlToItems } from './html-to-items'
import { LIMITS, formatSize } from '../limits'
import { recogniseStructure } from './recognise/recognise-structure'
import { sniffContainer } from './sniff-bytes'
import { plainTextItems } from './source-item'
import { textKind } from './text-kind'
import { unwrapLines } from './unwrap-lines'
import type { ImportResult } from './types'
import type { SourceDrop, SourceItem } from './source-item'
import { importPage } from './split/import-page'
import { listZip, packageKind } from './zip-package'

/**
 * Entry points of the import pipeline (design §1): bytes or pasted text → decode → parse →
 * recognise → an Article (held to the schema by the tests, see `assemble-result.ts`) and a report. Normalisation is a separate, reviewable step
 * (`normalizeArticle`), so the editor can offer it in its lint panel.
 */

/** A draft file's bytes → Article. The format comes from the content; the file name is only a hint. */
export async function importDraft(bytes: Uint8Array, fileName = ''): Promise<ImportResult> {
  try {
    const result = await importBytes(bytes, fileName)
    // A .banxin was read within the reader's limits already; anything else is measured against them.
    if (result.report.format !== 'banxin') checkSavable(result.bundle)
    return result
  } catch (error) {
    if (error instanceof UserError) throw error
    throw new UserError(
      'import.failed',
      `导入时发生意外错误，这是版心的缺陷，请把原文件发给开发者。（${error instanceof Error ? error.message : String(error)}）`,
    )
  }
}

async function importBytes(bytes: Uint8Array, fileName: string): Promise<ImportResult> {
  const container = sniffContainer(bytes)
  if (container === 'zip') {
    if (bytes.length > LIMITS.packageBytes) throw tooLarge(bytes.length, LIMITS.packageBytes)
    const entries = listZip(bytes)
    if (packageKind(entries, fileName) === 'banxin')
      return { bundle: readBanxin(bytes), report: emptyReport('banxin') }
    const store = newAssetStore()
    // Loaded on demand: the editor uses this module for paste and should not carry the .docx reader.
    const { docxToItems } = await import('./docx-to-items')
    const parsed = await docxToItems(bytes, entries, store)
    return importPage(parsed.items, parsed.dropped, (items, dropped) =>
      assembleResult(recogniseStructure(items, { document: true, hints: parsed.hints, dropped }), {
        name: fileName,
        format: 'docx',
        store,
        warnings: parsed.warnings,
      }),
    )
  }
  if (bytes.length > LIMITS.textBytes) throw tooLarge(bytes.length, LIMITS.textBytes)
  const { text, encoding, replaced } = decodeText(bytes, declaredCharset(bytes))
  if (!/[^\s\u00a0\u3000\ufeff]/u.test(text))
    throw new UserError('import.no-text', '文件中没有文字（只有空白），没有可导入的内容。')
  const kind = textKind(text, fileName)
  const result =
    kind === 'txt'
      ? plainTextResult(text, true, encoding, fileName)
      : // markdown-it is loaded for Markdown only: opening a .banxin or .txt should not pay ~20 ms for it.
        htmlResult(
          kind === 'md' ? (await import('./markdown-to-html')).markdownToHtml(text) : text,
          true,
          kind,
          encoding,
          fileName,
        )
  if (replaced?.length) result.report.warnings.unshift(replacedWarning(replaced))
  return result
}

/** Damaged UTF-8 read with U+FFFD in place of the bad bytes: where each one is, so the user can fix the text. */
function replacedWarning(replaced: readonly ReplacedAt[]): string {
  const shown = replaced
    .slice(0, 10)
    .map((p) => `第 ${p.line} 行第 ${p.column} 列`)
    .join('、')
  const more = replaced.length > 10 ? `等 ${replaced.length} 处` : ''
  return `文件中有 ${replaced.length} 处损坏的字节（不是有效的 UTF-8），已用 � 代替：${shown}${more}。请对照原稿补上这些字。`
}

/** Plain text pasted into the editor: body blocks only, unless `document` asks for the title block too. */
export function importPlainText(text: string, options: { document?: boolean } = {}): ImportResult {
  return plainTextResult(text, options.document ?? false)
}

/** HTML pasted into the editor (from Word, WPS or a web page), sanitised and recognised. */
export function importHtmlFragment(html: string, options: { document?: boolean } = {}): ImportResult {
  return htmlResult(html, options.document ?? false, 'html')
}

function plainTextResult(text: string, document: boolean, encoding?: string, name?: string): ImportResult {
  const { items, joined, width } = unwrapLines(plainTextItems(text))
  const warnings = joined
    ? [`文稿是逐行折断的（每行约 ${Math.round(width! / 2)} 个字），已把 ${joined} 处折行接回段落。`]
    : []
  const recognise = (lines: readonly SourceItem[], dropped: readonly SourceDrop[]) =>
    assembleResult(recogniseStructure(lines, { document, dropped }), {
      ...(name !== undefined ? { name } : {}),
      format: 'txt',
      ...(encoding ? { encoding } : {}),
      sourceMap: true,
      warnings,
    })
  return document ? importPage(items, [], recognise) : recognise(items, [])
}

function htmlResult(
  html: string,
  document: boolean,
  format: 'html' | 'md',
  encoding?: string,
  name?: string,
): ImportResult {
  const store = newAssetStore()
  const images = embeddedImagesOnly(store)
  const parsed = htmlToItems(html, { image: images.resolve })
  if (document && !parsed.items.some((i) => i.kind === 'image' || i.inlines.some((r) => /\S/u.test(r.text))))
    throw new UserError(
      'import.no-text',
      format === 'md'
        ? 'Markdown 文件中没有正文文字。'
        : '网页中没有可导入的正文文字（只有脚本、样式或空白）。',
    )
  const recognise = (items: readonly SourceItem[], dropped: readonly SourceDrop[]) =>
    assembleResult(recogniseStructure(items, { document, hints: parsed.hints, dropped }), {
      ...(name !== undefined ? { name } : {}),
      format,
      ...(encoding ? { encoding } : {}),
      store,
      warnings: [...parsed.warnings, ...images.warnings()],
    })
  return document ? importPage(parsed.items, parsed.dropped, recognise) : recognise(parsed.items, parsed.dropped)
}

function emptyReport(format: string): ImportResult['report'] {
  return { format, dropped: [], guesses: [], warnings: [] }
}

function tooLarge(size: number, limit: number): UserError {
  return new UserError(
    'import.too-large',
    `文件太大（${formatSize(size)}），超过导入上限 ${formatSize(limit)}。文稿通常远小于此，请确认选对了文件。`,
  )
}

/** <meta charset="gbk"> or http-equiv content="…; charset=gb2312" near the top of an HTML file. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  let head = ''
  for (let i = 0; i < Math.min(bytes.length, 2048); i++) head += String.fromCharCode(bytes[i]!)
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]
}
