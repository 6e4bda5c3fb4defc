import { readFile } from 'node:fs/promises'
import { readBanxin } from '../../core/file/banxin-file'
import { formatPublishedAt } from '../../core/model/dates'
import { articleStats } from '../../core/model/stats'

/** `banxin info`: the title, meta and block counts of a .banxin file, one `label：value` per line. */
export async function runInfo(file: string): Promise<string[]> {
  const { article } = readBanxin(new Uint8Array(await readFile(file)))
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
