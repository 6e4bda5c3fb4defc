import type { Atom, Segmented } from './segment'
import { lineEndTrim, lineStartTrim, remainingBlank, setWidth } from './compress-punctuation'

/**
 * Line breaking by clreq §3.1.7 and §3.8: fill the line (line-end marks at ½ em), and when the break
 * falls before a mark that may not start a line or after one that may not end it, first try to push
 * the next characters in by compressing marks, then push characters out to the next line. Pushing in
 * is limited to what compressing marks by ½ em in all can absorb: beyond that a line of squeezed
 * commas looks worse than a line stretched by a hair. A paragraph's last line never holds a lone
 * character (clreq §3.1.8, ctex CheckSingle): push a character down to join it, or pull it up.
 * Where neither pushing in nor pushing out gives a line that can be set, a pause or stop mark at the end
 * hangs in the margin (clreq §3.1.7, 行末点号悬挂) rather than start the next line.
 */

export interface LineRange {
  /** First and last atom, inclusive, without the spaces at either edge. */
  start: number
  end: number
  /** The last atom, a pause or stop mark, is set outside the measure. */
  hang?: true
}

export interface BreakOptions {
  /** Measure of the first line (after the indent) and of the others, pt. */
  firstMeasure: number
  measure: number
  trimLineStartOpening: boolean
  /** The most a line may be compressed to push characters in, pt (½ em of the text). */
  maxPushIn: number
  /** Fewest characters (marks included) on a paragraph's last line. */
  lastLineMin: number
}

const EPS = 1e-6

/** Han–Latin space may shrink to ⅛ em (clreq §3.8 step 6). */
export function gapShrink(seg: Segmented, k: number): number {
  const gap = seg.gaps[k]!
  if (gap.stretch !== 'hanLatin') return 0
  const a = seg.atoms[k]!
  return Math.max(0, gap.base - a.style.size / 8)
}

/**
 * Natural width of atoms start..end set as one line, with the line-end mark at ½ em and, when
 * `trimStart`, an opening mark at the start at ½ em.
 */
function lineWidth(seg: Segmented, start: number, end: number, trimStart: boolean): number {
  const { atoms, gaps } = seg
  let w = 0
  for (let k = start; k <= end; k++) {
    w += setWidth(atoms[k]!)
    if (k < end) w += gaps[k]!.base
  }
  return w - lineEndTrim(atoms[end]!) - lineStartTrim(atoms[start]!, trimStart)
}

/** The narrowest a line can be set: the marks inside it compressed, Han–Latin spaces at ⅛ em. */
function minLineWidth(seg: Segmented, start: number, end: number, trimStart: boolean): number {
  let shrink = 0
  for (let k = start; k < end; k++) {
    if (k > start) shrink += remainingBlank(seg.atoms[k]!)
    shrink += gapShrink(seg, k)
  }
  return lineWidth(seg, start, end, trimStart) - shrink
}

/** Whether atoms start..end can be set with the mark at `end` hanging: the rest fits the measure. */
function canHang(seg: Segmented, start: number, end: number, avail: number, trimStart: boolean): boolean {
  const kind = seg.atoms[end]!.kind
  return end > start && (kind === 'pause' || kind === 'stop') && minLineWidth(seg, start, end - 1, trimStart) <= avail + EPS
}

function isSpace(a: Atom | undefined): boolean {
  return a?.kind === 'space'
}

/**
 * A last line too short to stand: a lone Han character (with its marks, up to three characters in
 * all), or fewer characters than the preset asks for.
 */
function isShortLastLine(atoms: readonly Atom[], start: number, end: number, min: number): boolean {
  let han = 0
  let chars = 0
  for (let k = start; k <= end; k++) {
    const a = atoms[k]!
    if (a.kind === 'space') continue
    if (a.kind === 'han') han++
    chars += [...a.text].length
  }
  return (han <= 1 && chars <= 3) || chars < min
}

