import { readFile } from 'node:fs/promises'
import type { Command } from 'commander'
import { readBanxin } from '../../core/file/banxin-file'
import { articleStats } from '../../core/model/stats'

export function registerInfo(program: Command): void {
  program
    .command('info')
    .description('show the title, meta and block counts of a .banxin file')
    .argument('<file>', '.banxin file')
    .action(async (file: string) => {
      const { article } = readBanxin(new Uint8Array(await readFile(file)))
      const m = article.meta
      const stats = articleStats(article)
      const rows: [string, string | undefined][] = [
        ['引题', m.kicker],
        ['主题', m.title],
        ['副题', m.subtitle],
        ['作者', m.author],
        ['来源', m.source],
        ['发布时间', m.publishedAt],
        ['责任编辑', m.editor],
        ['段落', String(stats.paragraphs)],
        ['小标题', String(stats.sectionHeadings)],
        ['层次标题', String(stats.headings)],
        ['图片', String(stats.images)],
        ['字数', String(stats.count.total)],
      ]
      for (const [label, value] of rows) if (value) process.stdout.write(`${label}：${value}\n`)
    })
}
