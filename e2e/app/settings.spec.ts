import { readFileSync, writeFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from '../harness/fixtures'
import { HarnessApp } from '../harness/app'

const FOOTER = [
  '网站地图|联系我们',
  '河川市人民政府办公室 主办 河川市政务数据中心 维护',
  '地址:河川市滨江大道88号 邮编:999001',
  '网站维护电话:0999-1234567 示公网安备:99990002000001',
  '示ICP备99990001号 政府网站标识码:9999000001',
].join('\n')

test('settings: field-level errors, portal profile from a page footer, fonts with specimens, presets', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: '设置' }).click()
  const dialog = page.getByRole('dialog', { name: '设置' })

  // A bad value is named beside its field and cannot be saved.
  await dialog.getByLabel('自动保存间隔（秒）').fill('0')
  await expect(dialog.getByRole('alert').first()).toContainText('自动保存间隔至少 1 秒')
  await expect(dialog.getByRole('button', { name: '保存设置' })).toBeDisabled()
  await dialog.getByLabel('自动保存间隔（秒）').fill('5')

  // A portal profile read from a scraped footer.
  await dialog.getByRole('button', { name: '门户样式' }).click()
  await dialog.getByText('从网页页脚导入…').click()
  await dialog.getByLabel('页脚文字').fill(FOOTER)
  await dialog.getByRole('button', { name: '导入为新的门户样式' }).click()
  await expect(dialog.getByText(/已读取：.*主办单位/)).toBeVisible()
  await expect(dialog.getByLabel('ICP备案号')).toHaveValue('示ICP备99990001号')
  await expect(dialog.getByLabel('网站标识码')).toHaveValue('9999000001')

  // Fonts: every role shows a specimen drawn from the font that would print it.
  await dialog.getByRole('button', { name: '字体' }).click()
  await expect(dialog.getByTestId('specimen-song').locator('img')).toBeVisible({ timeout: 30_000 })
  await expect(dialog.getByTestId('specimen-fangsong')).toContainText(/内置|系统字体/)
  await page.screenshot({ path: 'test-results/screens/app-settings-fonts.png' })

  // Presets: change the 公文 body size; the edited built-in can be reset.
  await dialog.getByRole('button', { name: '版式' }).click()
  await dialog.getByRole('button', { name: /公文/ }).click()
  await dialog.getByLabel('行距').fill('0.5')
  await expect(dialog.getByRole('alert').first()).toBeVisible()
  await dialog.getByLabel('行距').fill('1.6')
  await dialog.getByLabel('颜色', { exact: true }).selectOption('cmyk')

  await dialog.getByRole('button', { name: '保存设置' }).click()
  await expect(dialog).toBeHidden()
  const saved = JSON.parse(readFileSync(join(app.userDataDir, 'settings.json'), 'utf8'))
  expect(saved.autosaveSeconds).toBe(5)
  expect(saved.portalProfiles).toHaveLength(1)
  expect(saved.portalProfiles[0].footer.publicSecurity).toBe('示公网安备99990002000001号')
  expect(saved.presets.find((p: { id: string }) => p.id === 'gongwen')).toMatchObject({ body: { leading: 1.6 }, colorSpace: 'cmyk' })
})

test('a corrupt settings file is set aside with a notice, never a crash', async ({ chromium }) => {
  const first = await HarnessApp.launch(chromium)
  await first.close()
  writeFileSync(join(first.userDataDir, 'settings.json'), '{"autosaveSeconds": ')
  const app = await HarnessApp.launch(chromium, { userDataDir: first.userDataDir })
  await expect(app.page.getByRole('alert').filter({ hasText: '设置文件已损坏' })).toBeVisible()
  expect(readdirSync(app.userDataDir).some((n) => n.startsWith('settings.json.corrupt-'))).toBe(true)
  await app.close()
})
