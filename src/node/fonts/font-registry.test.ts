import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { advanceOf } from '../../core/typeset/font-metrics'
import { createFontRegistry } from './font-registry'
import { bundledFontPath } from './bundled-fonts'
import { readSfntNames } from './sfnt-names'
import { findFont, fontDirectories, scanFonts } from './system-fonts'
import { parseFontChoices } from './font-choice'

const NOTO_CJK = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'banxin-fonts-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('内置字体', () => {
  it('宋体、黑体用内置的思源（Noto）字体，楷体、仿宋、小标宋用它的其他字重代替，并说明', () => {
    const fonts = createFontRegistry()
    expect(fonts.loaded('song').label).toBe('Noto Serif SC Regular（内置）')
    expect(fonts.loaded('hei-bold').label).toBe('Noto Sans SC Bold（内置）')
    expect(fonts.loaded('fangsong').label).toBe('Noto Serif SC Light（内置，代仿宋）')
    expect(fonts.loaded('kai').label).toBe('Noto Serif SC Medium（内置，代楷体）')
    expect(fonts.loaded('xiaobiaosong').label).toBe('Noto Serif SC Bold（内置，代小标宋）')
    expect(fonts.describe()).toContain('仿宋：Noto Serif SC Light（内置，代仿宋）')
  })

  it('标点的空白半边取自字体的 halt 特性', () => {
    const song = createFontRegistry().face('song')
    expect(song.markBlanks('，')).toEqual({ before: 0, after: 0.5 })
    expect(song.markBlanks('“')).toEqual({ before: 0.5, after: 0 })
    expect(song.markBlanks('》')).toEqual({ before: 0, after: 0.5 })
    expect(advanceOf(song.shape('——', ['fwid']))).toBe(2)
    expect(song.shape('中')).toEqual([{ id: expect.any(Number), advance: 1, dx: 0, dy: 0, start: 0, end: 1 }])
    expect(song.ascent).toBeCloseTo(0.88, 6)
  })

  it('读出字体文件里的名字而不载入整个字体', () => {
    const [names] = readSfntNames(bundledFontPath('song'))
    expect(names).toMatchObject({ index: 0, postscriptName: 'NotoSerifSC-Regular', bold: false })
    expect(names!.names).toContain('Noto Serif SC')
    expect(readSfntNames(join(dir, 'nothing.ttf'))).toEqual([])
  })
})

describe('系统字体', () => {
  it('在各系统的字体文件夹里找', () => {
    expect(fontDirectories('win32', { WINDIR: 'C:\\Windows', LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'C:\\Users\\a')).toEqual([
      join('C:\\Windows', 'Fonts'),
      join('C:\\Users\\a\\AppData\\Local', 'Microsoft', 'Windows', 'Fonts'),
    ])
    expect(fontDirectories('darwin', {}, '/Users/a')).toContain('/Library/Fonts')
    expect(fontDirectories('linux', {}, '/home/a')).toEqual(['/usr/share/fonts', '/usr/local/share/fonts', '/home/a/.local/share/fonts', '/home/a/.fonts'])
  })

  it('按字体名称找到装在系统里的字体，TTC 里的每一款都能找到', ({ skip }) => {
    skip(!existsSync(NOTO_CJK), `no ${NOTO_CJK} (Debian fonts-noto-cjk)`)
    const found = scanFonts(['/usr/share/fonts/opentype/noto'])
    const sc = findFont(found, ['方正小标宋简体', 'Noto Serif CJK SC'], false)
    expect(sc).toMatchObject({ path: NOTO_CJK, postscriptName: 'NotoSerifCJKsc-Regular' })
    expect(findFont(found, ['Noto Serif CJK SC'], true)?.postscriptName).toBe('NotoSerifCJKsc-Bold')
    const fonts = createFontRegistry({ preferences: { song: ['SimSun', 'Noto Serif CJK SC'] }, fontDirs: ['/usr/share/fonts/opentype/noto'] })
    expect(fonts.loaded('song').label).toBe('Noto Serif CJK SC（系统字体）')
    expect(fonts.loaded('song').font.postscriptName).toBe('NotoSerifCJKsc-Regular')
  })

  it('找不到首选的系统字体时用内置字体，并说出没找到哪一款', () => {
    const fonts = createFontRegistry({ preferences: { fangsong: ['仿宋_GB2312'] }, fontDirs: [dir] })
    expect(fonts.loaded('fangsong').label).toBe('Noto Serif SC Light（内置，代仿宋，未找到仿宋_GB2312等系统字体）')
  })
})

describe('指定字体文件', () => {
  it('按角色指定文件；没有粗体时笔画加粗', () => {
    const fonts = createFontRegistry({ files: { fangsong: bundledFontPath('fangsong') } })
    expect(fonts.loaded('fangsong').label).toBe('Noto Serif SC Light（指定文件）')
    expect(fonts.loaded('fangsong-bold')).toMatchObject({ syntheticBold: true })
    expect(fonts.describe()).toContain('仿宋（粗）：Noto Serif SC Light（指定文件），加粗为笔画加粗')
  })

  it('TTC 文件用 #PostScript 名选其中一款', ({ skip }) => {
    skip(!existsSync(NOTO_CJK), `no ${NOTO_CJK} (Debian fonts-noto-cjk)`)
    const fonts = createFontRegistry({ files: { song: `${NOTO_CJK}#NotoSerifCJKsc-Regular` } })
    expect(fonts.loaded('song').font.postscriptName).toBe('NotoSerifCJKsc-Regular')
  })

  it('文件不存在或不是字体时，用中文说清楚', async () => {
    expect(() => createFontRegistry({ files: { song: join(dir, '没有.ttf') } }).loaded('song')).toThrow(/找不到字体文件「.*没有\.ttf」/)
    const bad = join(dir, 'bad.ttf')
    await writeFile(bad, 'not a font')
    expect(() => createFontRegistry({ files: { song: bad } }).loaded('song')).toThrow(/不是 TrueType 或 OpenType 字体/)
  })

  it('命令行的 --font 角色=文件', () => {
    expect(parseFontChoices(['fangsong=/a/仿宋.ttf', 'hei-bold = /b/黑体.ttf'])).toEqual({ fangsong: '/a/仿宋.ttf', 'hei-bold': '/b/黑体.ttf' })
    expect(() => parseFontChoices(['songti=/a.ttf'])).toThrow(/无法识别字体设置「songti=\/a\.ttf」/)
    expect(() => parseFontChoices(['/a.ttf'])).toThrow(/角色=字体文件/)
  })
})
