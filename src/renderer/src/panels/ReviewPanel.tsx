import { memo, useState } from 'react'
import { Editor, Transforms } from 'slate'
import { ReactEditor, useSlateStatic } from 'slate-react'
import type { Article, Block } from '../../../core/model/article'
import {
  DROPPED_KIND_NAMES,
  DROPPED_KINDS,
  LOW_CONFIDENCE,
  type Change,
  type DroppedLine,
  type Guess,
  type ImportReview,
  type LineTarget,
} from '../../../core/model/review'
import { blockText } from '../../../core/model/text'
import { describeChange } from '../../../core/normalize'
import {
  acceptGuess,
  LINE_ROLES,
  lineRoleName,
  reassignLine,
  restoreDropped,
  revertReviewChanges,
  type ArticleEdit,
  type LineRole,
  type ReviewStep,
} from '../../../core/edit/review-actions'
import '../editor/slate-types'

interface Props {
  /** The article as the panel shows it (it may lag the typing by a moment). */
  article: Article
  review: ImportReview | undefined
  /** The article and review as they are now: every action is computed against these. */
  current(): { article: Article; review: ImportReview | undefined }
  onStep(edits: readonly ArticleEdit[], review: ImportReview): void
}

const FIELD_LABELS: Record<string, string> = { kicker: '引题', title: '标题', subtitle: '副题', summary: '摘要' }

const clip = (s: string, n = 14) => (s.length > n ? s.slice(0, n) + '…' : s)

/** Where a dropped line stood, in words: before which paragraph, or at the end. */
function placeOf(blocks: readonly Block[], before: number): string {
  const next = blocks[before]
  if (!next) return before === 0 ? '原在正文开头' : '原在正文末尾'
  const text = blockText(next).trim()
  return text ? `原在「${clip(text)}」之前` : `原在第 ${before + 1} 段之前`
}

function whereChange(change: Change): string {
  return 'field' in change.at ? (FIELD_LABELS[change.at.field] ?? change.at.field) : `第 ${change.at.block + 1} 段`
}

/** A role picker: choosing a role is the action, so the select always shows its prompt. */
function RolePicker({ label, onPick, exclude }: { label: string; onPick(role: LineRole): void; exclude?: LineRole }) {
  return (
    <select
      aria-label={label}
      title={label}
      value=""
      onChange={(e) => {
        const role = e.currentTarget.value as LineRole
        if (role) onPick(role)
      }}
    >
      <option value="">{label}…</option>
      {LINE_ROLES.filter((r) => r !== exclude).map((r) => (
        <option key={r} value={r}>
          {lineRoleName(r)}
        </option>
      ))}
    </select>
  )
}

/**
 * 导入检查: what import left out (restore it in place, as body or another role), the structure it was unsure of
 * (accept it, or give the line another role), and the punctuation and spacing it normalised (undo one or all).
 * Each action is one undo step; the list follows the document as it is edited and is saved with it.
 */
