import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { UserError } from '../../core/errors'
import { readBanxin, writeBanxin } from '../../core/file/banxin-file'
import type { ImportReport } from '../../core/import/types'
import type { Article } from '../../core/model/article'
import { LOW_CONFIDENCE, type Guess } from '../../core/model/review'
import { articleStats } from '../../core/model/stats'
import { describeChange, lineColumn, normalizeBundle, type Change } from '../../core/normalize'
import { writeFileAtomic } from '../../node/fs/atomic-write'
import { importFile } from '../../node/import/import-file'

export interface ImportOptions {
  output?: string
  normalize: boolean
  report: boolean
}

/** DRAFT.txt → DRAFT.banxin beside it. */
function defaultOutput(draft: string): string {
  return join(dirname(draft), basename(draft, extname(draft)) + '.banxin')
}

function reportLines(
  draft: string,
  article: Article,
  report: ImportReport,
  changes: readonly Change[],
): string[] {
  const lines: string[] = []
  const section = (title: string, items: string[]) => {
    if (items.length) lines.push(`== ${title}（${items.length}）==`, ...items)
  }
  section(
    '去掉的内容',
    report.dropped.map((d) => `${d.text}\u3000← ${d.reason}`),
  )
  const guess = (g: Guess) =>
    `${g.text.replace(/\n/g, ' ⏎ ')}\u3000→ ${g.as}（${g.reason}；把握 ${Math.round(g.confidence * 100)}%）`
  section(
    `把握不大的识别，请核对（低于 ${LOW_CONFIDENCE * 100}%）`,
    report.guesses.filter((g) => g.confidence < LOW_CONFIDENCE).map(guess),
  )
  section(
    '识别的结构',
    report.guesses.filter((g) => g.confidence >= LOW_CONFIDENCE).map(guess),
  )
  section('提醒', report.warnings)
  section(
    '规范化修改',
    changes.map((c) => {
      const { line, column } = lineColumn(article, c.at, c.offset, report.sourceMap)
      return `${draft}:${line}:${column}: ${describeChange(c)}`
    }),
  )
  return lines
}

/** `banxin import`: the lines it prints; the .banxin is written atomically and read back before it replaces anything. */
export async function runImport(draft: string, options: ImportOptions): Promise<string[]> {
  const output = resolve(options.output ?? defaultOutput(draft))
  if (output === resolve(draft))
    throw new UserError('cli.same-file', '输出文件不能与原稿是同一个文件，请用 -o 指定另一个文件名。')
  if (!options.output && existsSync(output))
    throw new UserError('cli.output-exists', `「${output}」已存在。如要覆盖它，请用 -o 明确指定输出文件。`)
  const { bundle, report } = await importFile(draft)
  const imported = bundle.article
  const result = options.normalize ? normalizeBundle(bundle) : bundle
  const { article } = result
  const changes = result.review?.changes ?? []
  await writeFileAtomic(output, writeBanxin(result), async (temp) => {
    readBanxin(new Uint8Array(await readFile(temp)))
  })
  const stats = articleStats(article)
  const lines = [
    `已导入 ${draft}（${report.format}${report.encoding ? `，${report.encoding}` : ''}）→ ${output}`,
    `主题：${article.meta.title || '（未识别）'}`,
    `${stats.paragraphs} 段 · ${stats.sectionHeadings} 个小标题 · ${stats.headings} 个层次标题 · ${stats.images} 张图片 · 字数 ${stats.count.total}`,
    `去掉 ${report.dropped.length} 处页面杂项，识别 ${report.guesses.length} 处结构，${options.normalize ? `规范 ${changes.length} 处标点和空格` : '未做规范化'}。`,
    ...report.warnings.map((w) => `提醒：${w}`),
  ]
  return options.report ? [...lines, '', ...reportLines(draft, imported, report, changes)] : lines
}
