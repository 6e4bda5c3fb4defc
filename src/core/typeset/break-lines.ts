import type { Segmented } from './segment'
import { lineEndTrim, setWidth } from './compress-punctuation'
import type { LineMeasure, LineRange } from './line-measure'
import { EPS, isSpace, lineMeasure } from './line-measure'
import type { ShapePart } from './latin-run-breaks'
import { findRunBreak, splitRun } from './latin-run-breaks'
import type { EvenOptions } from './even-breaks'
import { breakEvenly, isShortLastLine, looseness } from './even-breaks'

/**
 * Line breaking by clreq §3.1.7 and §3.8: fill the line (line-end marks at ½ em), and when the break
 * falls before a mark that may not start a line or after one that may not end it, first try to push
 * the next characters in by compressing marks, then push characters out to the next line. Pushing in
 * is limited to what compressing marks by ½ em in all can absorb: beyond that a line of squeezed
 * commas looks worse than a line stretched by a hair — unless pushing out would stretch the line past
 * the cap (`maxStretch`), and then the tighter line wins. A paragraph's last line never holds a lone
 * character (clreq §3.1.8, ctex CheckSingle): push a character down to join it, or pull it up; if
 * pushing down leaves the line above gaping, the last lines are broken again together.
 * Where neither pushing in nor pushing out gives a line that can be set, a pause or stop mark at the end
 * hangs in the margin (clreq §3.1.7, 行末点号悬挂) rather than start the next line.
 *
 * A line that would still open gaps wider than the cap tries, best first: pushing the next piece in
 * after all; breaking the Latin run that did not fit where it breaks well; sharing the slack with the
 * lines above (`shareSlack`); breaking a long run at any character. A Latin run wider than the whole
 * line always breaks. Chinese is never hyphenated.
 */

export type { LineRange } from './line-measure'

export interface BreakOptions {
  /** Measure of the first line (after the indent) and of the others, pt. */
  firstMeasure: number
  measure: number
  trimLineStartOpening: boolean
  /** The most a line may be compressed to push characters in, pt (½ em of the text). */
  maxPushIn: number
  /** Fewest characters (marks included) on a paragraph's last line. */
  lastLineMin: number
  /** A grid of cells (公文): every mark keeps its whole cell, nothing squeezes, a kinsoku mark hangs. */
  cells: boolean
  /** The widest even gap justification should open between characters, pt. */
  maxStretch: number
  /** Shapes each part of a Latin run the breaker cuts. */
  shape: ShapePart
}

export interface BrokenParagraph {
  /** The atoms as broken: a Latin run the lines had to break is two atoms. */
  seg: Segmented
  lines: LineRange[]
}

/** How many lines (the loose one and those above it) may be broken again to share its slack. */
const WINDOW = 4
/** How many last lines of a paragraph may be broken again so that its last line can stand. */
const END_WINDOW = 6

/**
 * Break elsewhere: the loose line `next` (to follow `lines`) and up to three lines above it broken
 * again so that they share its slack, if the loosest is then within `accept` and less loose than
 * before. Returns the index of the first line broken again and the lines from there, `next`'s
 * replacement last.
 */
function shareSlack(m: LineMeasure, o: EvenOptions, lines: readonly LineRange[], next: LineRange, accept: number): { first: number; window: LineRange[] } | undefined {
  let first = lines.length
  while (first > 0 && lines.length - first < WINDOW - 1 && !lines[first - 1]!.hang) first--
  if (first === lines.length) return undefined
  const window = [...lines.slice(first), next]
  const now = Math.max(...window.map((l, k) => looseness(m, o, first + k, l.start, l.end)))
  const shared = breakEvenly(m, o, { firstLine: first, from: window[0]!.start, to: next.end, count: window.length, lastIsFinal: false, limit: accept })
  if (!shared || shared.worst >= now - EPS) return undefined
  return { first, window: shared.lines }
}

