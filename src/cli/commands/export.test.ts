import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeBanxin } from '../../core/file/banxin-file'
import { teaFeatureBundle } from '../../../test/fixtures/portal/articles'
import { runExport } from './export'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'banxin-cli-export-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const DRAFT = ['社区食堂开进老街巷', '发布时间:2026-05-06 09:00 来源:示例日报', '', '  今年以来,示例市在老城区新开了6家社区食堂,方便老人就近吃饭。', ''].join('\n')

describe('banxin export --html-package', () => {
  it('names the zip YYYYMMDD-pinyin inside a folder, and logs the normalisation of a text draft', async () => {
    const draft = join(dir, '稿件.txt')
    await writeFile(draft, DRAFT)
    const { lines } = await runExport(draft, { htmlPackage: dir, normalize: true })
    expect(lines[0]).toMatch(/^已导出 HTML 文件包（压缩包，8 个文件）→ .*20260506-shequshitangkaijinlaojiexiang\.zip$/)
    expect(lines[1]).toBe('html-validate：preview.html 0 个错误，content.html 0 个错误')
    const zip = unzipSync(new Uint8Array(await readFile(join(dir, '20260506-shequshitangkaijinlaojiexiang.zip'))))
    expect(strFromU8(zip['report/changes.log']!)).toContain('「,」→「，」（半角标点改为全角）')
    expect(strFromU8(zip['content.txt']!)).toContain('今年以来，示例市')
  })

  it('says what import left out of a text draft, kind by kind, as banxin import does', async () => {
    const draft = join(dir, '稿件.txt')
    const meta = '发布时间:2026-05-06 09:00 来源:示例日报'
    await writeFile(draft, ['首页 > 本地新闻', '社区食堂开进老街巷', meta, meta, '', '  今年以来,示例市在老城区新开了6家社区食堂。'].join('\n'))
    const { lines } = await runExport(draft, { htmlPackage: dir, normalize: true })
    expect(lines.at(-1)).toBe(`提醒：导入 ${draft} 时略去页面杂项 1 行、重复的信息 2 行（banxin import --report 逐行列出）。`)
  })

  it('exports a .banxin exactly as saved, and writes a folder with --html-folder', async () => {
    const draft = join(dir, 'tea.banxin')
    await writeFile(draft, writeBanxin(teaFeatureBundle()))
    await runExport(draft, { htmlFolder: join(dir, 'pkg'), portal: 'hechuan-red', normalize: true })
    expect(await readFile(join(dir, 'pkg', 'report', 'changes.log'), 'utf8')).toContain('没有导入时的规范化记录')
    expect(await readFile(join(dir, 'pkg', 'preview.html'), 'utf8')).toContain('河川市人民政府')
    expect((await readdir(join(dir, 'pkg', 'images'))).sort()).toEqual(['01.jpg', '02.jpg', '03.png'])
  })

  it('asks for a target when none is given', async () => {
    await expect(runExport(join(dir, 'x.txt'), { normalize: true })).rejects.toThrow(/请指定导出目标/)
  })
})
