import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Editor, Point, Range, Transforms, type NodeEntry } from 'slate'
import { HistoryEditor } from 'slate-history'
import { useComposing } from 'slate-react'
import {
  CAPTION_FIELDS,
  compileQuery,
  findMatches,
  matchesInCaptions,
  matchesInMeta,
  replaceInText,
  replacementText,
  type ElsewhereCount,
  type FindMatch,
  type FindQuery,
} from '../../../core/edit/find'
import { textLines } from '../../../core/edit/text-lines'
import type { ArticleMeta, Block } from '../../../core/model/article'
import { findDecorate } from './find-decorate'
import { showCurrentMatch } from './find-highlight'
import './slate-types'

export type FindMode = 'find' | 'replace'

export interface FindStatus {
  /** 1-based position of the selected match, 0 when none is selected. */
  index: number
  total: number
  error?: string
  /** How many 全部替换 changed, while the document still stands as it left it. */
  replaced?: number
  /** Matches in the title block and meta fields, which find and replace leave alone. */
  elsewhere: ElsewhereCount[]
  /** Matches in image captions and credits, which only 全部替换 changes. */
  inCaptions: number
}

export interface Find {
  mode: FindMode | null
  query: FindQuery
  replacement: string
  status: FindStatus
  decorate: ((entry: NodeEntry) => Range[]) | undefined
  open(mode: FindMode): void
  close(): void
  setQuery(query: FindQuery): void
  setReplacement(text: string): void
  step(direction: 1 | -1): void
  replaceCurrent(): void
  replaceAll(): void
  /**
   * Undo (or redo) in the document when the find bar made its last change, as Word's dialog does;
   * false when the user has typed in the bar since, so the box keeps its own undo.
   */
  history(direction: 'undo' | 'redo'): boolean
}

/** Re-highlighting 3,000 paragraphs on every letter typed in the find box would lag: wait for a pause. */
const HIGHLIGHT_DELAY_MS = 150

