import { isSpaceCode } from '../text/char-class'
import { isDigitCode, isHanCode, isSoftSpaceCode, isWideCode } from './chars'
import type { NormalizeRule, TextEdit } from './edit'
import { headlineSpaceEdits } from './headline-space'
import { protectedMask } from './protect'

/**
 * The normalisation rules of design §2 on one piece of text, as edits (nothing is applied here).
 * Conversions are decided together until nothing more changes, because each one can make its
 * neighbour "touch CJK punctuation" (「"OK",你」 → 「“OK”，你」); deciding them in one fixed point is
 * what makes normalising twice change nothing.
 * A mark or quote "touches" Han across spaces (「我市 , 全市」), since those spaces go; brackets only
 * when adjacent or holding Han, so 「函数 f(x) 的值」 keeps its ASCII brackets.
 */

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！' }

export type TextKind = 'body' | 'headline'

type Mask = Uint8Array | undefined

interface Pair {
  open: number
  close: number
  done: boolean
}

/** What one scan of the text found: the only characters the rules can change. */
interface Candidates {
  marks: readonly number[]
  brackets: readonly Pair[]
  doubles: readonly Pair[]
  singles: readonly Pair[]
  spaces: boolean
}

/** Shared by the many texts without a character of a kind (most texts lack most kinds), so none allocates. */
const NONE: readonly never[] = []

function hasHan(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isHanCode(text.charCodeAt(i))) return true
  return false
}

/** Quotes in order, paired only when their count is even: Chinese never nests “”, and an odd count needs a person. */
function pairUp(at: readonly number[]): readonly Pair[] {
  if (at.length % 2 || !at.length) return NONE
  const pairs: Pair[] = []
  for (let k = 0; k < at.length; k += 2) pairs.push({ open: at[k]!, close: at[k + 1]!, done: false })
  return pairs
}

function isLatinOrDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
}

/** One pass by code unit (this runs on every paragraph of a draft). */
function scan(text: string, mask: Mask): Candidates {
  let marks: number[] | undefined
  let brackets: Pair[] | undefined
  let opens: number[] | undefined
  let doubles: number[] | undefined
  let singles: number[] | undefined
  let curlySingle = false
  let spaces = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x20 || c === 0x09 || c === 0xa0) spaces = true
    else if (c === 0x2018 || c === 0x2019) curlySingle = true
    const quote = c === 0x22 || c === 0x201c || c === 0x201d
    if (
      !(
        quote ||
        c === 0x2c ||
        c === 0x3a ||
        c === 0x3b ||
        c === 0x3f ||
        c === 0x21 ||
        c === 0x28 ||
        c === 0x29 ||
        c === 0x27
      ) ||
      mask?.[i]
    )
      continue
    if (quote) (doubles ??= []).push(i)
    else if (c === 0x28) (opens ??= []).push(i)
    else if (c === 0x29) {
      if (opens?.length) (brackets ??= []).push({ open: opens.pop()!, close: i, done: false })
    } else if (c === 0x27) {
      if (!(isLatinOrDigitCode(text.charCodeAt(i - 1)) && isLatinOrDigitCode(text.charCodeAt(i + 1))))
        (singles ??= []).push(i)
    } else (marks ??= []).push(i)
  }
  return {
    marks: marks ?? NONE,
    brackets: brackets ?? NONE,
    doubles: pairUp(doubles ?? NONE),
    singles: curlySingle ? NONE : pairUp(singles ?? NONE),
    spaces,
  }
}

/** The text as the conversions decided so far leave it. */
interface Decided {
  text: string
  out: Map<number, { after: string; rule: NormalizeRule }>
}

/** Shared by the many texts with nothing to convert (most paragraphs), so none allocates a map. */
const NO_DECISIONS: Decided['out'] = new Map()

function charAt(d: Decided, i: number): string | undefined {
  return i >= 0 && i < d.text.length ? (d.out.get(i)?.after ?? d.text[i]) : undefined
}

// By code unit: `charAt` would make a string of every character looked at.
function wideAt(d: Decided, i: number): boolean {
  if (i < 0 || i >= d.text.length) return false
  const decided = d.out.get(i)
  return isWideCode(decided ? decided.after.charCodeAt(0) : d.text.charCodeAt(i))
}

/** The nearest character across spaces, which normalisation may remove. */
function leftOf(text: string, i: number): number {
  let j = i - 1
  while (j >= 0 && isSoftSpaceCode(text.charCodeAt(j))) j--
  return j
}

