import { Editor, Element, Node, Path, Transforms, type Operation } from 'slate'
import { HistoryEditor, type History } from 'slate-history'
import type { ArticleMeta } from '../../../core/model/article'
import type { ImportReview } from '../../../core/model/review'
import { editSteps, withField, type ArticleEdit, type EditableField } from '../../../core/edit/review-actions'
import { shiftReview, type ReviewShift } from '../../../core/edit/review-shift'
import { formatKeywords } from '../../../core/edit/keywords'
import { replaceInBody } from './apply-changes'
import './slate-types'

/**
 * The import review and the meta fields live beside Slate's value, but the review panel's actions change them
 * together with the blocks. This plugin makes each action one step of Slate's own history, so Ctrl+Z and the
 * toolbar's 撤销 take back the blocks, the fields and the review at once, and keeps the review's addresses true
 * to the blocks as they are edited.
 */

export interface ReviewHost {
  /** The meta as it is now (set at once by `setMeta`, not only at the next render). */
  meta: ArticleMeta
  setMeta(meta: ArticleMeta): void
  review: ImportReview | undefined
  setReview(review: ImportReview | undefined): void
}

type Fields = Partial<Record<EditableField, string | undefined>>

/** The document beside the blocks: the review, and the values of the fields a step set. */
interface Beside {
  review: ImportReview | undefined
  fields?: Fields
}

/** A field's value as a step records it (keywords as typed, so `withField` reads them back). */
function fieldValue(meta: ArticleMeta, field: EditableField): string | undefined {
  return field === 'keywords' ? (meta.keywords && formatKeywords(meta.keywords)) : meta[field]
}

type Batch = History['undos'][number]

export interface ReviewEditor {
  /**
   * Applies an action's edits (or runs `change`, which edits through Slate) and sets the review, as one undo
   * step. `review` may be computed from the review as the step's edits left it.
   */
  reviewStep(
    change: readonly ArticleEdit[] | (() => void),
    review: ImportReview | undefined | ((now: ImportReview | undefined) => ImportReview | undefined),
  ): void
}

/** How an operation moves what the review points at; undefined for one that moves nothing. */
function shiftOf(editor: Editor, op: Operation): ReviewShift | undefined {
  switch (op.type) {
    case 'insert_node':
      return op.path.length === 1 ? { insert: op.path[0]! } : undefined
    case 'remove_node':
      return op.path.length === 1 ? { remove: op.path[0]! } : undefined
    case 'split_node': {
      if (op.path.length !== 1) return undefined
      const block = Node.get(editor, op.path)
      if (!Element.isElement(block)) return undefined
      // A two-line heading splits between its lines; any other block in its text, after `position` leaves.
      if (block.children.some((child) => Element.isElement(child))) return { split: op.path[0]!, line: op.position, offset: 0 }
      let offset = 0
      for (let i = 0; i < op.position; i++) offset += Node.string(block.children[i]!).length
      return { split: op.path[0]!, line: 0, offset }
    }
    case 'merge_node':
      return op.path.length === 1
        ? { merge: op.path[0]!, length: Editor.string(editor, [op.path[0]! - 1]).length }
        : undefined
    case 'move_node': {
      const to = Path.transform(op.path, op)
      if (op.path.length === 1 && to?.length === 1) return { move: op.path[0]!, to: to[0]! }
      if (op.path.length === 1) return { remove: op.path[0]! }
      return to?.length === 1 ? { insert: to[0]! } : undefined
    }
    case 'insert_text':
    case 'remove_text': {
      const [block, ...rest] = op.path
      const line = rest.length === 2 ? rest[0]! : 0
      const parent = Node.parent(editor, op.path)
      const index = op.path[op.path.length - 1]!
      let offset = op.offset
      for (let i = 0; i < index; i++) offset += Node.string(parent.children[i]!).length
      const delta = op.type === 'insert_text' ? op.text.length : -op.text.length
      return { text: { block: block!, line }, offset, delta }
    }
    default:
      return undefined
  }
}

export function withReview<E extends Editor>(editor: E, host: () => ReviewHost): E & ReviewEditor {
  const e = editor as E & ReviewEditor
  const { apply, undo, redo, writeHistory } = e
  const beside = new WeakMap<Batch, { before: Beside; after?: Beside }>()

  const restore = (state: Beside) => {
    const h = host()
    h.setReview(state.review)
    if (!state.fields) return
    let meta = h.meta
    for (const [field, value] of Object.entries(state.fields)) meta = withField(meta, field as EditableField, value)
    h.setMeta(meta)
  }

  e.apply = (op) => {
    const h = host()
    const shift = h.review && shiftOf(e, op)
    apply(op)
    if (!shift || !h.review) return
    const next = shiftReview(h.review, shift)
    if (next !== h.review) h.setReview(next)
  }

  // Every new step remembers the review before it, so undoing it brings back what it removed from the list.
  e.writeHistory = (stack, batch) => {
    if (stack === 'undos' && !beside.has(batch)) beside.set(batch, { before: { review: host().review } })
    writeHistory(stack, batch)
  }

  e.undo = () => {
    const batch = e.history.undos[e.history.undos.length - 1]
    const now = host().review
    undo()
    const state = batch && beside.get(batch)
    if (!state) return
    state.after ??= { review: now }
    restore(state.before)
  }

  e.redo = () => {
    const batch = e.history.redos[e.history.redos.length - 1]
    redo()
    const state = batch && beside.get(batch)
    if (state?.after) restore(state.after)
  }

  const applyEdits = (edits: readonly ArticleEdit[], fields: { before: Fields; after: Fields }) => {
    for (const step of editSteps(edits)) {
      if (step.kind === 'texts') replaceInBody(e, step.changes)
      else if (step.kind === 'insert') Transforms.insertNodes(e, step.blocks, { at: [step.at], select: false })
      else if (step.kind === 'remove') Transforms.removeNodes(e, { at: [step.at] })
      else {
        if (!(step.field in fields.before)) fields.before[step.field] = fieldValue(host().meta, step.field)
        fields.after[step.field] = step.value
      }
    }
  }

  e.reviewStep = (change, review) => {
    const fields = { before: {} as Fields, after: {} as Fields }
    const before: Beside = { review: host().review, fields: fields.before }
    const last = e.history.undos[e.history.undos.length - 1]
    HistoryEditor.withNewBatch(e, () => {
      Editor.withoutNormalizing(e, () => (typeof change === 'function' ? change() : applyEdits(change, fields)))
    })
    const after: Beside = { review: typeof review === 'function' ? review(host().review) : review, fields: fields.after }
    let batch = e.history.undos[e.history.undos.length - 1]
    if (!batch || batch === last) {
      // A step that changes only fields or the review is still a step of the history.
      batch = { operations: [], selectionBefore: e.selection }
      e.writeHistory('undos', batch)
      e.history.redos = []
    }
    beside.set(batch, { before, after })
    restore(after)
  }

  return e
}

