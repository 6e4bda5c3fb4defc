import { useCallback, type MouseEvent } from 'react'
import { Range, Transforms, type Editor } from 'slate'
import { ReactEditor } from 'slate-react'
import { currentBlockStyle, setBlockStyle } from './block-style'
import { contextCommand, editorContextMenu, type MenuTarget } from './context-menu'
import { OPEN_IMAGE_PROPERTIES } from './ImageElement'
import { syncSelectionFromDom } from './dom-selection'
import './slate-types'

export interface ContextMenuActions {
  /** The template a paragraph made into a section heading gets. */
  defaultTemplate: string
  insertImages(): void
  openFind(): void
}

/** Whether a text field has text selected (what 剪切 and 复制 would take). */
function fieldHasSelection(field: HTMLInputElement | HTMLTextAreaElement): boolean {
  return field.selectionStart !== null && field.selectionStart !== field.selectionEnd
}

/**
 * The editor's right-click menu: main shows it (natively in Electron) and answers the item chosen; the
 * clipboard items go back to main, which runs them on the page as the Edit menu's roles do, so copy and
 * paste take the same paths as Ctrl+C and Ctrl+V (粘贴为纯文本: Chromium's paste-and-match-style, which
 * hands the editor only the plain text).
 */
export function useContextMenu(editor: Editor, actions: ContextMenuActions): (event: MouseEvent) => void {
  const { defaultTemplate, insertImages, openFind } = actions
  return useCallback(
    (event: MouseEvent) => {
      event.preventDefault()
      const element = event.target as HTMLElement
      const field = element.closest<HTMLInputElement | HTMLTextAreaElement>('input, textarea')
      const figure = element.closest<HTMLElement>('.bx-image')
      let target: MenuTarget
      let image: number[] | undefined
      if (field) {
        target = { kind: 'field', hasSelection: fieldHasSelection(field) }
      } else if (figure) {
        image = ReactEditor.findPath(editor, ReactEditor.toSlateNode(editor, figure))
        Transforms.select(editor, image)
        target = { kind: 'image' }
      } else {
        syncSelectionFromDom(editor)
        const { selection } = editor
        target = { kind: 'text', hasSelection: !!selection && Range.isExpanded(selection), style: currentBlockStyle(editor) }
      }
      void window.banxin.showContextMenu(editorContextMenu(target)).then((id) => {
        const command = id === null ? undefined : contextCommand(id)
        switch (command?.kind) {
          case 'edit':
            return window.banxin.editCommand(command.command)
          case 'style':
            setBlockStyle(editor, command.style, defaultTemplate)
            return ReactEditor.focus(editor)
          case 'insert-image':
            return insertImages()
          case 'find':
            return openFind()
          case 'image-properties':
            figure?.dispatchEvent(new Event(OPEN_IMAGE_PROPERTIES))
            return
          case 'delete-image':
            if (image) Transforms.removeNodes(editor, { at: image })
            return ReactEditor.focus(editor)
        }
      })
    },
    [editor, defaultTemplate, insertImages, openFind],
  )
}
