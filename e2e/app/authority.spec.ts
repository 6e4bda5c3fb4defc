import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BanxinApi } from '../../src/core/ipc/contract'
import { test, expect } from '../harness/fixtures'
import { readBanxin, writeBanxin } from '../../src/core/file/banxin-file'
import { article, paragraph } from '../../src/core/model/build'
import { blockText } from '../../src/core/model/text'

/** A folder with a file the page was never given. */
function secretFile(): { dir: string; secret: string } {
  const dir = mkdtempSync(join(tmpdir(), 'banxin-authority-'))
  const secret = join(dir, 'secret.txt')
  writeFileSync(secret, '机密内容不应被读出\n')
  return { dir, secret }
}

test('a page that names paths itself can neither read nor write them', async ({ app }) => {
  const { dir, secret } = secretFile()
  const target = join(dir, 'planted.banxin')
  // A valid bundle, so what refuses it is the path authority and not the IPC schema.
  const bundle = { article: article({ title: 'x' }, [paragraph('x')]), assetData: {} }
  const outcome = await app.page.evaluate(
    async ([path, planted, bundle]) => {
      const api = (window as unknown as { banxin: BanxinApi }).banxin
      const attempt = (work: () => Promise<unknown>) => work().then(() => 'done', (e: Error) => e.message)
      return {
        open: await attempt(() => api.openPath(path)),
        save: await attempt(() => api.save(bundle as never, planted, 'x.banxin')),
        exported: await attempt(() => api.exportDocument('job-x', bundle as never, { kind: 'text', target: planted })),
        shown: await attempt(() => api.showInFolder(path)),
      }
    },
    [secret, target, bundle] as const,
  )
  expect(outcome.open).toContain('版心只打开您选择、拖入或从命令行打开的文件')
  expect(outcome.save).toContain('版心不会写入未经您选择的位置')
  expect(outcome.exported).toContain('版心不会写入未经您选择的位置')
  expect(outcome.shown).toContain('版心只打开')
  expect(app.dialogs.shownInFolder).toEqual([])
})

test('a file the user drops opens from its path, and a dropped .banxin saves back in place', async ({ app }) => {
  const { dir } = secretFile()
  const path = join(dir, '拖入稿.banxin')
  writeFileSync(path, writeBanxin({ article: article({ title: '拖入的稿件' }, [paragraph('拖入后继续编辑。')]), assetData: {} }))
  // Dropped on the app as a user finds it: the example open, its text under the pointer.
  await expect(app.page.getByTestId('status-file')).toHaveText('示例文章.banxin')
  await app.dropFiles([path])
  await expect(app.page.getByTestId('status-file')).toHaveText('拖入稿.banxin')
  const lead = app.page.locator('.bx-paragraph').first()
  await lead.click()
  await app.page.keyboard.press('End')
  await app.page.keyboard.insertText('又改了一句。')
  await app.page.keyboard.press('Control+s')
  await expect(app.page.getByTestId('status-saved')).toHaveText('已保存')
  const saved = readBanxin(new Uint8Array(readFileSync(path)))
  expect(saved.article.blocks.map(blockText).join('')).toContain('又改了一句。')
})

test('a drop the page makes up reads only the bytes it carries, never the file its name points to', async ({ app }) => {
  const { secret } = secretFile()
  // The stand-in for the OS would answer this name with the secret's path; a real drop is needed to use it.
  await app.page.evaluate((path) => {
    ;(window as unknown as { __banxinFilePaths: Record<string, string> }).__banxinFilePaths = { 'secret.txt': path }
    const data = new DataTransfer()
    data.items.add(new File(['页面伪造的内容\n'], 'secret.txt', { type: 'text/plain' }))
    document.querySelector('.bx-app')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }))
  }, secret)
  await expect(app.page.getByTestId('status-file')).toHaveText('secret.banxin')
  const text = await app.page.getByTestId('article-body').innerText()
  expect(text).toContain('页面伪造的内容')
  expect(text).not.toContain('机密内容')
})
