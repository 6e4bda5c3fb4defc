import { existsSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { UserError } from '../../core/errors'
import { readBanxin, writeBanxin } from '../../core/file/banxin-file'
import { fileNameFrom } from '../../core/file/file-name'
import { articleName } from '../../core/import/split/article-name'
import type { ImportedPage, ImportReport, ImportResult } from '../../core/import/types'
import type { Article, ArticleBundle } from '../../core/model/article'
import { DROPPED_KIND_NAMES, DROPPED_KINDS, droppedCounts, LOW_CONFIDENCE, type DroppedLine, type Guess } from '../../core/model/review'
import { articleStats } from '../../core/model/stats'
import { describeChange, lineColumn, normalizeBundle, type Change } from '../../core/normalize'
import { writeFileAtomic } from '../../node/fs/atomic-write'
import { importFile } from '../../node/import/import-file'

export interface ImportOptions {
  output?: string
  normalize: boolean
  report: boolean
  /** A page of several articles: one .banxin per article, in the folder `output` names (or beside the draft). */
  split?: boolean
}

/** DRAFT.txt → DRAFT.banxin beside it. */
function defaultOutput(draft: string): string {
  return join(dirname(draft), basename(draft, extname(draft)) + '.banxin')
}

type LeftOut = Pick<DroppedLine, 'text' | 'kind' | 'reason'>

/** Under the 导入检查 panel's names: each kind of line left out in a section of its own. */
function droppedSections(dropped: readonly LeftOut[]): string[] {
  return DROPPED_KINDS.flatMap((kind) => {
    const items = dropped.filter((d) => d.kind === kind).map((d) => `${d.text}\u3000← ${d.reason}`)
    return items.length ? [`== 未导入的行：${DROPPED_KIND_NAMES[kind]}（${items.length}）==`, ...items] : []
  })
}

/** The summary's count of lines left out, in the panel's words. */
const leftOutSummary = (dropped: readonly LeftOut[]) =>
  dropped.length ? `略去${droppedCounts(dropped)}` : '没有略去任何行'

function reportLines(
  draft: string,
  article: Article,
  report: ImportReport,
  changes: readonly Change[],
): string[] {
  const lines = droppedSections(report.dropped)
  const section = (title: string, items: string[]) => {
    if (items.length) lines.push(`== ${title}（${items.length}）==`, ...items)
  }
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

async function writeChecked(path: string, bundle: ArticleBundle): Promise<void> {
  await writeFileAtomic(path, writeBanxin(bundle), async (temp) => {
    readBanxin(new Uint8Array(await readFile(temp)))
  })
}

/** What the articles of a page are called, in page order: 「1. 标题」 … */
function articleList(page: ImportedPage): string[] {
  return page.articles.map((a, i) => `  ${i + 1}. ${articleName(a.bundle.article)}`)
}

/** `banxin import --split`: one .banxin per article of the page, named 01-标题.banxin …, none overwritten. */
async function runSplit(draft: string, result: ImportResult, options: ImportOptions): Promise<string[]> {
  const folder = resolve(options.output ?? dirname(draft))
  const page = result.page
  if (!page)
    throw new UserError(
      'cli.not-a-page',
      `「${draft}」只有一篇文章，没有可拆分的内容；请去掉 --split 再导入。`,
    )
  const width = String(page.articles.length).length < 2 ? 2 : String(page.articles.length).length
  const files = page.articles.map((a, i) => {
    const name = fileNameFrom(articleName(a.bundle.article)) || basename(draft, extname(draft))
    return join(folder, `${String(i + 1).padStart(width, '0')}-${name}.banxin`)
  })
  const taken = files.filter((f) => existsSync(f))
  if (taken.length)
    throw new UserError(
      'cli.output-exists',
      `「${taken.join('」「')}」已存在，没有写入任何文件。请先移走它们，或用 -o 指定另一个文件夹。`,
    )
  await mkdir(folder, { recursive: true })
  const lines = [
    `已把 ${draft} 拆成 ${page.articles.length} 篇文章（${page.kind === 'briefs' ? '简讯' : '稿件'}）→ ${folder}`,
  ]
  for (const [i, a] of page.articles.entries()) {
    const bundle = options.normalize ? normalizeBundle(a.bundle) : a.bundle
    await writeChecked(files[i]!, bundle)
    lines.push(`  ${basename(files[i]!)}`)
  }
  // What is in no article's file: the page's own lines, then each article's, numbered as the files are.
  const left = [
    ...page.none,
    ...page.articles.flatMap((a, i) => a.report.dropped.map((d) => ({ ...d, reason: `${d.reason}（第 ${i + 1} 篇）` }))),
  ]
  lines.push(`${leftOutSummary(left)}。`)
  return options.report ? [...lines, '', ...droppedSections(left)] : lines
}

/** `banxin import`: the lines it prints; the .banxin is written atomically and read back before it replaces anything. */
export async function runImport(draft: string, options: ImportOptions): Promise<string[]> {
  if (options.split) return runSplit(draft, await importFile(draft), options)
  const output = resolve(options.output ?? defaultOutput(draft))
  if (output === resolve(draft))
    throw new UserError('cli.same-file', '输出文件不能与原稿是同一个文件，请用 -o 指定另一个文件名。')
  if (!options.output && existsSync(output))
    throw new UserError('cli.output-exists', `「${output}」已存在。如要覆盖它，请用 -o 明确指定输出文件。`)
  const { bundle, report, page } = await importFile(draft)
  const imported = bundle.article
  const result = options.normalize ? normalizeBundle(bundle) : bundle
  const { article } = result
  const changes = result.review?.changes ?? []
  await writeChecked(output, result)
  const stats = articleStats(article)
  const lines = [
    `已导入 ${draft}（${report.format}${report.encoding ? `，${report.encoding}` : ''}）→ ${output}`,
    `主题：${article.meta.title || '（未识别）'}`,
    `${stats.paragraphs} 段 · ${stats.sectionHeadings} 个小标题 · ${stats.headings} 个层次标题 · ${stats.images} 张图片 · 字数 ${stats.count.total}`,
    `${leftOutSummary(report.dropped)}；识别 ${report.guesses.length} 处结构，${options.normalize ? `规范 ${changes.length} 处标点和空格` : '未做规范化'}。`,
    ...report.warnings.map((w) => `提醒：${w}`),
    ...(page
      ? [
          `提醒：这份稿件是含 ${page.articles.length} 篇文章的版面，已作为一篇导入。用 --split 可每篇写成一个文件：`,
          ...articleList(page),
        ]
      : []),
  ]
  return options.report ? [...lines, '', ...reportLines(draft, imported, report, changes)] : lines
}
