import type { ContextMenu, EditCommand } from '../../../core/ipc/contract'
import { BLOCK_STYLE_NAMES, STYLE_ORDER, type BlockStyle } from './block-style'

/** Where the user right-clicked: in the text, on an image, or in one of an image's text fields. */
export type MenuTarget =
  | { kind: 'text'; hasSelection: boolean; style: BlockStyle | undefined }
  | { kind: 'image' }
  | { kind: 'field'; hasSelection: boolean }

/** What a chosen menu item asks for. */
export type ContextCommand =
  | { kind: 'edit'; command: EditCommand }
  | { kind: 'style'; style: BlockStyle }
  | { kind: 'insert-image' }
  | { kind: 'find' }
  | { kind: 'image-properties' }
  | { kind: 'delete-image' }

const SEPARATOR = { type: 'separator' } as const
const STYLE_PREFIX = 'style:'
const SIMPLE: Record<string, ContextCommand> = {
  cut: { kind: 'edit', command: 'cut' },
  copy: { kind: 'edit', command: 'copy' },
  paste: { kind: 'edit', command: 'paste' },
  pasteAsText: { kind: 'edit', command: 'pasteAsText' },
  insertImage: { kind: 'insert-image' },
  find: { kind: 'find' },
  imageProperties: { kind: 'image-properties' },
  deleteImage: { kind: 'delete-image' },
}

/**
 * The editor's right-click menu as Word and WPS order it: clipboard first (剪切 and 复制 only with
 * something to take), then 段落样式 with the current one ticked, then inserting and finding; on an
 * image, 图片属性 and 删除 as well. In an image's text field only the clipboard applies.
 */
export function editorContextMenu(target: MenuTarget): ContextMenu {
  const taking = target.kind === 'image' || target.hasSelection
  const clipboard: ContextMenu = [
    { id: 'cut', label: '剪切', enabled: taking },
    { id: 'copy', label: '复制', enabled: taking },
    { id: 'paste', label: '粘贴' },
    { id: 'pasteAsText', label: '粘贴为纯文本' },
  ]
  if (target.kind === 'field') return clipboard
  const style = target.kind === 'text' ? target.style : undefined
  const styles = STYLE_ORDER.map((s) => ({ id: STYLE_PREFIX + s, label: BLOCK_STYLE_NAMES[s], checked: s === style }))
  return [
    ...clipboard,
    SEPARATOR,
    ...(target.kind === 'text' ? [{ label: '段落样式', submenu: styles }, SEPARATOR] : []),
    { id: 'insertImage', label: '插入图片…' },
    { id: 'find', label: '查找替换…' },
    ...(target.kind === 'image'
      ? [SEPARATOR, { id: 'imageProperties', label: '图片属性…' }, { id: 'deleteImage', label: '删除图片' }]
      : []),
  ]
}

/** The command behind a chosen item id; undefined for an id this menu never offers. */
export function contextCommand(id: string): ContextCommand | undefined {
  if (id.startsWith(STYLE_PREFIX)) {
    const style = id.slice(STYLE_PREFIX.length)
    return (STYLE_ORDER as readonly string[]).includes(style) ? { kind: 'style', style: style as BlockStyle } : undefined
  }
  return SIMPLE[id]
}
