import type { Atom, Gap, Segmented } from './segment'
import { lineEndTrim, lineStartTrim, remainingBlank, setWidth } from './compress-punctuation'
import { evenStretch, gapShrink } from './justify'
import { canEndLine, canStartLine } from './char-classes'
import type { WordBreakClass } from './word-breaks'
import { wordBreaks } from './word-breaks'

/**
 * Line breaking by clreq §3.1.7 and §3.8: fill the line (line-end marks at ½ em), and when the break
 * falls before a mark that may not start a line or after one that may not end it, first try to push
 * the next characters in by compressing marks, then push characters out to the next line. Pushing in
 * is limited to what compressing marks by ½ em in all can absorb: beyond that a line of squeezed
 * commas looks worse than a line stretched by a hair — unless pushing out would stretch the line past
 * the cap (`maxStretch`), and then the tighter line wins. A paragraph's last line never holds a lone
 * character (clreq §3.1.8, ctex CheckSingle): push a character down to join it, or pull it up.
 * Where neither pushing in nor pushing out gives a line that can be set, a pause or stop mark at the end
 * hangs in the margin (clreq §3.1.7, 行末点号悬挂) rather than start the next line.
 *
 * A Latin run (word, number, URL) is broken only when a line cannot do without it: when it is wider
 * than the line, or when leaving it whole for the next line would stretch this one past the cap. It
 * breaks where `wordBreaks` says, UAX #14 opportunities first; Chinese is never hyphenated.
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
  /** Break as if every mark kept its whole cell (a 公文 grid): adjacent-mark compression is left out. */
  cells: boolean
  /** The widest even gap justification should open between characters, pt. */
  maxStretch: number
}

export interface BrokenParagraph {
  /** The atoms as broken: a Latin run the lines had to break is two atoms. */
  seg: Segmented
  lines: LineRange[]
}

const EPS = 1e-6
/** A part of a broken Latin run keeps at least this many characters on either side of the break. */
const MIN_PART = 2

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

/** A Latin atom cut at `at` (a cluster boundary): the two parts keep their glyphs as shaped. */
function splitAtom(a: Atom, at: number): [Atom, Atom] {
  const part = (text: string, glyphs: Atom['glyphs']): Atom => {
    let w = 0
    for (const g of glyphs) w += g.advance
    return { ...a, text, glyphs, width: w * a.style.size, inkOffset: 0, noStart: !canStartLine(text[0]!), noEnd: !canEndLine(text[text.length - 1]!) }
  }
  const head = a.glyphs.filter((g) => g.end <= at)
  const tail = a.glyphs.filter((g) => g.start >= at).map((g) => ({ ...g, start: g.start - at, end: g.end - at }))
  return [part(a.text.slice(0, at), head), part(a.text.slice(at), tail)]
}

const FREE_BREAK: Gap = { base: 0, stretch: 'none', breakable: true }
/** How many lines (the loose one and those above it) may be broken again to share its slack. */
const WINDOW = 4

interface Choice {
  /** The loosest line's even gap, and the sum of squares as a tie-break. */
  worst: number
  sum: number
  ends: number[]
}