export function breakLines(input: Segmented, options: BreakOptions): BrokenParagraph {
  // The breaker's own copy: Latin runs it breaks are cut in place.
  const seg: Segmented = { ...input, atoms: input.atoms.slice(), gaps: input.gaps.slice() }
  const m = lineMeasure(seg, options.cells)
  const cells = options.cells
  const atoms = seg.atoms
  const lines: LineRange[] = []
  const runBreak = (start: number, q: number, avail: number, trimStart: boolean, anywhere: boolean, maxStretch = options.maxStretch, intoFirstPiece = false) =>
    findRunBreak(m, start, q, { avail, trimStart, anywhere, maxStretch, shape: options.shape, intoFirstPiece })
  /** The first Latin atom after `end` that the next line would have to start with (spaces and glued marks before it), if any. */
  const nextLatin = (end: number): number | undefined => {
    for (let q = end + 1; q < atoms.length && q <= end + 3; q++) {
      if (atoms[q]!.kind === 'latin') return q
      if (!isSpace(atoms[q]) && seg.gaps[q]!.breakable) return undefined
    }
    return undefined
  }

  let i = 0
  while (i < atoms.length && isSpace(atoms[i])) i++
  while (i < atoms.length) {
    const n = atoms.length
    const continuation = lines.length > 0
    const avail = continuation ? options.measure : options.firstMeasure
    const trimStart = continuation && options.trimLineStartOpening
    const startTrim = m.startTrim(i, trimStart)
    let lastFit = -1
    let run = 0
    let j = i
    for (; j < n; j++) {
      if (j > i) run += seg.gaps[j - 1]!.base
      run += setWidth(atoms[j]!)
      if (isSpace(atoms[j])) continue
      if (run - lineEndTrim(atoms[j]!, cells) - startTrim > avail + EPS) break
      lastFit = j
    }
    let end: number
    let hang = false
    if (j >= n) end = n - 1
    else if (lastFit < i) {
      // A single atom wider than the line: a Latin run breaks; anything else overflows alone (reported).
      const cut = runBreak(i, i, avail, trimStart, true)
      if (cut) {
        splitRun(seg, i, cut.at, options.shape)
        continue
      }
      end = i
    } else if (m.canBreakAfter(lastFit)) end = lastFit
    else {
      let pushIn = lastFit + 1
      while (pushIn < n - 1 && !m.canBreakAfter(pushIn)) pushIn++
      let pushOut = lastFit - 1
      while (pushOut >= i && !m.canBreakAfter(pushOut)) pushOut--
      const pushInEnd = m.trimEnd(i, pushIn)
      const fits = m.minLineWidth(i, pushInEnd, trimStart) <= avail + EPS
      // Pushing out to a single atom leaves a line nothing can fill: a hanging mark is better.
      const kind = atoms[pushInEnd]!.kind
      const hangs = !fits && pushInEnd > i && (kind === 'pause' || kind === 'stop') && m.minLineWidth(i, pushInEnd - 1, trimStart) <= avail + EPS
      const pushOutOk = pushOut > i || (pushOut === i && !hangs)
      const squeeze = m.lineWidth(i, pushInEnd, trimStart) - avail <= options.maxPushIn + EPS
      if (fits && (squeeze || (pushOutOk && m.stretchOf(i, m.trimEnd(i, pushOut), avail, trimStart) > options.maxStretch))) end = pushIn
      // On a grid a pushed-out line would leave its last cell empty: the mark hangs instead, the line
      // keeps its cells (Word's 允许标点溢出边界 does the same for 公文).
      else if (hangs && (cells || !pushOutOk)) [end, hang] = [pushIn, true]
      else if (pushOutOk) end = pushOut
      else if (fits) end = pushIn
      else {
        // No legal break short of the measure: break the last Latin run of the piece that does not fit
        // (「（https://…」, or a run that fills the line but holds to the 「）」 after it), or, with none, break anyway.
        let q = pushIn
        while (q > i && atoms[q]!.kind !== 'latin') q--
        const cut = runBreak(i, q, avail, trimStart, true)
        if (cut) {
          splitRun(seg, q, cut.at, options.shape)
          continue
        }
        end = lastFit
      }
    }
    end = m.trimEnd(i, end)
    let line: LineRange = { start: i, end, ...(hang ? { hang: true as const } : {}) }
    // A grid's lines are never stretched (each character keeps its cell), so none is too loose.
    // A URL's part alone on a line and two thirds of it is not loose: it cannot stretch and need not.
    const loose = (l: LineRange) => !cells && !l.hang && l.end < n - 1 && looseness(m, options, lines.length, l.start, l.end) > options.maxStretch
    if (loose(line)) line = tightened(line, avail, trimStart, loose)
    else if (cells && !line.hang && line.end < n - 1) line = filledOnGrid(line, avail, trimStart)
    lines.push(line)
    i = m.lineStart(line.end)
  }
  return { seg, lines: cells ? avoidLoneLastLine(lines) : evenedEnd(lines, avoidLoneLastLine(lines)) }

  /**
   * A last line that took characters from the line above (or could not be made to stand) may leave
   * that line gaping: the paragraph's last lines broken again together spread the slack over them or
   * end one at a mark, so no line opens gaps as wide (clreq §3.8: slack goes only between characters).
   */
  function evenedEnd(before: LineRange[], after: LineRange[]): LineRange[] {
    const stands = (ls: readonly LineRange[]) => !isShortLastLine(atoms, ls[ls.length - 1]!.start, ls[ls.length - 1]!.end, options.lastLineMin)
    // Pulled up into the line above: its marks squeezed, it opens no gap.
    if (after.length < before.length || (after === before && stands(before))) return after
    let first = before.length - 1
    while (first > 0 && before.length - first < END_WINDOW && !before[first - 1]!.hang) first--
    if (first === before.length - 1) return after
    const now = stands(after) ? Math.max(0, ...after.slice(first, -1).map((l, k) => looseness(m, options, first + k, l.start, l.end))) : Infinity
    if (now <= EPS) return after
    const even = breakEvenly(m, options, { firstLine: first, from: before[first]!.start, to: before[before.length - 1]!.end, count: before.length - first, lastIsFinal: true, limit: now })
    return even && even.worst < now - EPS ? [...before.slice(0, first), ...even.lines] : after
  }

  /** A grid's line left cells short before a Latin run (a URL) takes the run's head: it is never stretched to fill. */
  function filledOnGrid(line: LineRange, avail: number, trimStart: boolean): LineRange {
    const q = nextLatin(line.end)
    if (q === undefined || avail - m.lineWidth(line.start, line.end, trimStart) < atoms[q]!.style.size) return line
    const cut = runBreak(line.start, q, avail, trimStart, atoms[q]!.width > options.measure)
    if (!cut) return line
    splitRun(seg, q, cut.at, options.shape)
    return { ...line, end: q }
  }

  /** A line that would open gaps past the cap, made tighter by the first remedy that works (best first). */
  function tightened(line: LineRange, avail: number, trimStart: boolean, loose: (l: LineRange) => boolean): LineRange {
    const n = atoms.length
    // Push the next piece in after all, squeezing the line's marks as far as they go: squeezed marks look better than holes.
    let more = m.lineStart(line.end)
    while (more < n - 1 && !m.canBreakAfter(more)) more++
    if (more < n && m.minLineWidth(line.start, more, trimStart) <= avail + EPS) return { ...line, end: more }
    const q = nextLatin(line.end)
    // Only a run wider than a whole line may break at any character: one that fits goes down whole rather
    // than be cut inside a name (「servic」「e@…」) to fill this line (word-breaks.ts, class 3).
    const long = q !== undefined && atoms[q]!.width > options.measure
    const cutRun = (l: LineRange, anywhere: boolean, goodOnly: boolean, maxStretch = options.maxStretch, intoFirstPiece = false): LineRange | undefined => {
      const cut = q === undefined ? undefined : runBreak(l.start, q, avail, trimStart, anywhere, maxStretch, intoFirstPiece)
      if (!cut || (goodOnly && !cut.good)) return undefined
      splitRun(seg, q!, cut.at, options.shape)
      return { ...l, end: q! }
    }
    const share = (l: LineRange, accept: number): LineRange => {
      const shared = shareSlack(m, options, lines, l, accept)
      if (!shared) return l
      lines.splice(shared.first, lines.length - shared.first, ...shared.window.slice(0, -1))
      return shared.window[shared.window.length - 1]!
    }
    // A good break in the run; the lines above sharing the slack within the cap; a break where the run
    // breaks well within twice the cap (a URL cut after its . or / reads better than one cut inside a
    // name, 「hechuan.go / v.cn」); a good break anywhere in a long run past its first piece; sharing within
    // twice the cap; and last any break in the run that fits (into its first piece only if the line gapes).
    const cut = cutRun(line, false, true)
    if (cut) return cut
    line = share(line, options.maxStretch)
    if (!loose(line)) return line
    const looser = cutRun(line, false, true, 2 * options.maxStretch)
    if (looser) return looser
    const anywhere = long ? cutRun(line, true, true) : undefined
    if (anywhere) return anywhere
    line = share(line, 2 * options.maxStretch)
    if (!loose(line)) return line
    // A line that would still gape past twice the cap may cut a long run's first piece (「比如internationaliz」).
    const gaping = looseness(m, options, lines.length, line.start, line.end) > 2 * options.maxStretch
    return cutRun(line, long, false, options.maxStretch, long && gaping) ?? line
  }

  /** Pull a too-short last line up by compressing the line above, or push characters down to join it. */
  function avoidLoneLastLine(lines: LineRange[]): LineRange[] {
    const last = lines[lines.length - 1]
    const prev = lines[lines.length - 2]
    if (!last || !prev || !isShortLastLine(atoms, last.start, last.end, options.lastLineMin)) return lines
    const prevContinuation = lines.length > 2
    const avail = prevContinuation ? options.measure : options.firstMeasure
    const head = lines.slice(0, -2)
    const trimStart = prevContinuation && options.trimLineStartOpening
    const merged = [...head, { start: prev.start, end: last.end }]
    const fits = m.minLineWidth(prev.start, last.end, trimStart) <= avail + EPS
    if (fits && m.lineWidth(prev.start, last.end, trimStart) - avail <= options.maxPushIn + EPS) return merged
    // The line above keeps two atoms at least — or one Latin run, which may stand alone on a line.
    for (let k = prev.end - 1; k > prev.start || (k === prev.start && atoms[k]!.kind === 'latin'); k--) {
      if (!m.canBreakAfter(k) || atoms[k]!.kind === 'space') continue
      const next = m.lineStart(k)
      if (isShortLastLine(atoms, next, last.end, options.lastLineMin)) continue
      // Squeezed marks look better than holes: pull the stub up rather than push down so far that the line above gapes.
      if (fits && m.stretchOf(prev.start, k, avail, trimStart) > options.maxStretch) return merged
      return [...head, { start: prev.start, end: k }, { start: next, end: last.end }]
    }
    return fits ? merged : lines
  }
}
