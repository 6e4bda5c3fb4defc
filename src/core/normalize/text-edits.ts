import { isDigitCode, isHanCode, isLatinLetterOrDigit, isSoftSpace, isWideCode } from './chars'
import type { NormalizeRule, TextEdit } from './edit'
import { headlineSpaceEdits } from './headline-space'
import { protectedMask } from './protect'

/**
 * The normalisation rules of design §2 on one piece of text, as edits (nothing is applied here).
 * A mark or quote "touches" Han across spaces (「我市 , 全市」), since those spaces go; brackets only
 * when adjacent or holding Han, so 「函数 f(x) 的值」 keeps its ASCII brackets.
 * Conversions are decided together until nothing more changes, because each one can make its
 * neighbour "touch CJK punctuation" (「"OK",你」 → 「“OK”，你」); deciding them in one fixed point is
 * what makes normalising twice change nothing.
 */

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！' }

export type TextKind = 'body' | 'headline'

interface Pair {
  open: number
  close: number
  done: boolean
}

function hasHan(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isHanCode(text.charCodeAt(i))) return true
  return false
}

/** ASCII brackets matched by nesting, outside protected tokens. */
function bracketPairs(text: string, mask: Uint8Array): Pair[] {
  const pairs: Pair[] = []
  const stack: number[] = []
  for (let i = 0; i < text.length; i++) {
    if (mask[i]) continue
    if (text[i] === '(') stack.push(i)
    else if (text[i] === ')' && stack.length) pairs.push({ open: stack.pop()!, close: i, done: false })
  }
  return pairs
}

/** Double quotes (straight or curly) in order; paired only when their count is even, as Chinese never nests “”. */
function quotePairs(text: string, mask: Uint8Array, chars: string, apostrophes: boolean): Pair[] {
  const at: number[] = []
  for (let i = 0; i < text.length; i++) {
    if (mask[i] || !chars.includes(text[i]!)) continue
    if (apostrophes && isLatinLetterOrDigit(text[i - 1]) && isLatinLetterOrDigit(text[i + 1])) continue
    at.push(i)
  }
  if (at.length % 2) return []
  const pairs: Pair[] = []
  for (let k = 0; k < at.length; k += 2) pairs.push({ open: at[k]!, close: at[k + 1]!, done: false })
  return pairs
}

export function textEdits(text: string, kind: TextKind = 'body'): TextEdit[] {
  const mask = protectedMask(text)
  const out = new Map<number, { after: string; rule: NormalizeRule }>()
  const charAt = (i: number) => out.get(i)?.after ?? text[i]!
  const wide = (i: number) => i >= 0 && i < text.length && isWideCode(charAt(i).charCodeAt(0))
  const left = (i: number) => {
    let j = i - 1
    while (j >= 0 && isSoftSpace(text[j])) j--
    return j
  }
  const right = (i: number) => {
    let j = i + 1
    while (j < text.length && isSoftSpace(text[j])) j++
    return j
  }
  const set = (i: number, after: string, rule: NormalizeRule) => {
    if (text[i] !== after) out.set(i, { after, rule })
  }

  const marks: number[] = []
  for (let i = 0; i < text.length; i++) if (!mask[i] && FULL_WIDTH[text[i]!]) marks.push(i)
  const brackets = bracketPairs(text, mask)
  const doubles = quotePairs(text, mask, '"“”', false)
  const singles = text.includes('‘') || text.includes('’') ? [] : quotePairs(text, mask, "'", true)

  let changed = true
  while (changed) {
    changed = false
    for (const i of marks) {
      if (out.has(i) || !(wide(left(i)) || wide(right(i)))) continue
      set(i, FULL_WIDTH[text[i]!]!, 'punct-width')
      changed = true
    }
    for (const p of brackets) {
      if (p.done || !(hasHan(text, p.open + 1, p.close) || wide(p.open - 1) || wide(p.close + 1))) continue
      p.done = true
      set(p.open, '（', 'brackets')
      set(p.close, '）', 'brackets')
      changed = true
    }
    for (const [pairs, open, close] of [
      [doubles, '“', '”'],
      [singles, '‘', '’'],
    ] as const) {
      for (const p of pairs) {
        if (p.done || !(hasHan(text, p.open + 1, p.close) || wide(left(p.open)) || wide(right(p.close)))) continue
        p.done = true
        set(p.open, open, 'quotes')
        set(p.close, close, 'quotes')
        changed = true
      }
    }
  }

  const edits: TextEdit[] = [...out].map(([offset, e]) => ({ offset, before: text[offset]!, after: e.after, rule: e.rule }))
  edits.push(...spaceEdits(text, mask, wide, kind, (i) => (i >= 0 && i < text.length ? charAt(i) : undefined)))
  return edits.sort((a, b) => a.offset - b.offset)
}

/** Indentation, trailing space, `100 %`, spaces beside CJK punctuation, and headline pauses. */
function spaceEdits(
  text: string,
  mask: Uint8Array,
  wide: (i: number) => boolean,
  kind: TextKind,
  charAt: (i: number) => string | undefined,
): TextEdit[] {
  const edits: TextEdit[] = []
  const indent = /^[\s\u00a0\u3000\ufeff]+/u.exec(text)?.[0].length ?? 0
  if (indent === text.length) return indent ? [{ offset: 0, before: text, after: '', rule: 'indent' }] : []
  if (indent) edits.push({ offset: 0, before: text.slice(0, indent), after: '', rule: 'indent' })
  const trailing = /[\s\u00a0\u3000\ufeff]+$/u.exec(text)
  if (trailing) edits.push({ offset: trailing.index, before: trailing[0], after: '', rule: 'trailing-space' })
  const end = trailing ? trailing.index : text.length
  const punct = (i: number) => wide(i) && !isHanCode(text.charCodeAt(i))
  const han = (i: number) => isHanCode(text.charCodeAt(i))
  for (let i = indent; i < end; i++) {
    if (!isSoftSpace(text[i]) || mask[i]) continue
    let k = i
    while (k < end && isSoftSpace(text[k])) k++
    const [l, r] = [i - 1, k]
    const rule: NormalizeRule | undefined =
      isDigitCode(text.charCodeAt(l)) && /[%‰％]/u.test(text[r]!)
        ? 'space-percent'
        : (han(l) && punct(r)) || (punct(l) && wide(r))
          ? 'space-cjk'
          : undefined
    if (rule) edits.push({ offset: i, before: text.slice(i, k), after: '', rule })
    i = k - 1
  }
  if (kind === 'headline') {
    const taken = new Set(edits.map((e) => e.offset))
    for (const e of headlineSpaceEdits(text, charAt)) if (!taken.has(e.offset) && e.offset >= indent && e.offset < end) edits.push(e)
  }
  return edits
}
