import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeBanxin } from '../../core/file/banxin-file'
import { readPageFile } from '../../core/page/page-file'
import { storyBundle } from '../../../test/fixtures/pages/pages'
import { runExport } from './export'
import { runPage } from './page'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'banxin-cli-page-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Plain-text drafts as a reporter files them: the title, a blank line, then paragraphs indented with spaces. */
const draft = (title: string, paragraphs: readonly string[]) => [title, '', ...paragraphs.map((p) => `  ${p}`), ''].join('\n')

const DEFAULTS = { preset: 'sikai', paper: '河川日报', number: '1', name: '要闻', normalize: true }

describe('banxin page', () => {
  it('排出一版的初稿：文本稿件在路上导入并规范标点，版面文件和 PDF 都写出来，每个版框报一行', async () => {
    const paths = [join(dir, '头条.banxin'), join(dir, '消息.txt'), join(dir, '短讯.txt')]
    await writeFile(paths[0]!, writeBanxin(storyBundle('lead')))
    await writeFile(paths[1]!, draft('公交线路优化调整', ['市交通运输局近日对10条公交线路进行优化调整,新开通2条通勤快线。'.repeat(8), '市民可通过小程序查询线路调整和车辆实时到站信息。'.repeat(5)]))
    await writeFile(paths[2]!, draft('图书馆夜读', ['市图书馆每周五、周六延长开放至晚上十点。'.repeat(4)]))
    const pdf = join(dir, '一版.pdf')
    const page = join(dir, '一版.banxin')
    const lines = await runPage(paths, { ...DEFAULTS, pdf, output: page, date: '2025-05-01', serial: 'CN 50-0001', lead: '1' })
    expect(lines[0]).toBe(`已保存版面文件 → ${page}`)
    expect(lines[1]).toBe(`已导出 PDF（第1版 要闻，3 个版框）→ ${pdf}`)
    expect(lines.filter((l) => l.startsWith('版框：'))).toEqual([
      expect.stringMatching(/^版框：第1版 第1栏起 \d 栏 × \d+ 行「河川百万亩高标准农田完成改造」/),
      expect.stringMatching(/^版框：第1版 第\d栏起 \d 栏 × \d+ 行「公交线路优化调整」/),
      expect.stringMatching(/^版框：第1版 第\d栏起 \d 栏 × \d+ 行「图书馆夜读」/),
    ])
    expect(lines.some((l) => /超出/.test(l))).toBe(false)
    const saved = readPageFile(new Uint8Array(await readFile(page)))
    expect(saved.page.pages[0]).toMatchObject({ number: 1, name: '要闻', masthead: true })
    expect(saved.page.paper).toEqual({ name: '河川日报', serial: 'CN 50-0001' })
    // Imported on the way, normalised as `banxin import` would: the half-width comma became 「，」.
    expect(JSON.stringify(saved.page.articles.a2)).toContain('优化调整，新开通')
    expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('banxin export 导出保存过的版面文件；版面文件只能导出 PDF', async () => {
    const page = join(dir, '版面.banxin')
    await writeFile(join(dir, 'a.banxin'), writeBanxin(storyBundle('brief')))
    await runPage([join(dir, 'a.banxin')], { ...DEFAULTS, output: page, number: '3', name: '文化' })
    const pdf = join(dir, '三版.pdf')
    const { lines } = await runExport(page, { pdf, normalize: true })
    expect(lines[0]).toBe(`已导出 PDF（第3版 文化，1 个版框）→ ${pdf}`)
    await expect(runExport(page, { htmlPackage: join(dir, 'x.zip'), normalize: true })).rejects.toThrow(/版面文件只能导出 PDF/)
    await expect(runExport(page, { preflight: true, normalize: true })).rejects.toThrow(/版面文件只能导出 PDF/)
  })

  it('说清楚缺了什么、哪个选项不对', async () => {
    const a = join(dir, 'a.banxin')
    await writeFile(a, writeBanxin(storyBundle('brief')))
    await expect(runPage([a], DEFAULTS)).rejects.toThrow(/请指定输出/)
    await expect(runPage([a], { ...DEFAULTS, pdf: join(dir, 'x.pdf'), lead: '2' })).rejects.toThrow(/--lead（头条是第几篇）应是 1 到 1 之间的整数，而不是「2」/)
    await expect(runPage([a], { ...DEFAULTS, pdf: join(dir, 'x.pdf'), preset: 'bandui' })).rejects.toThrow(/没有名为「bandui」的版面版式/)
  })
})
