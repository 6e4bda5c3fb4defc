import { existsSync } from 'node:fs'
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { UserError } from '../../core/errors'
import { article as makeArticle, paragraph } from '../../core/model/build'
import type { Article, Block } from '../../core/model/article'
import { blockText } from '../../core/model/text'
import { normalizeArticle } from '../../core/normalize'
import { importFile } from './import-file'

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../test/fixtures/import/${name}`, import.meta.url))
const SAMPLE = fileURLToPath(new URL('../../../../shared/fixtures/portal-article.txt', import.meta.url))

const kinds = (a: Article) =>
  a.blocks.map((b) =>
    b.type === 'paragraph'
      ? (b.role ?? 'body')
      : b.type === 'heading'
        ? `h${b.level}${b.runIn ? '+' : ''}`
        : b.type,
  )
const headingTexts = (a: Article) =>
  a.blocks.filter((b) => b.type === 'section-heading').map((b) => blockText(b).replace('\n', ' / '))
const allText = (a: Article) =>
  [...Object.values(a.meta).flat(), ...a.blocks.map((b: Block) => blockText(b))].join('\n')

describe('the user’s sample portal article (../shared/fixtures)', () => {
  let a: Article
  let dropped: string[]
  beforeEach(({ skip }) => skip(!existsSync(SAMPLE), `no user sample at ${SAMPLE}`))
  beforeAll(async () => {
    if (!existsSync(SAMPLE)) return
    const result = await importFile(SAMPLE)
    a = result.bundle.article
    dropped = result.report.dropped.map((d) => d.text)
  })

  it('has the title with a full-width space and the meta from its meta line, without 浏览次数', () => {
    expect(a.meta.title).toBe('抓党建\u3000决战决胜脱贫攻坚')
    expect(a.meta).toMatchObject({
      publishedAt: '2020-08-03T16:26:27+08:00',
      author: '颜慧',
      source: '乌海日报',
    })
    expect(allText(a)).not.toContain('浏览次数')
  })

  it('has a 12-paragraph body (the lead and 11) with exactly three two-line section headings in place', () => {
    expect(kinds(a)).toEqual([
      'lead',
      'section-heading',
      ...Array(5).fill('body'),
      'section-heading',
      ...Array(3).fill('body'),
      'section-heading',
      ...Array(3).fill('body'),
    ])
    expect(headingTexts(a)).toEqual([
      '筑牢战斗堡垒 / 为乡村振兴添动力',
      '建强骨干队伍 / 为脱贫攻坚增活力',
      '壮大集体经济 / 为居民致富加实力',
    ])
  })

  it('keeps none of the chrome or footer lines: everything after the last paragraph is dropped', async () => {
    const lines = (await readFile(SAMPLE, 'utf8'))
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
    const last = lines.findIndex((l) => l === blockText(a.blocks.at(-1)!).trim())
    const tail = lines.slice(last + 1)
    expect(tail.length).toBeGreaterThan(5)
    expect(dropped).toEqual(expect.arrayContaining([lines[0], ...tail]))
    for (const line of dropped) expect(allText(a)).not.toContain(line)
  })

  it('after normalisation has no ASCII , : ; ( between Han, and 100 % becomes 100%', () => {
    const text = allText(normalizeArticle(a).article)
    expect(text).not.toMatch(/\p{Script=Han}[,:;(]\p{Script=Han}/u)
    expect(text).toContain('100%')
    expect(text).not.toMatch(/100[\s\u00a0]%/u)
  })

  it('normalisation leaves its date-time, phone number and ICP filing untouched', async () => {
    const lines = (await readFile(SAMPLE, 'utf8')).split(/\r?\n/).filter((l) => l.trim())
    const text = allText(
      normalizeArticle(
        makeArticle(
          { title: '' },
          lines.map((l) => paragraph(l)),
        ),
      ).article,
    )
    for (const token of ['2020-08-03 16:26:27', '0473-8992631', '蒙ICP备05000809号'])
      expect(text).toContain(token)
  })
})

describe('the project’s own fixtures', () => {
  it('a GB18030 .txt', async () => {
    const { bundle, report } = await importFile(fixture('gb18030-column.txt'))
    expect(report.encoding).toBe('gb18030')
    expect(bundle.article.meta.title).toBe('山城夜校点亮“银发”学习路')
    expect(headingTexts(bundle.article)).toEqual([
      '学以致用 / 让智能生活不再难',
      '学有所乐 / 让晚年生活更充实',
    ])
    expect(allText(bundle.article)).toContain('刘䶮')
  })

  it('a Big5 .txt in traditional characters is read as Big5, not as GBK mojibake', async () => {
    const { bundle, report } = await importFile(fixture('big5-notice.txt'))
    expect(report.encoding).toBe('big5')
    expect(bundle.article.meta.title).toBe('關於做好冬季社區安全工作的通知')
    expect(bundle.article.blocks[0]).toMatchObject({ role: 'addressee' })
    expect(kinds(bundle.article).slice(-2)).toEqual(['signoff', 'signed-date'])
  })

  it('a UTF-16LE .txt without a BOM', async () => {
    const { bundle, report } = await importFile(fixture('utf16le-notice.txt'))
    expect(report.encoding).toBe('utf-16le')
    expect(bundle.article.meta.title).toBe('关于开展夏季消防安全检查的通知')
    expect(kinds(bundle.article)).toEqual([
      'addressee',
      'body',
      'h1',
      'body',
      'h1',
      'h2+',
      'body',
      'h2+',
      'body',
      'signoff',
      'signed-date',
    ])
  })

  it('a 公文 with four heading levels, 附件 and 落款', async () => {
    const { bundle } = await importFile(fixture('gongwen-notice.txt'))
    const a = bundle.article
    expect(a.meta.title).toBe('河川市人民政府办公室关于加强社区应急物资储备工作的通知')
    expect([...new Set(a.blocks.flatMap((b) => (b.type === 'heading' ? [b.level] : [])))]).toEqual([
      1, 2, 3, 4,
    ])
    expect(a.blocks.filter((b) => b.type === 'heading').map((b) => blockText(b))).toEqual([
      '总体要求',
      '工作目标。',
      '基本原则。',
      '重点任务',
      '明确储备品种',
      '生活类物资。',
      '饮用水按辖区常住人口每人每天3升测算。',
      '方便食品保质期应在6个月以上。',
      '救援类物资。',
      '规范日常管理。',
      '保障措施',
    ])
    expect(kinds(a).slice(-5)).toEqual(['attachment', 'attachment', 'signoff', 'signed-date', 'annotation'])
    expect(a.blocks[0]).toEqual({ type: 'paragraph', role: 'addressee', children: [{ text: '各区人民政府，市政府各部门：' }] })
  })

  it('a newspaper story with 引题/主题/副题 and a 本报讯 dateline', async () => {
    const { bundle } = await importFile(fixture('newspaper-feature.txt'))
    expect(bundle.article.meta).toEqual({
      kicker: '聚焦乡村振兴\u3000激活发展动能',
      title: '青山镇百亩茶园迎来春茶开采',
      subtitle: '——“合作社+农户”模式带动两百余户增收',
      byline: '本报讯（记者 林晓 通讯员 周平）',
      author: '林晓 周平',
      editor: '陈默',
    })
    expect(kinds(bundle.article)).toEqual(['lead', 'body', 'body'])
  })

  it('a portal page copied as text, with chrome and footer', async () => {
    const { bundle, report } = await importFile(fixture('portal-copy.txt'))
    const a = bundle.article
    expect(a.meta).toEqual({
      title: '河湾区推进老旧小区改造\u3000惠及居民三千余户',
      author: '周岚',
      source: '河湾区住建局',
      publishedAt: '2024-05-20T09:15:00+08:00',
      editor: '刘畅',
    })
    expect(headingTexts(a)).toEqual([
      '改出宜居环境 / 让老旧小区换新颜',
      '改出便民配套 / 让社区服务更贴心',
      '改出长效机制 / 让管理维护有章法',
    ])
    expect(report.dropped).toHaveLength(12)
    const normalised = allText(normalizeArticle(a).article)
    expect(normalised).toContain('“居民点单、部门接单”')
    expect(normalised).toContain('充电车棚（试点）')
    expect(normalised).toContain('010-12345678')
    expect(normalised).toContain('www.hewan.example.gov.cn')
  })

  it('an HTML page with scripts and onerror handlers', async () => {
    const { bundle, report } = await importFile(fixture('portal-page.html'))
    const a = bundle.article
    expect(a.meta).toMatchObject({
      title: '滨江公园完成提升改造\u3000市民休闲多了好去处',
      source: '河湾区园林局',
      editor: '孙悦',
    })
    expect(kinds(a)).toEqual(['lead', 'section-heading', 'body', 'image', 'section-heading', 'body'])
    expect(a.blocks[3]).toMatchObject({
      type: 'image',
      alt: '改造示意图',
      caption: '图为改造后的滨江公园入口广场。（记者 何川 摄）',
    })
    expect(Object.keys(bundle.assetData)).toEqual(['img1'])
    expect(JSON.stringify(a)).not.toMatch(
      /alert|script|onerror|javascript|https?:|广告位|隐藏的统计代码|请安装插件|font-family/,
    )
    expect(report.warnings).toHaveLength(3)
  })
})

describe('reading files', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'banxin-import-'))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  const codeOf = (p: Promise<unknown>) =>
    p.then(
      () => 'no error',
      (e: unknown) => (e instanceof UserError ? e.code : String(e)),
    )

  it('refuses a 200 MB text by its size, before reading it', async () => {
    const path = join(dir, 'huge.txt')
    const handle = await open(path, 'w')
    await handle.truncate(200 * 1024 * 1024)
    await handle.close()
    const started = performance.now()
    expect(await codeOf(importFile(path))).toBe('import.too-large')
    expect(performance.now() - started).toBeLessThan(500)
  })

  it('says so when the file is missing or is a folder', async () => {
    expect(await codeOf(importFile(join(dir, 'missing.docx')))).toBe('file.not-found')
    expect(await codeOf(importFile(dir))).toBe('file.is-directory')
  })

  it('imports a file whose name says nothing about its format', async () => {
    const path = join(dir, 'draft')
    await writeFile(path, '标题\n正文第一段。\n')
    expect((await importFile(path)).bundle.article.meta.title).toBe('标题')
  })
})
