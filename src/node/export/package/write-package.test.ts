import { createHash } from 'node:crypto'
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fireNoticeBundle, teaFeatureBundle } from '../../../../test/fixtures/portal/articles'
import type { Change } from '../../../core/model/review'
import { writeHtmlPackage } from './write-package'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'banxin-package-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const LISTED = [
  'README.txt',
  'fields.txt',
  'meta.json',
  'content.html',
  'content.txt',
  'preview.html',
  'images/01.jpg',
  'images/02.jpg',
  'images/03.png',
  'report/validation.json',
  'report/changes.log',
]

async function teaZip() {
  const path = join(dir, '20260408-shanxiangchayuan.zip')
  const changes: Change[] = [{ at: { block: 2, line: 0 }, offset: 11, before: ',', after: '，', rule: 'punct-width' }, { at: { field: 'title' }, offset: 4, before: ' ', after: '\u3000', rule: 'headline-space' }]
  const bundle = { ...teaFeatureBundle(), review: { source: { name: '茶园.docx', format: 'docx' }, dropped: [], guesses: [], changes } }
  const result = await writeHtmlPackage(bundle, { target: { kind: 'zip', path } })
  return { bundle, result, files: unzipSync(new Uint8Array(await readFile(path))), bytes: new Uint8Array(await readFile(path)) }
}

const text = (bytes: Uint8Array | undefined) => strFromU8(bytes!)

describe('the HTML package as a zip', () => {
  it('holds exactly the files README lists, with ASCII names', async () => {
    const { files, result } = await teaZip()
    expect(Object.keys(files)).toEqual(LISTED)
    expect(result.files).toEqual(LISTED)
    for (const name of Object.keys(files)) expect(name).toMatch(/^[\x21-\x7e]+$/)
  })

  it('writes text files as UTF-8 with a BOM and CRLF, for Notepad on older Windows', async () => {
    const { files } = await teaZip()
    for (const name of ['README.txt', 'fields.txt', 'content.txt', 'report/changes.log']) {
      expect([...files[name]!.subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf])
      expect(text(files[name]), name).not.toMatch(/[^\r]\n/)
    }
    expect(text(files['README.txt'])).toContain('一、发布步骤')
  })

  it('tells the webmaster that fields.txt and meta.json are raw text a CMS must not insert as HTML', async () => {
    const { files } = await teaZip()
    expect(text(files['README.txt'])).toMatch(/fields\.txt 和 meta\.json 中的[^\r]*未做 HTML 转义[\s\S]*作为纯文本处理/)
  })

  it('copies the original images byte for byte, numbered in reading order', async () => {
    const { files, bundle } = await teaZip()
    expect(files['images/01.jpg']).toEqual(bundle.assetData['tea-hills'])
    expect(files['images/02.jpg']).toEqual(bundle.assetData['service-hall'])
    expect(files['images/03.png']).toEqual(bundle.assetData['sales-chart'])
  })

  it('records every file’s sha256, the fields, the images and the tool version in meta.json', async () => {
    const { files } = await teaZip()
    const meta = JSON.parse(text(files['meta.json']))
    expect(meta.tool.name).toBe('banxin')
    expect(meta.tool.version).toMatch(/^\d+\.\d+\.\d+/)
    expect(meta.fields).toMatchObject({ title: '山乡茶园　春来满目新', source: '河川日报', publishedAt: '2026-04-08 10:15', editor: '陈立', keywords: ['茶产业', '乡村振兴', '青石镇'] })
    expect(meta.images[0]).toMatchObject({ file: 'images/01.jpg', caption: '青石镇高山茶园进入春茶采摘期', credit: '苏远航 摄', width: 800, height: 500 })
    expect(meta.images[0].alt).toMatch(/^清晨的青石镇高山茶园/)
    expect(Object.keys(meta.sha256)).toEqual(LISTED.filter((f) => f !== 'meta.json'))
    for (const [name, hash] of Object.entries(meta.sha256)) expect(createHash('sha256').update(files[name]!).digest('hex'), name).toBe(hash)
    expect(meta.normalisation.changes).toBe(2)
  })

  it('reports html-validate clean for preview.html and content.html', async () => {
    const { files, result } = await teaZip()
    const report = JSON.parse(text(files['report/validation.json']))
    expect(report.validator).toMatch(/^html-validate 11\./)
    expect(report.htmlValidate.map((r: { file: string; errorCount: number }) => [r.file, r.errorCount])).toEqual([
      ['preview.html', 0],
      ['content.html', 0],
    ])
    expect(result.validation.checks).toEqual([])
  })

  it('logs normalisation changes before → after, with visible spaces', async () => {
    const { files } = await teaZip()
    const log = text(files['report/changes.log'])
    expect(log).toContain('导入时规范化修改共 2 处')
    expect(log).toContain('第 3 个内容块 第 12 字：「,」→「，」（半角标点改为全角）')
    expect(log).toContain('标题 第 5 字：「␣」→「□」（标题词间空格改为全角空格）')
  })

  it('links preview.html to its images by relative path and never to the outside', async () => {
    const { files } = await teaZip()
    const preview = text(files['preview.html'])
    expect(preview).toContain('src="images/01.jpg"')
    expect(preview).not.toMatch(/https?:|\/\/|<script/i)
    expect(text(files['content.html'])).not.toMatch(/https?:|data:|<script|<style|class=|lang=/i)
  })

  it('warns in the report about what the portal rules need and the article lacks', async () => {
    const bundle = fireNoticeBundle()
    delete bundle.article.meta.source
    const result = await writeHtmlPackage(bundle, { target: { kind: 'zip', path: join(dir, 'n.zip') } })
    expect(result.validation.checks.map((c) => c.id)).toEqual(['missing-source'])
  })
})

