// Electron 42+ fetches its binary on first use. Fetch it before `npm start`/`npm run dev`, and say in one
// sentence what to do where the download is impossible.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { spawnSync } from 'node:child_process'

const require = createRequire(import.meta.url)
const electronDir = dirname(require.resolve('electron/package.json'))
const installed = () => existsSync(join(electronDir, 'path.txt')) || Boolean(process.env.ELECTRON_OVERRIDE_DIST_PATH)

if (!installed()) {
  console.log('版心：正在下载 Electron 运行时（仅首次）…')
  // The downloader's own stack trace says nothing a user can act on; keep it for BANXIN_DEBUG.
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: ['inherit', 'inherit', 'pipe'], encoding: 'utf8' })
  if (result.status !== 0 || !installed()) {
    if (process.env.BANXIN_DEBUG) console.error(result.stderr)
    console.error(
      '版心：无法下载 Electron 运行时（此机器可能无法访问网络）。请联网后重试 `npm start`，或设置 ELECTRON_OVERRIDE_DIST_PATH 指向已有的 Electron。',
    )
    process.exit(1)
  }
}