export function breakLines(seg: Segmented, options: BreakOptions): LineRange[] {
  const { atoms, gaps } = seg
  const n = atoms.length
  const lines: LineRange[] = []
  const canBreakAfter = (k: number) => k === n - 1 || gaps[k]!.breakable
  const trimEnd = (start: number, end: number) => {
    while (end > start && isSpace(atoms[end])) end--
    return end
  }

  let i = 0
  while (i < n && isSpace(atoms[i])) i++
  while (i < n) {
    const continuation = lines.length > 0
    const avail = continuation ? options.measure : options.firstMeasure
    const trimStart = continuation && options.trimLineStartOpening
    const startTrim = lineStartTrim(atoms[i]!, trimStart)
    let lastFit = -1
    let run = 0
    let j = i
    for (; j < n; j++) {
      if (j > i) run += gaps[j - 1]!.base
      run += setWidth(atoms[j]!)
      if (isSpace(atoms[j])) continue
      if (run - lineEndTrim(atoms[j]!) - startTrim > avail + EPS) break
      lastFit = j
    }
    let end: number
    let hang = false
    if (j >= n) end = n - 1
    else if (lastFit < i) end = i // a single atom wider than the line: it overflows alone
    else if (canBreakAfter(lastFit)) end = lastFit
    else {
      let pushIn = lastFit + 1
      while (pushIn < n - 1 && !canBreakAfter(pushIn)) pushIn++
      let pushOut = lastFit - 1
      while (pushOut >= i && !canBreakAfter(pushOut)) pushOut--
      const pushInEnd = trimEnd(i, pushIn)
      const fits = minLineWidth(seg, i, pushInEnd, trimStart) <= avail + EPS
      // Pushing out to a single atom leaves a line nothing can fill: a hanging mark is better.
      const hangs = !fits && canHang(seg, i, pushInEnd, avail, trimStart)
      if (fits && lineWidth(seg, i, pushInEnd, trimStart) - avail <= options.maxPushIn + EPS) end = pushIn
      else if (pushOut > i || (pushOut === i && !hangs)) end = pushOut
      else if (hangs) [end, hang] = [pushIn, true]
      else end = fits ? pushIn : lastFit // no legal break short of the measure: compress, or break anyway
    }
    lines.push({ start: i, end: trimEnd(i, end), ...(hang ? { hang: true as const } : {}) })
    i = end + 1
    while (i < n && isSpace(atoms[i])) i++
  }
  return avoidLoneLastLine(seg, lines, options, canBreakAfter)
}

/** Pull a too-short last line up by compressing the line above, or push characters down to join it. */
function avoidLoneLastLine(
  seg: Segmented,
  lines: LineRange[],
  options: BreakOptions,
  canBreakAfter: (k: number) => boolean,
): LineRange[] {
  const last = lines[lines.length - 1]
  const prev = lines[lines.length - 2]
  if (!last || !prev || !isShortLastLine(seg.atoms, last.start, last.end, options.lastLineMin)) return lines
  const prevContinuation = lines.length > 2
  const avail = prevContinuation ? options.measure : options.firstMeasure
  const head = lines.slice(0, -2)
  const trimStart = prevContinuation && options.trimLineStartOpening
  const merged = [...head, { start: prev.start, end: last.end }]
  const fits = minLineWidth(seg, prev.start, last.end, trimStart) <= avail + EPS
  if (fits && lineWidth(seg, prev.start, last.end, trimStart) - avail <= options.maxPushIn + EPS) return merged
  for (let k = prev.end - 1; k > prev.start; k--) {
    if (!canBreakAfter(k) || seg.atoms[k]!.kind === 'space') continue
    let next = k + 1
    while (seg.atoms[next]?.kind === 'space') next++
    if (!isShortLastLine(seg.atoms, next, last.end, options.lastLineMin)) return [...head, { start: prev.start, end: k }, { start: next, end: last.end }]
  }
  return fits ? merged : lines
}
