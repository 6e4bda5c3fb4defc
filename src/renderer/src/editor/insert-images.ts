import { Editor, Transforms } from 'slate'
import type { AssetInfo, Block } from '../../../core/model/article'
import { image, paragraph } from '../../../core/model/build'
import { isImageMime, nextAssetId } from '../../../core/edit/image-assets'
import './slate-types'

export interface NewAsset {
  id: string
  info: AssetInfo
  bytes: Uint8Array
}

export function isImageFile(file: File): boolean {
  return isImageMime(file.type)
}

async function readImage(file: File, id: string): Promise<NewAsset> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  const info: AssetInfo = { mime: file.type as AssetInfo['mime'], name: file.name || `${id}` }
  try {
    const bitmap = await createImageBitmap(file)
    info.width = bitmap.width
    info.height = bitmap.height
    bitmap.close()
  } catch {
    // A file the browser cannot decode still goes in; the editor shows 图片缺失 and the lint panel flags it.
  }
  return { id, info, bytes }
}

/**
 * Reads image files and inserts one image block each after the block holding the selection (replacing it
 * when it is an empty paragraph). `taken` are asset ids already in the article; `add` stores the bytes.
 * The alt text starts empty on purpose: only a person can describe the picture, and the editor flags it.
 */
export async function insertImages(
  editor: Editor,
  files: File[],
  taken: Set<string>,
  add: (asset: NewAsset) => void,
): Promise<void> {
  const assets: NewAsset[] = []
  for (const file of files.filter(isImageFile)) {
    const id = nextAssetId(taken)
    taken.add(id)
    assets.push(await readImage(file, id))
  }
  if (!assets.length) return
  assets.forEach(add)
  const blocks = assets.map((a) => image(a.id, ''))
  const index = editor.selection ? editor.selection.anchor.path[0]! : editor.children.length - 1
  const here = editor.children[index] as Block | undefined
  const replaceEmpty = here?.type === 'paragraph' && Editor.string(editor, [index]) === ''
  Editor.withoutNormalizing(editor, () => {
    if (replaceEmpty) Transforms.removeNodes(editor, { at: [index] })
    const at = replaceEmpty ? index : index + 1
    Transforms.insertNodes(editor, blocks, { at: [at] })
    const after = at + blocks.length
    if (after >= editor.children.length) Transforms.insertNodes(editor, paragraph(''), { at: [after] })
    Transforms.select(editor, Editor.start(editor, [after]))
  })
}
