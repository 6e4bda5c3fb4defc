import { Editor, Transforms } from 'slate'
import { importHtmlFragment, importPlainText } from '../../../core/import/import-draft'
import type { ImportResult } from '../../../core/import/types'
import type { Block } from '../../../core/model/article'
import { nextAssetId } from '../../../core/edit/image-assets'
import { stripIndent } from '../../../core/edit/strip-indent'
import { UserError, userMessage } from '../../../core/errors'
import { formatKeywords } from '../../../core/edit/keywords'
import { isEmptyArticle, withPasted } from '../../../core/edit/pasted-review'
import type { ArticleEdit, EditableField } from '../../../core/edit/review-actions'
import { droppedCounts, type ImportReview } from '../../../core/model/review'
import type { EditorHost } from './editor-host'
import { insertBlocks } from './insert-blocks'
import { insertImages, isImageFile } from './insert-images'
import type { ReviewEditor } from './with-review'
import './slate-types'

/**
 * Paste and drop: image files become image blocks; HTML from Word, WPS or a web page and multi-line plain
 * text go through the importer (sanitised, structure recognised, the same recogniser as a file's import); our
 * own copies keep Slate's fragment.
 */
export function withPaste<E extends Editor & ReviewEditor>(editor: E, host: () => EditorHost): E {
  const { insertData, insertTextData } = editor

  editor.insertData = (data) => {
    const files = [...data.files].filter(isImageFile)
    if (files.length) {
      void insertImages(editor, files, host())
      return
    }
    if (data.types.includes('application/x-slate-fragment')) return insertData(data)
    const html = data.getData('text/html')
    if (html && pasteImported(editor, host(), (document) => importHtmlFragment(html, { document }))) return
    insertData(data)
  }

  editor.insertTextData = (data) => {
    const text = data.getData('text/plain')
    // One line is just text: the recogniser would read a short line as a heading.
    if (!/\n\s*\S/.test(text.trim())) return insertTextData(data)
    return pasteImported(editor, host(), (document) => importPlainText(text, { document }))
  }

  return editor
}

/**
 * Runs the recogniser over what was pasted: into an empty document as a whole draft (title and meta filled),
 * otherwise as body blocks; either way the lines it left out are listed in 导入检查. One undo step.
 */
function pasteImported(editor: Editor & ReviewEditor, host: EditorHost, run: (document: boolean) => ImportResult): boolean {
  const empty = isEmptyArticle({ meta: host.meta, blocks: editor.children as Block[] })
  let result: ImportResult
  try {
    result = run(empty)
  } catch (error) {
    // Markup without text (only styles or scripts) is no draft: the default paste deals with it.
    if (error instanceof UserError && error.code === 'import.no-text') return false
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
  const { dropped, guesses, format } = result.report
  const listed = (at: number) => (now: ImportReview | undefined) =>
    withPasted(now, { dropped, guesses }, at, { name: '粘贴的内容', format })
  if (empty) {
    const fields = Object.entries(article.meta).flatMap(([field, value]): ArticleEdit[] =>
      field === 'column' || value === undefined || value === ''
        ? []
        : [{ kind: 'field', field: field as EditableField, value: Array.isArray(value) ? formatKeywords(value) : value }],
    )
    const clear = editor.children.map((_, i): ArticleEdit => ({ kind: 'remove', at: editor.children.length - 1 - i }))
    editor.reviewStep([...clear, { kind: 'insert', at: 0, blocks }, ...fields], listed(0))
    Transforms.select(editor, Editor.end(editor, []))
  } else {
    let at = 0
    editor.reviewStep(() => void (at = insertBlocks(editor, blocks)), (now) => listed(at)(now))
  }
  const notes = [...result.report.warnings]
  if (dropped.length) notes.push(`粘贴时略去了${droppedCounts(dropped)}，可在侧栏“导入检查”中查看和恢复。`)
  if (notes.length) host.notify(notes.join('\n'))
  return true
}
