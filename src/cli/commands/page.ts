import { resolve } from 'node:path'
import { UserError } from '../../core/errors'
import type { PageBundle } from '../../core/page/page'
import { parseFontChoices } from '../../node/fonts/font-choice'
import { loadPagePreset } from '../../node/layout/load-preset'
import { draftPageBundle } from '../../node/layout/draft-page-bundle'
import { exportPagePdfToFile } from '../../node/export/pdf/export-pdf'
import { savePage } from '../../node/documents/save-document'
import type { ExportProgress } from '../../node/export/pdf/export-pdf'
import { loadDraft } from './export'

export interface PageOptions {
  preset: string
  pdf?: string
  output?: string
  paper: string
  serial?: string
  issue?: string
  date?: string
  number: string
  name: string
  editor?: string
  designer?: string
  lead?: string
  vertical?: string
  font?: string[]
  normalize: boolean
}

/** Today in the machine's time zone, YYYY-MM-DD. */
function today(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

function whole(value: string | undefined, what: string, max: number): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > max) throw new UserError('cli.page-option', `${what}应是 1 到 ${max} 之间的整数，而不是「${value}」。`)
  return n
}

/** `banxin page`: drafts → the automatic first draft of a page, as a PDF and/or a page file; returns the lines to print. */
export async function runPage(drafts: readonly string[], options: PageOptions, onProgress?: (p: ExportProgress) => void): Promise<string[]> {
  if (!options.pdf && !options.output) throw new UserError('cli.page-no-target', '请指定输出，例如 --pdf 版面.pdf 或 -o 版面.banxin。')
  const lead = whole(options.lead, '--lead（头条是第几篇）', drafts.length)
  const vertical = whole(options.vertical, '--vertical（竖题稿件是第几篇）', drafts.length)
  const number = whole(options.number, '--number（版次）', 500)!
  const preset = await loadPagePreset(options.preset)
  const stories = []
  const notes: string[] = []
  for (const [i, draft] of drafts.entries()) {
    const { bundle, notes: left } = await loadDraft(draft, options.normalize)
    notes.push(...left)
    stories.push({ bundle, ...(lead === i + 1 ? { lead: true } : {}), ...(vertical === i + 1 ? { headline: 'vertical' as const } : {}) })
  }
  const drafted = draftPageBundle({
    stories,
    preset,
    paper: { name: options.paper, ...(options.serial ? { serial: options.serial } : {}), ...(options.issue ? { issue: whole(options.issue, '--issue（总期号）', 1_000_000)! } : {}) },
    date: options.date ?? today(),
    page: { number, name: options.name, ...(options.editor ? { editor: options.editor } : {}), ...(options.designer ? { designer: options.designer } : {}), ...(number === 1 ? { masthead: true as const } : {}) },
    fonts: parseFontChoices(options.font ?? []),
  })
  const { bundle } = drafted
  const title = (key: string) => bundle.page.articles[key]!.meta.title || key
  const lines: string[] = []
  if (options.output) {
    const path = resolve(options.output)
    await savePage(path, bundle)
    lines.push(`已保存版面文件 → ${path}`)
  }
  if (options.pdf) lines.push(...(await exportPageForCli(bundle, options.pdf, options.font ?? [], onProgress)))
  lines.push(...drafted.unplaced.map((key) => `未能排入：「${title(key)}」（版面放不下，已留在版面文件中）`))
  if (drafted.emptyRows) lines.push(`提醒：版面还空 ${drafted.emptyRows} 栏行，可以加稿、放大图片或标题。`)
  return [...lines, ...notes]
}

/** A page file → PDF, with a line per frame saying where it went and what did not fit. */
export async function exportPageForCli(bundle: PageBundle, out: string, fonts: readonly string[], onProgress?: (p: ExportProgress) => void): Promise<string[]> {
  const path = resolve(out)
  const result = await exportPagePdfToFile(bundle, path, { fonts: parseFontChoices(fonts) }, { onProgress })
  const pages = bundle.page.pages.map((p) => `第${p.number}版 ${p.name}`).join('、')
  return [
    `已导出 PDF（${pages}，${result.frames.length} 个版框）→ ${path}`,
    ...result.frames.map((f) => {
      const frame = bundle.page.pages[f.page]!.frames.find((x) => x.id === f.id)!
      const where = `第${bundle.page.pages[f.page]!.number}版 第${frame.column + 1}栏起 ${frame.columns} 栏 × ${frame.rows} 行`
      return `版框：${where}「${f.title || f.id}」${f.overset ? `，超出 ${f.overset} 行` : ''}${f.emptyRows ? `，空 ${f.emptyRows} 栏行` : ''}`
    }),
    ...result.fonts.map((f) => `字体：${f}`),
    ...result.warnings.map((w) => `提醒：${w}`),
  ]
}