export function useFind(editor: Editor, blocks: readonly Block[], meta: ArticleMeta): Find {
  const [mode, setMode] = useState<FindMode | null>(null)
  const [query, setQueryState] = useState<FindQuery>({ text: '', regex: false, matchCase: false })
  const [replacement, setReplacement] = useState('')
  const [status, setStatus] = useState<Omit<FindStatus, 'replaced'>>({ index: 0, total: 0, elsewhere: [], inCaptions: 0 })
  const [lastReplaceAll, setLastReplaceAll] = useState<{ count: number; doc: readonly unknown[] }>()
  /** The document as the find bar's last change left it; undefined once the user types in the bar. */
  const afterOwnEdit = useRef<readonly unknown[] | undefined>(undefined)
  const [highlighted, setHighlighted] = useState<RegExp | undefined>()
  const current = useRef<FindMatch | undefined>(undefined)
  const composing = useComposing()

  const compiled = useMemo(() => (query.text ? compileQuery(query) : undefined), [query])
  const pattern = compiled?.ok ? compiled.pattern : undefined

  useEffect(() => {
    const timer = setTimeout(() => setHighlighted(mode ? pattern : undefined), HIGHLIGHT_DELAY_MS)
    return () => clearTimeout(timer)
  }, [mode, pattern])

  const decorate = useMemo(() => (highlighted ? findDecorate(highlighted) : undefined), [highlighted])
  // Never swap decorations while the IME holds a text node (slate#3162).
  const held = useRef(decorate)
  if (!composing) held.current = decorate

  const allMatches = useCallback(
    (): FindMatch[] => (pattern ? findMatches(textLines(editor.children as Block[]), pattern) : []),
    [editor, pattern],
  )

  const select = useCallback(
    (matches: FindMatch[], i: number) => {
      const match = matches[i]
      current.current = match
      if (match) Transforms.select(editor, match.range)
      showCurrentMatch(editor, match?.range)
      setStatus((s) => ({ ...s, index: match ? i + 1 : 0, total: matches.length }))
      setLastReplaceAll(undefined)
    },
    [editor],
  )

  const step = useCallback(
    (direction: 1 | -1) => {
      const matches = allMatches()
      if (!matches.length) return select(matches, -1)
      const sel = editor.selection
      let i: number
      if (!sel) i = direction === 1 ? 0 : matches.length - 1
      else if (direction === 1) {
        const end = Range.end(sel)
        i = matches.findIndex((m) => Point.compare(m.range.anchor, end) >= 0)
        if (i < 0) i = 0
      } else {
        const start = Range.start(sel)
        i = findLastIndex(matches, (m) => Point.compare(m.range.focus, start) <= 0)
        if (i < 0) i = matches.length - 1
      }
      select(matches, i)
    },
    [allMatches, editor, select],
  )

  const replaceOne = useCallback(
    (match: FindMatch) => {
      const text = replacementText(replacement, match.groups, query.regex)
      if (text) Transforms.insertText(editor, text, { at: match.range })
      else Transforms.delete(editor, { at: match.range })
    },
    [editor, replacement, query.regex],
  )

  const replaceCurrent = useCallback(() => {
    const matches = allMatches()
    const sel = editor.selection
    const match = sel && matches.find((m) => sameSpan(editor, m.range, sel))
    if (match) {
      replaceOne(match)
      afterOwnEdit.current = editor.children
    }
    step(1)
  }, [allMatches, editor, replaceOne, step])

  /** Captions and credits with every match replaced; how many matches that was. */
  const replaceInCaptions = useCallback((): number => {
    if (!pattern) return 0
    let count = 0
    ;(editor.children as Block[]).forEach((block, i) => {
      if (block.type !== 'image') return
      const changed: Partial<Record<(typeof CAPTION_FIELDS)[number], string>> = {}
      for (const field of CAPTION_FIELDS) {
        const result = replaceInText(block[field] ?? '', pattern, replacement, query.regex)
        if (result.count) changed[field] = result.text
        count += result.count
      }
      if (Object.keys(changed).length) Transforms.setNodes(editor, changed, { at: [i] })
    })
    return count
  }, [editor, pattern, replacement, query.regex])

  const replaceAll = useCallback(() => {
    const matches = allMatches()
    let replaced = matches.length
    // One undo step for the whole replacement; last match first so earlier ranges stay valid.
    HistoryEditor.withNewBatch(editor, () => {
      Editor.withoutNormalizing(editor, () => {
        for (const m of [...matches].reverse()) replaceOne(m)
        replaced += replaceInCaptions()
      })
    })
    current.current = undefined
    showCurrentMatch(editor, undefined)
    afterOwnEdit.current = editor.children
    setLastReplaceAll({ count: replaced, doc: editor.children })
    setStatus((s) => ({ ...s, index: 0, total: allMatches().length }))
  }, [allMatches, editor, replaceOne, replaceInCaptions])

  const history = useCallback(
    (direction: 'undo' | 'redo') => {
      if (!afterOwnEdit.current || afterOwnEdit.current !== editor.children) return false
      if (direction === 'undo') HistoryEditor.undo(editor)
      else HistoryEditor.redo(editor)
      afterOwnEdit.current = editor.children
      current.current = undefined
      showCurrentMatch(editor, undefined)
      setStatus((s) => ({ ...s, index: 0 }))
      return true
    },
    [editor],
  )

  const setQuery = useCallback((next: FindQuery) => {
    setQueryState(next)
    setStatus({ index: 0, total: 0, elsewhere: [], inCaptions: 0 })
    setLastReplaceAll(undefined)
    afterOwnEdit.current = undefined
    current.current = undefined
  }, [])

  const setReplacementText = useCallback((text: string) => {
    setReplacement(text)
    afterOwnEdit.current = undefined
  }, [])

  useEffect(() => {
    if (!mode) return
    if (compiled && !compiled.ok) return setStatus({ index: 0, total: 0, error: compiled.error, elsewhere: [], inCaptions: 0 })
    const total = allMatches().length
    const elsewhere = pattern ? matchesInMeta(meta, pattern) : []
    const inCaptions = pattern ? matchesInCaptions(blocks, pattern) : 0
    setStatus((s) => ({ ...s, index: Math.min(s.index, total), total, elsewhere, inCaptions }))
  }, [mode, compiled, pattern, allMatches, blocks, meta])

  const open = useCallback(
    (next: FindMode) => {
      setMode(next)
      const sel = editor.selection
      if (sel && Range.isExpanded(sel) && sel.anchor.path[0] === sel.focus.path[0]) {
        const text = Editor.string(editor, sel)
        if (text && text.length <= 60) setQueryState((q) => ({ ...q, text }))
      }
    },
    [editor],
  )

  const close = useCallback(() => {
    setMode(null)
    current.current = undefined
    showCurrentMatch(editor, undefined)
  }, [editor])

  return {
    mode,
    query,
    replacement,
    // 「已替换」 only while the document is as the replacement left it (an undo anywhere ends it).
    status: lastReplaceAll?.doc === editor.children ? { ...status, replaced: lastReplaceAll.count } : status,
    decorate: held.current,
    open,
    close,
    setQuery,
    setReplacement: setReplacementText,
    step,
    replaceCurrent,
    replaceAll,
    history,
  }
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i
  return -1
}

/** Whether two ranges cover the same text, even if one ends a leaf where the other starts the next. */
function sameSpan(editor: Editor, a: Range, b: Range): boolean {
  const [as, ae] = Range.edges(a)
  const [bs, be] = Range.edges(b)
  const flat = (p: Point) =>
    Editor.string(editor, { anchor: Editor.start(editor, p.path.slice(0, -1)), focus: p }).length
  const line = (p: Point) => p.path.slice(0, -1).join('.')
  return line(as) === line(bs) && line(ae) === line(be) && flat(as) === flat(bs) && flat(ae) === flat(be)
}
