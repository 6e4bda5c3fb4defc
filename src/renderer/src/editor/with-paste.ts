import type { Editor } from 'slate'
import { importHtmlFragment, importPlainText } from '../../../core/import/import-draft'
import type { ImportResult } from '../../../core/import/types'
import type { Block } from '../../../core/model/article'
import { nextAssetId } from '../../../core/edit/image-assets'
import { stripIndent } from '../../../core/edit/strip-indent'
import { userMessage } from '../../../core/errors'
import type { EditorHost } from './editor-host'
import { insertBlocks } from './insert-blocks'
import { insertImages, isImageFile } from './insert-images'
import './slate-types'

/**
 * Paste and drop: image files become image blocks; HTML from Word, WPS or a web page and multi-line plain
 * text go through the importer (sanitised, structure recognised); our own copies keep Slate's fragment.
 */
export function withPaste<E extends Editor>(editor: E, host: () => EditorHost): E {
  const { insertData, insertTextData } = editor

  editor.insertData = (data) => {
    const files = [...data.files].filter(isImageFile)
    if (files.length) {
      void insertImages(editor, files, host())
      return
    }
    if (data.types.includes('application/x-slate-fragment')) return insertData(data)
    const html = data.getData('text/html')
    if (html && pasteImported(editor, host(), () => importHtmlFragment(html))) return
    insertData(data)
  }

  editor.insertTextData = (data) => {
    const text = data.getData('text/plain')
    // One line is just text: the recogniser would read a short line as a heading.
    if (!/\n\s*\S/.test(text.trim())) return insertTextData(data)
    return pasteImported(editor, host(), () => importPlainText(text))
  }

  return editor
}

function pasteImported(editor: Editor, host: EditorHost, run: () => ImportResult): boolean {
  let result: ImportResult
  try {
    result = run()
  } catch (error) {
    host.notify(`粘贴失败：${userMessage(error)}`)
    return true
  }
  const { article } = result.bundle
  const renamed = new Map<string, string>()
  for (const [id, info] of Object.entries(article.assets)) {
    const bytes = result.bundle.assetData[id]
    if (!bytes) continue
    const fresh = nextAssetId(host.takenAssetIds)
    host.takenAssetIds.add(fresh)
    renamed.set(id, fresh)
    host.addAsset({ id: fresh, info, bytes })
  }
  const blocks: Block[] = article.blocks
    .filter((b) => b.type !== 'image' || renamed.has(b.asset))
    .map((b) => (b.type === 'image' ? { ...b, asset: renamed.get(b.asset)! } : stripIndent(b)))
  if (
    !blocks.some(
      (b) =>
        b.type === 'image' || b.children.some((c) => ('text' in c ? c.text : c.children.some((t) => t.text))),
    )
  )
    return false
  insertBlocks(editor, blocks)
  if (result.report.warnings.length) host.notify(result.report.warnings.join('\n'))
  return true
}