describe('the HTML package as a folder', () => {
  it('writes the same files into a new folder', async () => {
    const target = join(dir, 'pkg')
    await writeHtmlPackage(teaFeatureBundle(), { target: { kind: 'folder', path: target } })
    expect((await readdir(target, { recursive: true })).sort()).toEqual([...LISTED, 'images', 'report'].sort())
  })

  it('replaces an earlier Banxin package in place', async () => {
    const target = join(dir, 'pkg')
    await writeHtmlPackage(teaFeatureBundle(), { target: { kind: 'folder', path: target } })
    await writeHtmlPackage(fireNoticeBundle(), { target: { kind: 'folder', path: target } })
    expect(await readdir(target)).not.toContain('images')
    expect(await readFile(join(target, 'fields.txt'), 'utf8')).toContain('森林防火')
    expect((await readdir(dir)).filter((n) => n.startsWith('.'))).toEqual([])
  })

  it('refuses to overwrite a folder of other files', async () => {
    const target = join(dir, 'documents')
    await mkdir(target)
    await writeFile(join(target, 'report.docx'), 'mine')
    await expect(writeHtmlPackage(teaFeatureBundle(), { target: { kind: 'folder', path: target } })).rejects.toThrow(/已有其他文件/)
    expect(await readdir(target)).toEqual(['report.docx'])
  })
})

describe('cancelling or failing leaves nothing behind', () => {
  it('removes everything when cancelled while the folder is being written', async () => {
    const controller = new AbortController()
    const target = join(dir, 'pkg')
    const writing = writeHtmlPackage(
      teaFeatureBundle(),
      { target: { kind: 'folder', path: target } },
      { signal: controller.signal, onProgress: (p) => p.step === 'write' && p.fraction > 0.7 && controller.abort() },
    )
    await expect(writing).rejects.toThrow(/abort/i)
    expect(await readdir(dir)).toEqual([])
  })

  it('writes no zip when cancelled before writing', async () => {
    const controller = new AbortController()
    const writing = writeHtmlPackage(teaFeatureBundle(), { target: { kind: 'zip', path: join(dir, 'a.zip') } }, { signal: controller.signal, onProgress: (p) => p.step === 'write' && controller.abort() })
    await expect(writing).rejects.toThrow(/abort/i)
    expect(await readdir(dir)).toEqual([])
  })

  it('keeps the old zip and leaves no temp file when an image is missing', async () => {
    const path = join(dir, 'a.zip')
    await writeFile(path, 'old')
    const bundle = teaFeatureBundle()
    delete bundle.assetData['service-hall']
    await expect(writeHtmlPackage(bundle, { target: { kind: 'zip', path } })).rejects.toThrow(/服务中心\.jpg.*数据丢失/)
    expect(await readdir(dir)).toEqual(['a.zip'])
    expect(await readFile(path, 'utf8')).toBe('old')
  })

  it('says so in Chinese when the target folder does not exist, before rendering anything', async () => {
    const steps: string[] = []
    const run = writeHtmlPackage(teaFeatureBundle(), { target: { kind: 'zip', path: join(dir, 'nope', 'a.zip') } }, { onProgress: (p) => steps.push(p.step) })
    await expect(run).rejects.toThrow(/不存在/)
    expect(steps, 'no rendering or validation for a package that cannot be written').toEqual([])
  })
})
