import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { runInfo } from './info'

it('banxin info words a missing file or a folder as the app does, not as an errno', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'banxin-info-'))
  await expect(runInfo(join(dir, '没有.banxin'))).rejects.toThrow(/^无法读取「.*没有\.banxin」：找不到这个文件/)
  await expect(runInfo(dir)).rejects.toThrow(/^无法读取「.*」：/)
})
