import { memo, useMemo, useState, type DragEvent } from 'react'
import { Editor, Transforms } from 'slate'
import { ReactEditor, useSlateStatic } from 'slate-react'
import type { Article, Block } from '../../../core/model/article'
import { outlineEntries } from '../../../core/edit/outline'
import { sectionEnd, sectionMoveSteps } from '../../../core/edit/sections'
import '../editor/slate-types'

interface Props {
  article: Article
  onJumpToTitle(): void
}

/**
 * The panel may show the document as it was a moment ago (it catches up when typing pauses), so every
 * action looks its heading up again by its place in the outline, in the document as it is now.
 */
function liveIndex(editor: Editor, position: number): number | undefined {
  return outlineEntries(editor.children as Block[])[position]?.index
}

/** Moves a section (a heading and what belongs to it) so it starts before block `before`, as one undo step. */
function moveSection(editor: Editor, start: number, before: number): void {
  const steps = sectionMoveSteps(editor.children as Block[], start, before)
  if (!steps.length) return
  Editor.withoutNormalizing(editor, () =>
    steps.forEach(({ at, to }) => Transforms.moveNodes(editor, { at: [at], to: [to] })),
  )
}

function jumpTo(editor: Editor, index: number): void {
  const node = editor.children[index]
  if (!node) return
  Transforms.select(editor, Editor.start(editor, [index]))
  ReactEditor.focus(editor)
  ReactEditor.toDOMNode(editor, node).scrollIntoView({ block: 'start' })
}

/**
 * The title and every heading; click to jump, drag a heading onto another to move its whole section
 * before it (onto the lower half: after that heading's section). Numbers follow the new order.
 */
export const OutlinePanel = memo(function OutlinePanel({ article, onJumpToTitle }: Props) {
  const editor = useSlateStatic()
  const entries = useMemo(() => outlineEntries(article.blocks), [article.blocks])
  const [dragging, setDragging] = useState<number | null>(null)
  const [dropHint, setDropHint] = useState<{ position: number; after: boolean } | null>(null)

  const blocks = () => editor.children as Block[]
  const jump = (position: number) => {
    const index = liveIndex(editor, position)
    if (index !== undefined) jumpTo(editor, index)
  }
  /** Moves a section past its previous or next sibling of the same rank. */
  const moveBy = (position: number, direction: -1 | 1) => {
    const live = outlineEntries(blocks())
    const entry = live[position]
    if (!entry) return
    const peers = live.filter((e) => e.rank === entry.rank)
    const peer = peers[peers.indexOf(entry) + direction]
    if (peer)
      moveSection(editor, entry.index, direction === -1 ? peer.index : sectionEnd(blocks(), peer.index))
  }
  const dropAfter = (e: DragEvent) => {
    const box = e.currentTarget.getBoundingClientRect()
    return e.clientY > box.top + box.height / 2
  }
  const drop = (from: number, onto: number, after: boolean) => {
    const start = liveIndex(editor, from)
    const target = liveIndex(editor, onto)
    if (start === undefined || target === undefined) return
    moveSection(editor, start, after ? sectionEnd(blocks(), target) : target)
  }
  const endDrag = () => {
    setDragging(null)
    setDropHint(null)
  }

  return (
    <nav className="bx-outline" aria-label="文章大纲" data-testid="outline">
      <button type="button" className="bx-outline-title" onClick={onJumpToTitle}>
        {article.meta.title || '（无标题）'}
      </button>
      {entries.length ? null : (
        <p className="bx-panel-note">
          文中还没有插题或标题。在“段落样式”里把一段设为插题或一级标题，它就会出现在这里。
        </p>
      )}
      <ol>
        {entries.map((entry, position) => (
          <li
            key={`${entry.index}:${entry.text}`}
            className={`bx-outline-item bx-rank-${entry.rank}${dropHint?.position === position ? (dropHint.after ? ' bx-drop-after' : ' bx-drop-before') : ''}`}
            draggable
            onDragStart={(e) => {
              e.dataTransfer.effectAllowed = 'move'
              e.dataTransfer.setData('text/plain', entry.text)
              setDragging(position)
            }}
            onDragOver={(e) => {
              if (dragging === null) return
              e.preventDefault()
              e.stopPropagation()
              setDropHint({ position, after: dropAfter(e) })
            }}
            onDragLeave={() => setDropHint(null)}
            onDrop={(e) => {
              e.preventDefault()
              e.stopPropagation()
              if (dragging !== null) drop(dragging, position, dropAfter(e))
              endDrag()
            }}
            onDragEnd={endDrag}
          >
            <button
              type="button"
              className="bx-outline-jump"
              onClick={() => jump(position)}
              title="跳到此处；拖动可调整这一节的位置"
            >
              {entry.label ? <span className="bx-outline-label">{entry.label}</span> : null}
              <span className="bx-outline-text">{entry.text || '（空标题）'}</span>
              {entry.sub ? <span className="bx-outline-sub">{entry.sub}</span> : null}
            </button>
            <span className="bx-outline-move">
              <button
                type="button"
                aria-label={`上移「${entry.text}」这一节`}
                title="这一节上移"
                onClick={() => moveBy(position, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={`下移「${entry.text}」这一节`}
                title="这一节下移"
                onClick={() => moveBy(position, 1)}
              >
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
    </nav>
  )
})
