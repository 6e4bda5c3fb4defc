import { app, dialog, shell, type BrowserWindow, type FileFilter } from 'electron'
import { join } from 'node:path'
import { createHandlers } from '../node/app/handlers'
import { openerInWorker } from '../node/documents/open-in-worker'
import { eventName } from '../core/ipc/contract'
import { createMainWindow, denyAllPermissions } from './window'
import { askToSave, guardClose, popupContextMenu, runEditCommand } from './native-prompts'
import { installMenu } from './menu'
import { registerIpc } from './ipc'
import { filesFromArgv } from './argv'
import { pageToLoad, registerAppScheme, serveRenderer } from './app-protocol'

const OPEN_FILTERS = [
  { name: '所有支持的文件', extensions: ['banxin', 'docx', 'txt', 'html', 'htm', 'md'] },
  { name: '版心文件', extensions: ['banxin'] },
  { name: 'Word 文档', extensions: ['docx'] },
  { name: '文本与网页', extensions: ['txt', 'html', 'htm', 'md'] },
]

const IMAGE_FILTERS = [{ name: '图片', extensions: ['jpg', 'jpeg', 'png', 'gif', 'webp'] }]

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

registerAppScheme()

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  let win: BrowserWindow | undefined
  let openInWindow: ((path: string) => void) | undefined
  let dirty = false
  const pending = filesFromArgv(process.argv)

  app.on('second-instance', (_event, argv) => {
    for (const path of filesFromArgv(argv)) openInWindow?.(path)
    if (win?.isMinimized()) win.restore()
    win?.focus()
  })
  // macOS file associations: before the window is ready the path waits in `pending` for startupFiles().
  app.on('open-file', (event, path) => {
    event.preventDefault()
    if (openInWindow) openInWindow(path)
    else pending.push(path)
  })

  void app.whenReady().then(() => {
    denyAllPermissions()
    serveRenderer(join(import.meta.dirname, '../renderer'))
    const page = pageToLoad(app.isPackaged, process.env.ELECTRON_RENDERER_URL)
    const w = createMainWindow(page)
    win = w
    const closeForGood = guardClose(w, () => dirty, () => w.webContents.send(eventName('closeRequested'), null))
    const handlers = createHandlers({
      userDataDir: app.getPath('userData'),
      resourcesDir: resourcesDir(),
      chooseOpenPath: async () => {
        const r = await dialog.showOpenDialog(w, { title: '打开稿件', properties: ['openFile'], filters: OPEN_FILTERS })
        return r.canceled ? null : (r.filePaths[0] ?? null)
      },
      chooseArticlePaths: async () => {
        const r = await dialog.showOpenDialog(w, { title: '添加稿件到版面', properties: ['openFile', 'multiSelections'], filters: OPEN_FILTERS })
        return r.canceled ? [] : r.filePaths
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
      send: (name, payload) => w.webContents.send(eventName(name), payload),
      exportWorkerPath: join(import.meta.dirname, 'export-worker.js'),
      previewWorkerPath: join(import.meta.dirname, 'preview-worker.js'),
      open: openerInWorker(join(import.meta.dirname, 'open-worker.js')),
      askToSave: (name) => askToSave(w, name),
      closeWindow: closeForGood,
      chooseImagePaths: async () => {
        const r = await dialog.showOpenDialog(w, { title: '插入图片', properties: ['openFile', 'multiSelections'], filters: IMAGE_FILTERS })
        return r.canceled ? null : r.filePaths
      },
      showContextMenu: (menu) => popupContextMenu(w, menu),
      editCommand: (command) => runEditCommand(w, command),
    })
    openInWindow = handlers.openFromSystem
    registerIpc(w, handlers.invoke, [page])
    installMenu(w)
  })

  app.on('window-all-closed', () => app.quit())
}
