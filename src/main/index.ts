import { app, dialog, shell, type BrowserWindow, type FileFilter } from 'electron'
import { join } from 'node:path'
import { createHandlers } from '../node/app/handlers'
import { importFile } from '../node/import/import-file'
import { importDraft } from '../core/import/import-draft'
import { EVENTS } from '../core/ipc/contract'
import { createMainWindow, denyAllPermissions, guardClose } from './window'
import { installMenu } from './menu'
import { registerIpc } from './ipc'
import { filesFromArgv } from './argv'

const OPEN_FILTERS = [
  { name: '所有支持的文件', extensions: ['banxin', 'docx', 'txt', 'html', 'htm', 'md'] },
  { name: '版心文件', extensions: ['banxin'] },
  { name: 'Word 文档', extensions: ['docx'] },
  { name: '文本与网页', extensions: ['txt', 'html', 'htm', 'md'] },
]

const EXPORT_TITLES = { pdf: '导出 PDF', package: '导出网页包', text: '导出纯文本', folder: '导出网页包到文件夹' } as const
const EXPORT_FILTERS: Record<'pdf' | 'package' | 'text', FileFilter> = {
  pdf: { name: 'PDF 文件', extensions: ['pdf'] },
  package: { name: 'ZIP 压缩包', extensions: ['zip'] },
  text: { name: '文本文件', extensions: ['txt'] },
}

function resourcesDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources')
}

// Tests (and portable installs) can keep all user data in one folder.
if (process.env.BANXIN_USER_DATA_DIR) app.setPath('userData', process.env.BANXIN_USER_DATA_DIR)

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  let win: BrowserWindow | undefined
  let dirty = false
  const pending = filesFromArgv(process.argv)

  const openInWindow = (path: string) => win?.webContents.send(EVENTS.openFile, path)

  app.on('second-instance', (_event, argv) => {
    filesFromArgv(argv).forEach(openInWindow)
    if (win?.isMinimized()) win.restore()
    win?.focus()
  })
  // macOS file associations: before the window is ready the path waits in `pending` for startupFiles().
  app.on('open-file', (event, path) => {
    event.preventDefault()
    if (win) openInWindow(path)
    else pending.push(path)
  })

  void app.whenReady().then(() => {
    denyAllPermissions()
    const w = createMainWindow()
    win = w
    const handlers = createHandlers({
      userDataDir: app.getPath('userData'),
      resourcesDir: resourcesDir(),
      chooseOpenPath: async () => {
        const r = await dialog.showOpenDialog(w, { title: '打开稿件', properties: ['openFile'], filters: OPEN_FILTERS })
        return r.canceled ? null : (r.filePaths[0] ?? null)
      },
      chooseSavePath: async (suggestedName) => {
        const r = await dialog.showSaveDialog(w, {
          title: '保存为版心文件',
          defaultPath: suggestedName,
          filters: [{ name: '版心文件', extensions: ['banxin'] }],
        })
        return r.canceled ? null : (r.filePath ?? null)
      },
      setDirty: (value) => {
        dirty = value
        w.setDocumentEdited(value)
      },
      startupFiles: pending,
      chooseExportPath: async (kind, suggestedName) => {
        const r = await dialog.showSaveDialog(w, {
          title: EXPORT_TITLES[kind],
          defaultPath: suggestedName,
          ...(kind === 'folder' ? {} : { filters: [EXPORT_FILTERS[kind]] }),
        })
        return r.canceled ? null : (r.filePath ?? null)
      },
      showInFolder: (path) => shell.showItemInFolder(path),
      sendExportProgress: (event) => w.webContents.send(EVENTS.exportProgress, event),
      exportWorkerPath: join(import.meta.dirname, 'export-worker.js'),
      previewWorkerPath: join(import.meta.dirname, 'preview-worker.js'),
      importFile,
      importBytes: (bytes, name) => importDraft(bytes, name),
    })
    registerIpc(w, handlers)
    installMenu(w)
    guardClose(w, () => dirty)
  })

  app.on('window-all-closed', () => app.quit())
}