export const ReviewPanel = memo(function ReviewPanel({ article, review, current, onStep }: Props) {
  const editor = useSlateStatic()
  const [message, setMessage] = useState<string>()

  const run = (compute: (now: { article: Article; review: ImportReview }) => ReviewStep) => {
    const now = current()
    if (!now.review) return
    const step = compute({ article: now.article, review: now.review })
    if (!step.ok) return setMessage(step.message)
    onStep(step.edits, step.review)
    setMessage(step.note)
  }
  const reveal = (at: LineTarget) => {
    if ('field' in at) return document.querySelector<HTMLElement>(`[data-field="${at.field}"]`)?.focus()
    const node = editor.children[at.block]
    if (!node) return
    Transforms.select(editor, Editor.start(editor, [at.block]))
    ReactEditor.focus(editor)
    ReactEditor.toDOMNode(editor, node).scrollIntoView({ block: 'center' })
  }

  if (!review)
    return (
      <div className="bx-review" data-testid="review-panel">
        <p className="bx-panel-note">这篇稿件不是从草稿导入的，没有导入检查记录。</p>
      </div>
    )

  const { dropped, guesses, changes } = review
  const unsure = guesses.flatMap((g, i) => (g.confidence < LOW_CONFIDENCE ? [{ g, i }] : []))
  const sure = guesses.flatMap((g, i) => (g.confidence >= LOW_CONFIDENCE ? [{ g, i }] : []))
  const nothing = !dropped.length && !guesses.length && !changes.length

  const guessRow = ({ g, i }: { g: Guess; i: number }) => (
    <li key={`g${i}`} className="bx-review-item" data-testid="review-guess">
      <button type="button" className="bx-review-text" onClick={() => reveal(g.at)} title="在文中找到这一行">
        <span className="bx-review-line">{clip(g.text, 40)}</span>
        <span className="bx-review-why">
          识别为<strong>{g.as}</strong>：{g.reason}
          <span className="bx-review-sure">（把握 {Math.round(g.confidence * 100)}%）</span>
        </span>
      </button>
      <div className="bx-review-actions">
        <button type="button" onClick={() => run(({ review: r }) => ({ ok: true, edits: [], review: acceptGuess(r, i) }))}>
          确认
        </button>
        <RolePicker label="改为" onPick={(role) => run(({ article: a, review: r }) => reassignLine(a, r, r.guesses[i]!.at, role))} />
      </div>
    </li>
  )

  const droppedRow = ({ d, i }: { d: DroppedLine; i: number }) => (
    <li key={`d${i}`} className="bx-review-item" data-testid="review-dropped">
      <div className="bx-review-text">
        <span className="bx-review-line">{clip(d.text, 40)}</span>
        <span className="bx-review-why">
          {d.reason}；{placeOf(article.blocks, d.before)}
        </span>
      </div>
      <div className="bx-review-actions">
        <button type="button" onClick={() => run(({ article: a, review: r }) => restoreDropped(a, r, i, 'body'))}>
          恢复为正文
        </button>
        <RolePicker label="恢复为" exclude="body" onPick={(role) => run(({ article: a, review: r }) => restoreDropped(a, r, i, role))} />
      </div>
    </li>
  )

  return (
    <div className="bx-review" data-testid="review-panel">
      <p className="bx-panel-note">
        导入自「{review.source.name || '粘贴的内容'}」。以下每项操作都可以用“撤销”（Ctrl+Z）退回。
      </p>
      {message ? (
        <p className="bx-review-message" role="status">
          {message}
        </p>
      ) : null}
      {nothing ? (
        <p className="bx-review-empty" data-testid="review-empty">
          没有需要检查的内容：导入时没有略去任何行，也没有需要确认的识别结果或标点改动。
        </p>
      ) : null}
      {dropped.length ? (
        <section aria-label="未导入的行">
          <h3>未导入的行（{dropped.length}）</h3>
          {DROPPED_KINDS.map((kind) => {
            const rows = dropped.flatMap((d, i) => (d.kind === kind ? [{ d, i }] : []))
            return rows.length ? (
              <div key={kind} className="bx-review-group" data-testid="review-dropped-kind">
                <h4>
                  {DROPPED_KIND_NAMES[kind]}（{rows.length}）
                </h4>
                <ul>{rows.map(droppedRow)}</ul>
              </div>
            ) : null
          })}
        </section>
      ) : null}
      {unsure.length ? (
        <section aria-label="需要确认的识别">
          <h3>需要确认的识别（{unsure.length}）</h3>
          <ul>{unsure.map(guessRow)}</ul>
        </section>
      ) : null}
      {sure.length ? (
        <details className="bx-review-sure-list">
          <summary>其他识别结果（{sure.length}）</summary>
          <ul>{sure.map(guessRow)}</ul>
        </details>
      ) : null}
      {changes.length ? (
        <section aria-label="标点和空格改动">
          <header className="bx-review-header">
            <h3>标点和空格改动（{changes.length}）</h3>
            <button type="button" onClick={() => run(({ article: a, review: r }) => revertReviewChanges(a, r))}>
              撤销全部改动
            </button>
          </header>
          <ul>
            {changes.map((c, i) => (
              <li key={`c${i}`} className="bx-review-item bx-review-change" data-testid="review-change">
                <span className="bx-review-why">
                  {whereChange(c)}：{describeChange(c)}
                </span>
                <button
                  type="button"
                  aria-label={`撤销这处改动：${describeChange(c)}`}
                  onClick={() => run(({ article: a, review: r }) => revertReviewChanges(a, r, [i]))}
                >
                  撤销
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
})
