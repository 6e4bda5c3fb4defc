import { readFile } from 'node:fs/promises'
import { UserError } from '../../core/errors'
import { readBanxin } from '../../core/file/banxin-file'
import { LIMITS, formatSize } from '../../core/limits'
import { formatPublishedAt } from '../../core/model/dates'
import { articleStats } from '../../core/model/stats'
import { regularFileSize, withFileErrors } from '../../node/fs/file-errors'

/** `banxin info`: the title, meta and block counts of a .banxin file, one `label：value` per line. */
export async function runInfo(file: string): Promise<string[]> {
  // Checked as the app opens a file: a missing file, a folder or a device gets a sentence, not an errno.
  if ((await regularFileSize(file)) > LIMITS.banxinBytes)
    throw new UserError('open.too-large', `文件超过 ${formatSize(LIMITS.banxinBytes)}，版心无法打开。`)
  const { article } = readBanxin(new Uint8Array(await withFileErrors(file, 'read', () => readFile(file))))
  const m = article.meta
  const stats = articleStats(article)
  const rows: [string, string | undefined][] = [
    ['引题', m.kicker],
    ['主题', m.title],
    ['副题', m.subtitle],
    ['发文字号', m.docNumber],
    ['作者', m.author],
    ['来源', m.source],
    ['发布时间', formatPublishedAt(m.publishedAt)],
    ['责任编辑', m.editor],
    ['段落', String(stats.paragraphs)],
    ['小标题', String(stats.sectionHeadings)],
    ['层次标题', String(stats.headings)],
    ['图片', String(stats.images)],
    ['字数', String(stats.count.total)],
  ]
  return rows.filter((r): r is [string, string] => !!r[1]).map(([label, value]) => `${label}：${value}`)
}
