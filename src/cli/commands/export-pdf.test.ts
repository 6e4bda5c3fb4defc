import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runExport } from './export'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'banxin-cli-pdf-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const DRAFT = ['关于做好社区食堂运营的通知', '', '  各街道：', '', '  为方便老年人就近用餐,现就社区食堂运营有关事项通知如下。', ''].join('\n')

describe('banxin export --pdf', () => {
  it('把文本稿件按公文版式导出成 PDF，并说明用了哪些字体', async () => {
    const draft = join(dir, '通知.txt')
    await writeFile(draft, DRAFT)
    const out = join(dir, '通知.pdf')
    const { lines } = await runExport(draft, { pdf: out, preset: 'gongwen', font: [], normalize: true })
    expect(lines[0]).toBe(`已导出 PDF（公文（GB/T 9704—2012），1 页）→ ${out}`)
    expect(lines).toContain('字体：仿宋：Noto Serif SC Light（内置，代仿宋，未找到仿宋_GB2312等系统字体）')
    expect((await readFile(out)).subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('报纸版式写 PDF/X-4，--pdfa 加上 PDF/A-2b', async () => {
    const draft = join(dir, '稿件.txt')
    await writeFile(draft, DRAFT)
    const { lines } = await runExport(draft, { pdf: join(dir, 'a.pdf'), preset: 'newspaper', pdfa: true, normalize: true })
    expect(lines[0]).toMatch(/^已导出 PDF（四开报纸（四栏），PDF\/X-4、PDF\/A-2b，1 页）/)
    const pdf = (await readFile(join(dir, 'a.pdf'))).toString('latin1')
    expect(pdf).toContain('/GTS_PDFX')
    expect(pdf).toContain('<pdfaid:part>2</pdfaid:part>')
  })

  it('--preflight 只做印前检查：缺少的字体、RGB 图片、低分辨率、超出裁切线的字，有错误时算失败', async () => {
    const draft = join(dir, '稿件.txt')
    await writeFile(draft, DRAFT)
    const report = await runExport(draft, { preflight: true, preset: 'gongwen', normalize: true })
    expect(report.lines[0]).toMatch(/^印前检查（公文（GB\/T 9704—2012））：0 个错误，\d+ 个提醒$/)
    expect(report.lines).toContain('提醒：版式要求的字体「仿宋_GB2312」没有安装：仿宋用 Noto Serif SC Light 代替。')
    expect(report.failed).toBe(false)
    expect(await readFile(join(dir, '稿件.pdf')).catch(() => 'none')).toBe('none')
  })

  it('版式可以是用户改过的 JSON 文件，字体可以逐个角色指定', async () => {
    const draft = join(dir, '稿件.txt')
    await writeFile(draft, DRAFT)
    await expect(runExport(draft, { pdf: join(dir, 'a.pdf'), preset: join(dir, '没有.json'), normalize: true })).rejects.toThrow(/无法读取版式文件/)
    await writeFile(join(dir, 'bad.json'), JSON.stringify({ id: 'x' }))
    await expect(runExport(draft, { pdf: join(dir, 'a.pdf'), preset: join(dir, 'bad.json'), normalize: true })).rejects.toThrow(/版式文件「.*bad\.json」有误/)
    await expect(runExport(draft, { pdf: join(dir, 'a.pdf'), font: ['仿宋=/x.ttf'], normalize: true })).rejects.toThrow(/无法识别字体设置「仿宋=\/x\.ttf」/)
  })
})