export function breakLines(input: Segmented, options: BreakOptions): BrokenParagraph {
  let seg = input
  const whole = options.cells
  const lines: LineRange[] = []
  const count = () => seg.atoms.length
  const atom = (k: number) => seg.atoms[k]
  const canBreakAfter = (k: number) => k === count() - 1 || seg.gaps[k]!.breakable

  /** Width of atoms start..end without either edge's trim. */
  const span = (start: number, end: number, cells = whole): number => {
    let w = 0
    for (let k = start; k <= end; k++) {
      w += setWidth(seg.atoms[k]!, cells)
      if (k < end) w += seg.gaps[k]!.base
    }
    return w
  }
  /** Natural width set as one line: the line-end mark at ½ em and, when `trimStart`, an opening mark at the start at ½ em. */
  const lineWidth = (start: number, end: number, trimStart: boolean) =>
    span(start, end) - lineEndTrim(seg.atoms[end]!, whole) - lineStartTrim(seg.atoms[start]!, trimStart, whole)
  /** The narrowest a line can be set: the marks inside it compressed, Han–Latin spaces at ⅛ em. */
  const minLineWidth = (start: number, end: number, trimStart: boolean) => {
    let shrink = 0
    for (let k = start; k < end; k++) {
      if (k > start) shrink += remainingBlank(seg.atoms[k]!, whole)
      shrink += gapShrink(seg, k)
    }
    return lineWidth(start, end, trimStart) - shrink
  }
  /** The even gap setting start..end to `avail` would open, with marks compressed as they will be set. */
  const stretchOf = (start: number, end: number, avail: number, trimStart: boolean) =>
    evenStretch(seg, start, end, avail - (span(start, end, false) - lineEndTrim(seg.atoms[end]!) - lineStartTrim(seg.atoms[start]!, trimStart)))
  /** Whether atoms start..end can be set with the mark at `end` hanging: the rest fits the measure. */
  const canHang = (start: number, end: number, avail: number, trimStart: boolean) => {
    const kind = seg.atoms[end]!.kind
    return end > start && (kind === 'pause' || kind === 'stop') && minLineWidth(start, end - 1, trimStart) <= avail + EPS
  }
  const trimEnd = (start: number, end: number) => {
    while (end > start && isSpace(atom(end))) end--
    return end
  }

  /**
   * Where to cut the Latin atom at `q` so that a line from `start` ends with its first part: the latest
   * place of the best class whose line stays within the cap (or, on a line that is only this run and
   * cannot stretch, fills two thirds of it) — `good` — else the latest place that fits at all. Places of
   * class 3 (any character) only when `anywhere`.
   */
  const wordSplit = (start: number, q: number, avail: number, trimStart: boolean, anywhere: boolean): { at: number; good: boolean } | undefined => {
    const a = seg.atoms[q]!
    if (a.kind !== 'latin' || a.text.length < 2 * MIN_PART) return undefined
    const before = q > start ? span(start, q - 1) + seg.gaps[q - 1]!.base - lineStartTrim(seg.atoms[start]!, trimStart, whole) : 0
    const headWidth = new Map<number, number>()
    let w = 0
    for (const g of a.glyphs) {
      if (!headWidth.has(g.start)) headWidth.set(g.start, w)
      w += g.advance * a.style.size
    }
    const fitting: { at: number; cls: WordBreakClass; slack: number }[] = []
    for (const [at, cls] of wordBreaks(a.text)) {
      const head = headWidth.get(at)
      const part = cls === 3 ? MIN_PART + 1 : MIN_PART
      if (head === undefined || at < part || a.text.length - at < part || (cls === 3 && !anywhere)) continue
      if (!canEndLine(a.text[at - 1]!) || !canStartLine(a.text[at]!)) continue
      const slack = avail - before - head
      if (slack >= -EPS) fitting.push({ at, cls, slack })
    }
    if (!fitting.length) return undefined
    const byPlace = (x: { at: number }, y: { at: number }) => y.at - x.at
    const good = (f: { slack: number }) => {
      const stretch = evenStretch(seg, start, q, f.slack)
      return stretch <= options.maxStretch + EPS || (stretch === Infinity && f.slack <= avail / 3)
    }
    const best = fitting.filter(good).sort((x, y) => x.cls - y.cls || byPlace(x, y))[0]
    return best ? { at: best.at, good: true } : { at: fitting.sort(byPlace)[0]!.at, good: false }
  }
  const split = (k: number, at: number) => {
    if (seg === input) seg = { ...input, atoms: input.atoms.slice(), gaps: input.gaps.slice() }
    seg.atoms.splice(k, 1, ...splitAtom(seg.atoms[k]!, at))
    seg.gaps.splice(k, 0, FREE_BREAK)
  }
  /** The first Latin atom after `end` that the next line would have to start with (spaces and glued marks before it), if any. */
  const nextLatin = (end: number): number | undefined => {
    for (let q = end + 1; q < count() && q <= end + 3; q++) {
      if (atom(q)!.kind === 'latin') return q
      if (!isSpace(atom(q)) && seg.gaps[q]!.breakable) return undefined
    }
    return undefined
  }

  const latinOnly = (start: number, end: number) => {
    for (let k = start; k <= end; k++) if (seg.atoms[k]!.kind !== 'latin' && !isSpace(seg.atoms[k])) return false
    return true
  }
  /** Whether start..end can be one line: it fits, or fits with its marks compressed by at most the push-in. */
  const fitsLine = (start: number, end: number, avail: number, trimStart: boolean) => {
    const width = lineWidth(start, end, trimStart)
    return width <= avail + EPS || (width - avail <= options.maxPushIn + EPS && minLineWidth(start, end, trimStart) <= avail + EPS)
  }
  const lineStart = (afterEnd: number) => {
    let k = afterEnd + 1
    while (isSpace(atom(k))) k++
    return k
  }

  /**
   * Break elsewhere: the loose line `next` (to follow `lines`) and up to three lines above it broken
   * again so that they share its slack — the legal breaks that make the loosest of them least loose, in
   * as many lines, if the loosest is then within `accept`. Returns the index of the first line broken
   * again and the lines from there, `next`'s replacement last; undefined when no other breaks do better.
   */
  const rebreak = (lines: readonly LineRange[], next: LineRange, accept: number): { first: number; window: LineRange[] } | undefined => {
    const all = [...lines.slice(-(WINDOW - 1)), next]
    const offset = lines.length + 1 - all.length
    const last = all.length - 1
    let first = last
    while (first > 0 && !all[first - 1]!.hang) first--
    if (first === last) return undefined
    const from = all[first]!.start
    const to = next.end
    /** A line's even gap; undefined when it does not fit or would open gaps past the limit. A part of a URL alone on its line, which cannot stretch, costs nothing. */
    const looseness = (line: number, start: number, end: number) => {
      const avail = offset + line === 0 ? options.firstMeasure : options.measure
      const trimStart = offset + line > 0 && options.trimLineStartOpening
      if (!fitsLine(start, end, avail, trimStart)) return undefined
      const stretch = Math.max(0, stretchOf(start, end, avail, trimStart))
      if (stretch === Infinity) return latinOnly(start, end) ? 0 : undefined
      return stretch > options.maxStretch * 2 ? undefined : stretch
    }
    const ends: number[] = []
    for (let t = from; t < to; t++) if (!isSpace(atom(t)) && canBreakAfter(t)) ends.push(t)
    ends.push(to)
    let layer = new Map<number, Choice>()
    for (const e of ends) {
      const c = looseness(first, from, e)
      if (c !== undefined) layer.set(e, { worst: c, sum: c * c, ends: [e] })
    }
    for (let line = first + 1; line <= last; line++) {
      const following = new Map<number, Choice>()
      for (const e of line === last ? [to] : ends) {
        for (const [prevEnd, choice] of layer) {
          if (prevEnd >= e) continue
          const c = looseness(line, lineStart(prevEnd), e)
          if (c === undefined) continue
          const worst = Math.max(choice.worst, c)
          const sum = choice.sum + c * c
          const held = following.get(e)
          if (!held || worst < held.worst - EPS || (Math.abs(worst - held.worst) <= EPS && sum < held.sum)) following.set(e, { worst, sum, ends: [...choice.ends, e] })
        }
      }
      layer = following
    }
    const best = layer.get(to)
    const before = Math.max(...all.slice(first).map((l, k) => looseness(first + k, l.start, l.end) ?? Infinity))
    if (!best || best.worst >= before - EPS || best.worst > accept + EPS) return undefined
    let start = from
    const window = best.ends.map((end) => {
      const line = { start, end }
      start = lineStart(end)
      return line
    })
    return { first: offset + first, window }
  }

  let i = 0
  while (i < count() && isSpace(atom(i))) i++
  while (i < count()) {
    const n = count()
    const continuation = lines.length > 0
    const avail = continuation ? options.measure : options.firstMeasure
    const trimStart = continuation && options.trimLineStartOpening
    const startTrim = lineStartTrim(atom(i)!, trimStart, whole)
    let lastFit = -1
    let run = 0
    let j = i
    for (; j < n; j++) {
      if (j > i) run += seg.gaps[j - 1]!.base
      run += setWidth(atom(j)!, whole)
      if (isSpace(atom(j))) continue
      if (run - lineEndTrim(atom(j)!, whole) - startTrim > avail + EPS) break
      lastFit = j
    }
    let end: number
    let hang = false
    if (j >= n) end = n - 1
    else if (lastFit < i) {
      // A single atom wider than the line: a Latin run breaks; anything else overflows alone (reported).
      const cut = wordSplit(i, i, avail, trimStart, true)
      if (cut) {
        split(i, cut.at)
        continue
      }
      end = i
    } else if (canBreakAfter(lastFit)) end = lastFit
    else {
      let pushIn = lastFit + 1
      while (pushIn < n - 1 && !canBreakAfter(pushIn)) pushIn++
      let pushOut = lastFit - 1
      while (pushOut >= i && !canBreakAfter(pushOut)) pushOut--
      const pushInEnd = trimEnd(i, pushIn)
      const fits = minLineWidth(i, pushInEnd, trimStart) <= avail + EPS
      // Pushing out to a single atom leaves a line nothing can fill: a hanging mark is better.
      const hangs = !fits && canHang(i, pushInEnd, avail, trimStart)
      const pushOutOk = pushOut > i || (pushOut === i && !hangs)
      const pushInOk = fits && (lineWidth(i, pushInEnd, trimStart) - avail <= options.maxPushIn + EPS || (pushOutOk && stretchOf(i, trimEnd(i, pushOut), avail, trimStart) > options.maxStretch))
      if (pushInOk) end = pushIn
      else if (pushOutOk) end = pushOut
      else if (hangs) [end, hang] = [pushIn, true]
      else if (fits) end = pushIn
      else {
        // No legal break short of the measure: break a Latin run in the chunk that does not fit (「（https://…」),
        // or, with none, break anyway.
        let q = lastFit + 1
        while (q < pushIn && seg.atoms[q]!.kind !== 'latin') q++
        const cut = wordSplit(i, q, avail, trimStart, true)
        if (cut) {
          split(q, cut.at)
          continue
        }
        end = lastFit
      }
    }
    end = trimEnd(i, end)
    // Too loose: take the next piece in if compressing the line's marks makes room for it (push in;
    // squeezed marks look better than holes) …
    if (end < n - 1 && !hang && stretchOf(i, end, avail, trimStart) > options.maxStretch) {
      let more = lineStart(end)
      while (more < n - 1 && !canBreakAfter(more)) more++
      if (more < n && minLineWidth(i, more, trimStart) <= avail + EPS) end = more
    }
    // … or, before a Latin run that did not fit, break the run where it breaks well, its first part
    // filling the line; or share the slack with the lines above (break elsewhere); or, last, break a
    // long run at any character (`longRun`).
    const q = end < n - 1 && !hang ? nextLatin(end) : undefined
    const loose = (line: LineRange) => stretchOf(line.start, line.end, avail, trimStart) > options.maxStretch
    const cutRun = (line: LineRange, anywhere: boolean, goodOnly: boolean): LineRange => {
      const cut = q === undefined ? undefined : wordSplit(line.start, q, avail, trimStart, anywhere)
      if (!cut || (goodOnly && !cut.good)) return line
      split(q!, cut.at)
      return { ...line, end: q! }
    }
    let line: LineRange = { start: i, end, ...(hang ? { hang: true as const } : {}) }
    const share = (limit: number) => {
      const shared = loose(line) ? rebreak(lines, line, limit) : undefined
      if (!shared) return
      lines.splice(shared.first, lines.length - shared.first, ...shared.window.slice(0, -1))
      line = shared.window[shared.window.length - 1]!
    }
    if (end < n - 1 && !hang && loose(line)) {
      const long = q !== undefined && seg.atoms[q]!.width > options.measure / 3
      // Best first: a good break in the run, the lines above sharing the slack within the cap, a good
      // break anywhere in a long run, sharing it within twice the cap, and last any break that fits.
      line = cutRun(line, false, true)
      if (line.end === end) share(options.maxStretch)
      if (line.end === end && loose(line) && long) line = cutRun(line, true, true)
      if (line.end === end) share(2 * options.maxStretch)
      if (line.end === end && loose(line)) line = cutRun(line, long, false)
    }
    lines.push(line)
    end = line.end
    i = end + 1
    while (i < count() && isSpace(atom(i))) i++
  }
  return { seg, lines: avoidLoneLastLine(lines) }

  /** Pull a too-short last line up by compressing the line above, or push characters down to join it. */
  function avoidLoneLastLine(lines: LineRange[]): LineRange[] {
    const last = lines[lines.length - 1]
    const prev = lines[lines.length - 2]
    if (!last || !prev || !isShortLastLine(seg.atoms, last.start, last.end, options.lastLineMin)) return lines
    const prevContinuation = lines.length > 2
    const avail = prevContinuation ? options.measure : options.firstMeasure
    const head = lines.slice(0, -2)
    const trimStart = prevContinuation && options.trimLineStartOpening
    const merged = [...head, { start: prev.start, end: last.end }]
    const fits = minLineWidth(prev.start, last.end, trimStart) <= avail + EPS
    if (fits && lineWidth(prev.start, last.end, trimStart) - avail <= options.maxPushIn + EPS) return merged
    // The line above keeps two atoms at least — or one Latin run, which may stand alone on a line.
    for (let k = prev.end - 1; k > prev.start || (k === prev.start && seg.atoms[k]!.kind === 'latin'); k--) {
      if (!canBreakAfter(k) || seg.atoms[k]!.kind === 'space') continue
      const next = lineStart(k)
      if (isShortLastLine(seg.atoms, next, last.end, options.lastLineMin)) continue
      // Squeezed marks look better than holes: pull the stub up rather than push down so much that the line above gapes.
      if (fits && stretchOf(prev.start, k, avail, trimStart) > options.maxStretch) return merged
      return [...head, { start: prev.start, end: k }, { start: next, end: last.end }]
    }
    return fits ? merged : lines
  }
}
