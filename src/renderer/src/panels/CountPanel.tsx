import { memo, useMemo, useRef } from 'react'
import { Editor, Element, Range } from 'slate'
import { useComposing, useSlateSelection, useSlateStatic } from 'slate-react'
import type { Article } from '../../../core/model/article'
import { addCounts, countText, ZERO_COUNT, type CharCount } from '../../../core/model/stats'
import { countArticleCached } from '../../../core/edit/count-blocks'
import '../editor/slate-types'

function CountTable({ count, caption }: { count: CharCount; caption: string }) {
  return (
    <table className="bx-count-table">
      <caption>{caption}</caption>
      <tbody>
        <tr>
          <th scope="row">汉字</th>
          <td data-count="han">{count.han}</td>
        </tr>
        <tr>
          <th scope="row">标点</th>
          <td data-count="punctuation">{count.punctuation}</td>
        </tr>
        <tr>
          <th scope="row">外文词与数字</th>
          <td data-count="latinWords">{count.latinWords}</td>
        </tr>
        <tr className="bx-count-total">
          <th scope="row">字数</th>
          <td data-count="total">{count.total}</td>
        </tr>
      </tbody>
    </table>
  )
}

/**
 * 字数 as editors count it: Han characters and punctuation one each, a Latin word or number one.
 * The whole article (title block and captions included) and, when text is selected, the selection.
 */
export const CountPanel = memo(function CountPanel({ article }: { article: Article }) {
  const total = useMemo(() => countArticleCached(article), [article])
  return (
    <div className="bx-count" data-testid="count-panel">
      <CountTable count={total} caption="全文" />
      <SelectionCount />
      <p className="bx-panel-note">全文含引题、主题、副题、正文和图注；数字和外文单词各算一个字。</p>
    </div>
  )
})

function SelectionCount() {
  const editor = useSlateStatic()
  const selection = useSlateSelection()
  const composing = useComposing()
  const live = useMemo(
    () => (selection && Range.isExpanded(selection) ? countRange(editor, selection) : undefined),
    [editor, selection],
  )
  // Held while composing: the selection then covers the IME's uncommitted text.
  const held = useRef(live)
  if (!composing) held.current = live
  const count = held.current
  return count ? (
    <CountTable count={count} caption="选中部分" />
  ) : (
    <p className="bx-panel-note">选中文字可查看选中部分的字数。</p>
  )
}

/** Counted line by line, so a word at the end of one paragraph never joins a word starting the next. */
function countRange(editor: Editor, range: Range): CharCount {
  let count = ZERO_COUNT
  for (const [, path] of Editor.nodes(editor, {
    at: range,
    match: (n) => Element.isElement(n) && Editor.hasInlines(editor, n),
  })) {
    const part = Range.intersection(range, Editor.range(editor, path))
    if (part) count = addCounts(count, countText(Editor.string(editor, part)))
  }
  return count
}
