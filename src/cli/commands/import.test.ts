import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UserError } from '../../core/errors'
import { readBanxin } from '../../core/file/banxin-file'
import { blockText } from '../../core/model/text'
import { EPAPER_PAGE } from '../../core/import/testing/epaper-page'
import { runImport } from './import'
import { runLint } from './lint'

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../test/fixtures/import/${name}`, import.meta.url))

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'banxin-cli-'))
  await copyFile(fixture('portal-copy.txt'), join(dir, 'portal-copy.txt'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('banxin import', () => {
  it('writes a normalised .banxin beside the draft and says what it did', async () => {
    const lines = await runImport(join(dir, 'portal-copy.txt'), { normalize: true, report: false })
    const { article } = readBanxin(new Uint8Array(await readFile(join(dir, 'portal-copy.banxin'))))
    expect(article.meta.title).toBe('河湾区推进老旧小区改造\u3000惠及居民三千余户')
    expect(blockText(article.blocks[0]!)).toContain('坚持“居民点单、部门接单”，累计')
    expect(lines[1]).toBe('主题：河湾区推进老旧小区改造\u3000惠及居民三千余户')
    expect(lines[3]).toBe('略去页面杂项 12 行；识别 9 处结构，规范 23 处标点和空格。')
  })

  it('says what it left out by kind, in the 导入检查 panel\'s words: a repeated byline is no page chrome', async () => {
    await copyFile(fixture('repeated-byline.txt'), join(dir, 'repeated-byline.txt'))
    const lines = await runImport(join(dir, 'repeated-byline.txt'), { normalize: true, report: true })
    // The date widget over the page is chrome: the labelled 发布时间 (with its time) is the article's.
    expect(lines[3]).toBe('略去页面杂项 3 行、重复的信息 1 行、无图的图片说明 1 行；识别 5 处结构，规范 3 处标点和空格。')
    expect(lines).toContain('== 未导入的行：重复的信息（1）==')
    expect(lines.filter((l) => l.includes('→ 发布时间「2024-03-05T08:30+08:00」'))).toHaveLength(1)
    expect(lines.slice(lines.indexOf('== 未导入的行：无图的图片说明（1）==') + 1)[0]).toMatch(/^居民在口袋公园里散步。程雨 摄\u3000← /)
  })

  it('refuses to overwrite an existing .banxin unless -o names it', async () => {
    const draft = join(dir, 'portal-copy.txt')
    await expect(runImport(draft, { normalize: true, report: false })).rejects.toMatchObject({
      code: 'cli.output-exists',
    })
    await runImport(draft, { output: join(dir, 'portal-copy.banxin'), normalize: false, report: false })
    const { article } = readBanxin(new Uint8Array(await readFile(join(dir, 'portal-copy.banxin'))))
    expect(blockText(article.blocks[0]!)).toContain('坚持"居民点单、部门接单",累计')
  })

  it('--report lists drops, guesses and every change at the draft’s line:column', async () => {
    const lines = await runImport(join(dir, 'portal-copy.txt'), {
      output: join(dir, 'r.banxin'),
      normalize: true,
      report: true,
    })
    expect(lines).toContain('== 未导入的行：页面杂项（12）==')
    expect(lines).toContain('触碰右侧滑开\u3000← 页面导航提示')
    expect(lines).toContain(`${join(dir, 'portal-copy.txt')}:7:7: 「,」→「，」（半角标点改为全角）`)
  })

  it('gives a UserError for a bad draft and writes nothing', async () => {
    await writeFile(
      join(dir, 'old.doc'),
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    )
    const error = await runImport(join(dir, 'old.doc'), { normalize: true, report: false }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(UserError)
    await expect(readFile(join(dir, 'old.banxin'))).rejects.toThrow()
  })
})

describe('banxin lint', () => {
  it('prints one problem per line as file:line:column: message', async () => {
    const draft = join(dir, 'lint-me.txt')
    await writeFile(draft, '标题\n\n  他说:“走吧。\n共有１２３户.\n')
    const { problems } = await runLint(draft)
    expect(problems).toEqual([
      `${draft}:3:1: 「␣␣」→「（无）」（删除行首缩进字符），可自动修正`,
      `${draft}:3:5: 「:」→「：」（半角标点改为全角），可自动修正`,
      `${draft}:3:6: 「“」没有对应的「”」`,
      `${draft}:4:3: 全角字母或数字「１２３」，应使用半角（GB/T 15835）`,
      `${draft}:4:7: 汉字旁用了半角标点「.」，请改为全角`,
    ])
  })

  it('finds nothing in a clean draft', async () => {
    const draft = join(dir, 'clean.txt')
    await writeFile(draft, '标题\n正文第一段。\n')
    expect((await runLint(draft)).problems).toEqual([])
  })
})

describe('banxin import of a page of several articles', () => {
  let page: string
  beforeAll(async () => {
    page = join(dir, 'epaper-page.txt')
    await writeFile(page, EPAPER_PAGE)
  })

  it('warns that the draft holds three articles and names them', async () => {
    const lines = await runImport(page, { output: join(dir, 'whole.banxin'), normalize: true, report: false })
    expect(lines).toContain(
      '提醒：这份稿件是含 3 篇文章的版面，已作为一篇导入。用 --split 可每篇写成一个文件：',
    )
    expect(lines).toContain('  2. 冬储菜上市\u3000价格稳中有降')
  })

  it('--split writes one file per article, named from the titles, each one article', async () => {
    const out = join(dir, 'split')
    const lines = await runImport(page, { output: out, normalize: true, report: false, split: true })
    const files = (await readdir(out)).sort()
    expect(files).toHaveLength(3)
    expect(files[1]).toBe('02-冬储菜上市价格稳中有降.banxin')
    expect(lines[0]).toBe(`已把 ${page} 拆成 3 篇文章（稿件）→ ${out}`)
    const second = readBanxin(new Uint8Array(await readFile(join(out, files[1]!))))
    expect(second.article.meta.title).toBe('冬储菜上市\u3000价格稳中有降')
    expect(second.article.blocks.map(blockText).join('')).toContain('按需购买')
    expect(second.article.blocks.map(blockText).join('')).not.toContain('护河志愿队')
    // Run again: nothing is overwritten.
    await expect(
      runImport(page, { output: out, normalize: true, report: false, split: true }),
    ).rejects.toMatchObject({
      code: 'cli.output-exists',
    })
  })

  it('--split says what it left out, kind by kind, as banxin import does; --report lists each line', async () => {
    const lines = await runImport(page, { output: join(dir, 'split-report'), normalize: true, report: true, split: true })
    // The paper's name, the page label, the page navigation and the issue date belong to no story; the
    // copyright footer closes the last one.
    expect(lines).toContain('略去页面杂项 5 行。')
    expect(lines).toContain('== 未导入的行：页面杂项（5）==')
    expect(lines).toContain('上一版 下一版\u3000← 电子报的版面导航（本期其他版）')
    expect(lines).toContain('柳溪日报社版权所有\u3000未经授权请勿转载\u3000← 网站页脚（主办、维护、地址、备案信息等）（第 3 篇）')
  })

  it('--split counts what the HTML reader left out of the page too', async () => {
    const html = join(dir, 'epaper-page.html')
    const body = EPAPER_PAGE.split('\n').map((l) => (l.trim() ? `<p>${l.trim()}</p>` : '')).join('\n')
    await writeFile(html, `<!doctype html><html><body><nav>首页 数字报 往期回顾</nav>\n${body}</body></html>`)
    const lines = await runImport(html, { output: join(dir, 'split-html'), normalize: true, report: true, split: true })
    expect(lines).toContain('略去页面杂项 6 行。')
    expect(lines.filter((l) => l.startsWith('首页 数字报 往期回顾'))).toHaveLength(1)
  })

  it('--split refuses a draft of one article', async () => {
    await expect(
      runImport(join(dir, 'portal-copy.txt'), {
        output: join(dir, 'one'),
        normalize: true,
        report: false,
        split: true,
      }),
    ).rejects.toMatchObject({ code: 'cli.not-a-page' })
  })
})
