import { Command, Option } from 'commander'
import pkg from '../../package.json' with { type: 'json' }
import type { ImportOptions } from './commands/import'
import type { ExportOptions } from './commands/export'
import type { PageOptions } from './commands/page'

const print = (lines: readonly string[]) => {
  for (const line of lines) process.stdout.write(line + '\n')
}

/**
 * The `banxin` commands. Each command's module (parsers, fonts, pdfkit, html-validate) is loaded only
 * when that command runs, so `banxin --help` and a PDF export do not pay for the others.
 */
export function createProgram(): Command {
  const program = new Command()
  program.name('banxin').description('版心 Banxin: Chinese editorial and print-layout tool').version(pkg.version)
  program.showHelpAfterError()

  program
    .command('info')
    .description('show the title, meta and block counts of a .banxin file')
    .argument('<file>', '.banxin file')
    .action(async (file: string) => print(await (await import('./commands/info')).runInfo(file)))

  program
    .command('import')
    .description('import a draft (.docx .txt .html .md) into a .banxin file')
    .argument('<draft>', 'the draft to import')
    .option('-o, --output <file>', 'the .banxin file to write (default: beside the draft)')
    .option('--no-normalize', 'keep punctuation and spacing exactly as in the draft')
    .option('--report', 'list what was dropped, recognised and normalised')
    .option('--split', 'a page of several articles (e-paper page, roundup of briefs): one .banxin per article, in the folder -o names')
    .action(async (draft: string, options: ImportOptions) => print(await (await import('./commands/import')).runImport(draft, options)))

  program
    .command('lint')
    .description('report punctuation and structure problems in a draft (exit 1 when there are any)')
    .argument('<draft>', 'the draft or .banxin file to check')
    .action(async (draft: string) => {
      const { problems, notes } = await (await import('./commands/lint')).runLint(draft)
      print(problems)
      for (const note of notes) process.stderr.write(`提醒：${note}\n`)
      process.stderr.write(problems.length ? `共 ${problems.length} 处问题。\n` : '没有发现问题。\n')
      if (problems.length) process.exitCode = 1
    })

  program
    .command('page')
    .description('lay out drafts on a newspaper page (automatic first draft) as a PDF and/or a page file')
    .argument('<drafts...>', 'the articles, most important first (.banxin .docx .txt .html .md)')
    .option('--preset <preset>', 'page preset: sikai (四开), duikai (对开), or a page preset .json file', 'sikai')
    .option('--pdf <file>', 'a print-ready PDF of the page')
    .option('-o, --output <file>', 'the page file (.banxin) to save, for editing and archiving')
    .option('--paper <name>', '报名 in the 报头', '版心日报')
    .option('--serial <CN xx-xxxx>', '国内统一连续出版物号')
    .option('--issue <n>', '总期号')
    .option('--date <YYYY-MM-DD>', '出版日期 (default: today)')
    .option('--number <n>', '版次; page 1 gets the 报头', '1')
    .option('--name <name>', '版名', '要闻')
    .option('--editor <name>', '责任编辑')
    .option('--designer <name>', '美术编辑')
    .option('--lead <n>', 'which draft is the 头条 (default: the first)')
    .option('--vertical <n>', 'which draft gets a 竖题 (default: a short story with a short title)')
    .option('--font <role=path>', 'PDF font file for a role; repeatable', (v: string, all: string[]) => [...all, v], [])
    .option('--no-normalize', 'keep punctuation and spacing of non-.banxin drafts exactly as they are')
    .action(async (drafts: string[], options: PageOptions) => {
      const { runPage } = await import('./commands/page')
      const { progressPrinter } = await import('./commands/export')
      print(await runPage(drafts, options, progressPrinter()))
    })

  program
    .command('export')
    .description('export a draft (.banxin .docx .txt .html .md)')
    .argument('<draft>', 'the draft to export, or a page file (版面) for --pdf')
    .option('--pdf <file>', 'a print-ready PDF (PDF/X-4 with a CMYK preset such as newspaper, and for a page file)')
    .option('--preflight', 'check the draft for print first: missing fonts, images under 250 dpi or in RGB for a CMYK preset, text outside the trim or its column, overset (exit 1 on errors)')
    .option('--pdfa', 'write PDF/A-2b for an archive (any preset)')
    .option('--no-tags', 'leave out the structure tree (tagged PDF is written by default)')
    .option('--preset <preset>', 'PDF page preset: a4, gongwen, newspaper, or a preset .json file', 'a4')
    .addOption(new Option('--signoff <layout>', '落款 of a 公文: sealed (GB/T 9704 §7.3.5.1) or unsealed (§7.3.5.2); default: the preset\'s').choices(['sealed', 'unsealed']))
    .option('--font <role=path>', 'PDF font file for a role (song hei kai fangsong xiaobiaosong, -bold for bold); repeatable', (v: string, all: string[]) => [...all, v], [])
    .option('--html-package <zip>', "the webmaster's HTML package as a zip (a folder gets YYYYMMDD-slug.zip inside)")
    .option('--html-folder <dir>', 'the same HTML package as a folder')
    .option('--portal <profile>', 'portal profile: a built-in id (default, hechuan-red) or a .json file')
    .option('--no-normalize', 'export punctuation and spacing exactly as in a non-.banxin draft')
    .action(async (draft: string, options: ExportOptions) => {
      const { runExport, progressPrinter } = await import('./commands/export')
      const { lines, failed } = await runExport(draft, options, progressPrinter())
      print(lines)
      if (failed) process.exitCode = 1
    })

  return program
}