function rightOf(text: string, i: number): number {
  let j = i + 1
  while (j < text.length && isSoftSpaceCode(text.charCodeAt(j))) j++
  return j
}

function decide(d: Decided, i: number, after: string, rule: NormalizeRule): void {
  if (d.text[i] === after) return
  if (d.out === NO_DECISIONS) d.out = new Map()
  d.out.set(i, { after, rule })
}

function convert(d: Decided, found: Candidates): void {
  const { text } = d
  let changed = true
  while (changed) {
    changed = false
    for (const i of found.marks) {
      if (d.out.has(i) || !(wideAt(d, leftOf(text, i)) || wideAt(d, rightOf(text, i)))) continue
      decide(d, i, FULL_WIDTH[text[i]!]!, 'punct-width')
      changed = true
    }
    for (const p of found.brackets) {
      if (p.done || !(hasHan(text, p.open + 1, p.close) || wideAt(d, p.open - 1) || wideAt(d, p.close + 1)))
        continue
      p.done = true
      decide(d, p.open, '（', 'brackets')
      decide(d, p.close, '）', 'brackets')
      changed = true
    }
    if (convertQuotes(d, found.doubles, '“', '”')) changed = true
    if (convertQuotes(d, found.singles, '‘', '’')) changed = true
  }
}

/** Curls the pairs of quotes that touch Chinese; whether any was converted. */
function convertQuotes(d: Decided, pairs: readonly Pair[], open: string, close: string): boolean {
  const { text } = d
  let changed = false
  for (const p of pairs) {
    if (
      p.done ||
      !(hasHan(text, p.open + 1, p.close) || wideAt(d, leftOf(text, p.open)) || wideAt(d, rightOf(text, p.close)))
    )
      continue
    p.done = true
    decide(d, p.open, open, 'quotes')
    decide(d, p.close, close, 'quotes')
    changed = true
  }
  return changed
}

export function textEdits(text: string, kind: TextKind = 'body'): TextEdit[] {
  const mask = protectedMask(text)
  const found = scan(text, mask)
  const d: Decided = { text, out: NO_DECISIONS }
  if (found.marks.length + found.brackets.length + found.doubles.length + found.singles.length) convert(d, found)
  const edits: TextEdit[] = []
  for (const [offset, e] of d.out) edits.push({ offset, before: text[offset]!, after: e.after, rule: e.rule })
  spaceEdits(d, mask, found.spaces, kind, edits)
  return edits.length > 1 ? edits.sort((a, b) => a.offset - b.offset) : edits
}

const PERCENT = /[%‰％]/u

/** Indentation, trailing space, `100 %`, spaces beside CJK punctuation, and headline pauses: added to `edits`. */
function spaceEdits(d: Decided, mask: Mask, inner: boolean, kind: TextKind, edits: TextEdit[]): void {
  const { text } = d
  const first = edits.length
  let indent = 0
  while (indent < text.length && isSpaceCode(text.charCodeAt(indent))) indent++
  if (indent === text.length) {
    if (indent) edits.push({ offset: 0, before: text, after: '', rule: 'indent' })
    return
  }
  if (indent) edits.push({ offset: 0, before: text.slice(0, indent), after: '', rule: 'indent' })
  let end = text.length
  while (end > indent && isSpaceCode(text.charCodeAt(end - 1))) end--
  if (end < text.length)
    edits.push({ offset: end, before: text.slice(end), after: '', rule: 'trailing-space' })
  if (!inner) return
  const punct = (i: number) => wideAt(d, i) && !isHanCode(text.charCodeAt(i))
  const han = (i: number) => isHanCode(text.charCodeAt(i))
  for (let i = indent; i < end; i++) {
    if (!isSoftSpaceCode(text.charCodeAt(i)) || mask?.[i]) continue
    let k = i
    while (k < end && isSoftSpaceCode(text.charCodeAt(k))) k++
    const [l, r] = [i - 1, k]
    const rule: NormalizeRule | undefined =
      isDigitCode(text.charCodeAt(l)) && PERCENT.test(text[r]!)
        ? 'space-percent'
        : (han(l) && punct(r)) || (punct(l) && wideAt(d, r))
          ? 'space-cjk'
          : undefined
    if (rule) edits.push({ offset: i, before: text.slice(i, k), after: '', rule })
    i = k - 1
  }
  if (kind === 'headline') {
    const taken = new Set(edits.slice(first).map((e) => e.offset))
    for (const e of headlineSpaceEdits(text, (i) => charAt(d, i)))
      if (!taken.has(e.offset) && e.offset >= indent && e.offset < end) edits.push(e)
  }
}
