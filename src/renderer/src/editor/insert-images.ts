import { Editor, Transforms } from 'slate'
import type { AssetInfo, Block } from '../../../core/model/article'
import { image, paragraph } from '../../../core/model/build'
import { isImageMime, nextAssetId } from '../../../core/edit/image-assets'
import { imageInfo } from '../../../core/model/image-info'
import { LIMITS, formatSize, oversizeImage } from '../../../core/limits'
import type { EditorHost } from './editor-host'
import './slate-types'

export interface NewAsset {
  id: string
  info: AssetInfo
  bytes: Uint8Array
}

export function isImageFile(file: File): boolean {
  return isImageMime(file.type)
}

/**
 * An image file as an asset, or why it is refused. Type and pixel size come from the header, never from
 * decoding: a PNG that claims 100000 × 100000 pixels is refused before the browser tries to draw it.
 */
async function readImage(file: File, id: string): Promise<NewAsset | string> {
  const name = file.name || id
  if (file.size > LIMITS.imageBytes) return `图片「${name}」超过 ${formatSize(LIMITS.imageBytes)}，请先缩小再插入。`
  const bytes = new Uint8Array(await file.arrayBuffer())
  const header = imageInfo(bytes)
  const refusal = header && oversizeImage(name, header, '请先把图片缩小再插入。')
  if (refusal) return refusal
  // A file whose header is unreadable still goes in; the editor shows 图片缺失 and the lint panel flags it.
  const info: AssetInfo = { mime: header?.mime ?? (file.type as AssetInfo['mime']), name }
  if (header?.width && header.height) Object.assign(info, { width: header.width, height: header.height })
  return { id, info, bytes }
}

/**
 * Reads image files and inserts one image block each after the block holding the selection (replacing it
 * when it is an empty paragraph); the host is told of any refused. The alt text starts empty on purpose:
 * only a person can describe the picture, and the editor flags it.
 */
export async function insertImages(editor: Editor, files: File[], host: EditorHost): Promise<void> {
  const assets: NewAsset[] = []
  const refused: string[] = []
  for (const file of files.filter(isImageFile)) {
    const id = nextAssetId(host.takenAssetIds)
    const read = await readImage(file, id)
    if (typeof read === 'string') refused.push(read)
    else {
      host.takenAssetIds.add(id)
      assets.push(read)
    }
  }
  if (refused.length) host.notify(refused.join(' '))
  if (!assets.length) return
  assets.forEach(host.addAsset)
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
