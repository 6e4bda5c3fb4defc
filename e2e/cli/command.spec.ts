import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { unzipSync } from 'fflate'
import { expect, test } from '@playwright/test'
import { sampleDocx } from '../../src/core/import/testing/sample-docx'
import { hasPoppler, output } from '../../test/fixtures/typeset/pdf-tools'

/**
 * The `banxin` command as built by `npm run build`: one bundle run by a code-caching launcher, with the
 * big off-path packages (mammoth, markdown-it, html-validate, pinyin-pro, sharp) loaded from node_modules on
 * demand. Unit tests run the commands from source; these prove the built command has all it needs.
 */

const root = fileURLToPath(new URL('../../', import.meta.url))
const fixture = (name: string) => join(root, 'test/fixtures', name)

function workspace(node = process.execPath) {
  const dir = mkdtempSync(join(tmpdir(), 'banxin-cli-'))
  const cache = join(dir, 'cache')
  const banxin = (...args: string[]) => {
    const r = spawnSync(node, [join(root, 'bin/banxin.js'), ...args], { encoding: 'utf8', env: { ...process.env, BANXIN_CACHE_DIR: cache } })
    return { status: r.status, stdout: r.stdout, stderr: r.stderr }
  }
  return { dir, cache, banxin }
}

test('banxin export --pdf typesets a 公文 draft, and keeps its compiled code for the next export', () => {
  const { dir, cache, banxin } = workspace()
  const pdf = join(dir, '通知.pdf')
  const first = banxin('export', fixture('typeset/gongwen-long.txt'), '--preset', 'gongwen', '--pdf', pdf)
  expect(first.status, first.stderr).toBe(0)
  expect(first.stdout).toMatch(/^已导出 PDF（公文（GB\/T 9704—2012），\d+ 页）/)
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-')
  if (hasPoppler) expect(output('pdftotext', pdf, '-').replace(/\s/g, '')).toContain('各区人民政府，市政府各部门')

  const [cacheName] = readdirSync(cache)
  expect(cacheName).toMatch(/^cli\.export\..+\.v8cache$/)
  const written = statSync(join(cache, cacheName!)).mtimeMs
  expect(banxin('export', fixture('typeset/gongwen-long.txt'), '--preset', 'gongwen', '--pdf', pdf).status).toBe(0)
  expect(statSync(join(cache, cacheName!)).mtimeMs, 'an accepted cache is not written again').toBe(written)

  writeFileSync(join(cache, cacheName!), 'damaged')
  const again = banxin('export', fixture('typeset/gongwen-long.txt'), '--preset', 'gongwen', '--pdf', pdf)
  expect(again.status, again.stderr).toBe(0)
  expect(statSync(join(cache, cacheName!)).size, 'a damaged cache is replaced').toBeGreaterThan(1000)
})

test('banxin export --preset newspaper writes PDF/X-4 with its photo separated to CMYK (sharp loads from node_modules)', async () => {
  const { dir, banxin } = workspace()
  const docx = join(dir, '展销中心.docx')
  writeFileSync(docx, await sampleDocx())
  const pdf = join(dir, '报纸.pdf')
  const r = banxin('export', docx, '--preset', 'newspaper', '--preflight', '--pdf', pdf)
  expect(r.status, r.stderr).toBe(0)
  expect(r.stdout).toMatch(/^印前检查（四开报纸（四栏））：/)
  expect(r.stdout).toMatch(/已导出 PDF（四开报纸（四栏），PDF\/X-4，\d+ 页）/)
  const bytes = readFileSync(pdf).toString('latin1')
  expect(bytes).toContain('/GTS_PDFX')
  expect(bytes).toMatch(/\/ColorSpace \/DeviceCMYK/)
  expect(bytes).not.toMatch(/\/ColorSpace \/DeviceRGB/)
})

test('banxin import, info, lint and the HTML package load their modules on demand', async () => {
  const { dir, banxin } = workspace()
  const docx = join(dir, '展销中心.docx')
  writeFileSync(docx, await sampleDocx())
  const imported = banxin('import', docx, '-o', join(dir, '展销中心.banxin'))
  expect(imported.status, imported.stderr).toBe(0)
  expect(banxin('info', join(dir, '展销中心.banxin')).stdout).toContain('溪口村建成数字化农产品展销中心')

  const md = join(dir, '稿件.md')
  writeFileSync(md, '# 社区食堂开张\n\n作者：本报记者\n\n社区食堂今天开张，老人们在家门口吃上了热乎饭。\n\n## 一、价格实惠\n\n一荤两素十二元，八十岁以上老人再减两元。\n')
  const pkg = banxin('export', md, '--html-package', join(dir, '食堂.zip'))
  expect(pkg.status, pkg.stderr).toBe(0)
  const files = Object.keys(unzipSync(new Uint8Array(readFileSync(join(dir, '食堂.zip')))))
  expect(files).toEqual(expect.arrayContaining(['content.html', 'meta.json', 'report/validation.json']))

  const lint = banxin('lint', fixture('import/portal-copy.txt'))
  expect(lint.stderr, 'lint ran to its summary').toMatch(/共 \d+ 处问题。|没有发现问题。/)

  const broken = banxin('export', join(dir, 'missing.txt'), '--pdf', join(dir, 'x.pdf'))
  expect(broken.status).toBe(2)
  expect(broken.stderr).toMatch(/^banxin: .*找不到|^banxin: .*不存在/)
})

test('the bundle holds only the zod the commands use (its JSON Schema converter and 60 locales would add 0.45 MB to every start)', () => {
  const bundle = readFileSync(join(root, 'out/cli/banxin.cjs'), 'latin1')
  expect(bundle.includes('zod/v4/locales/zh-CN.js'), 'the Chinese locale').toBe(true)
  expect(bundle.includes('fromJSONSchema'), "zod's JSON Schema converter").toBe(false)
  expect(bundle.includes('zod/v4/locales/ja.js'), 'another locale').toBe(false)
})

/** Debian's Node, which is 20 on CI's machine: the README promises the built command runs on it. */
const SYSTEM_NODE = '/usr/bin/node'
const systemNodeVersion = spawnSync(SYSTEM_NODE, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? ''

test('the built command runs on Node 20', () => {
  test.skip(!systemNodeVersion.startsWith('v20.'), `${SYSTEM_NODE} is ${systemNodeVersion || 'missing'}, not Node 20`)
  const { dir, banxin } = workspace(SYSTEM_NODE)
  const file = join(dir, '通知.banxin')
  const imported = banxin('import', fixture('import/gongwen-notice.txt'), '-o', file)
  expect(imported.status, imported.stderr).toBe(0)
  expect(banxin('info', file).stdout).toContain('主题：')
  const exported = banxin('export', file, '--preset', 'gongwen', '--pdf', join(dir, '通知.pdf'))
  expect(exported.status, exported.stderr).toBe(0)
  expect(readFileSync(join(dir, '通知.pdf')).subarray(0, 5).toString()).toBe('%PDF-')
  const pkg = banxin('export', file, '--html-package', join(dir, '通知.zip'))
  expect(pkg.status, pkg.stderr).toBe(0)
})
