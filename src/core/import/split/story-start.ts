import { matchDateline } from '../recognise/dateline'
import { codePoints, isBracketed, isHeadlineLine } from '../recognise/line-shapes'
import { parseMetaLine } from '../recognise/meta-line'

/**
 * Where a newspaper story starts on a page: its headline stack (引题, 主题, 副题: one to three short
 * lines) right above a byline (「本报记者 王某 通讯员 李某」, 「■文/图 本报记者 朱红」) or a lead that
 * opens with a 电头 (「本报讯（记者 王某）…」). A section heading inside a story has neither under it,
 * which is what tells the two apart.
 */

const BYLINE =
  /^[■□▲△●○◆◇★☆]?\s*(?:(?:文\s*[/／]\s*图|文图|文|图)\s*[:：/／]?\s*)?(?:本报|本刊|本台|本网)?\s*(?:特约|见习|实习|首席)?(?:记者|通讯员|实习生)/u

/** A line that credits the story's reporters and says nothing else. */
export function isBylineLine(line: string): boolean {
  return BYLINE.test(line) && codePoints(line) <= 40 && !/[。！？；]/u.test(line)
}

/** A line that opens a story's text: its byline, or a lead starting with a 电头. */
export function opensStory(line: string): boolean {
  return isBylineLine(line) || matchDateline(line) !== undefined
}

const MAX_STACK = 3

/**
 * A line of a headline stack: not a meta line (「发布时间：…」), nor a bracketed 「（完）」 or
 * 「（编辑 王某）」 that closes the story above.
 */
export const isStackLine = (line: string) =>
  isHeadlineLine(line) && !isBracketed(line) && !opensStory(line) && !parseMetaLine(line, true)

/**
 * Indexes (into `lines`) of the first line of each story's headline stack: the headline lines right above
 * a line that opens a story. `lines` are trimmed text lines in reading order.
 */
export function storyStarts(lines: readonly string[]): number[] {
  const starts: number[] = []
  for (let i = 1; i < lines.length; i++) {
    if (!opensStory(lines[i]!)) continue
    let top = i
    while (top > 0 && i - top < MAX_STACK && isStackLine(lines[top - 1]!)) top--
    if (top === i) continue
    // Two bylines under one headline (a story credited twice) start it once.
    if (starts.length && starts.at(-1)! >= top) continue
    starts.push(top)
  }
  // A stack with no text of its own before the next one is no story: a byline printed over the headline
  // as well as under it, or an issue date above a byline, is the top of the story that follows.
  return starts.filter((s, k) => lines.slice(s, starts[k + 1] ?? lines.length).some(isStoryText))
}

/** A line of a story's own text: not its headline stack, byline or a meta line (a 电头 lead is text). */
const isStoryText = (line: string) => !isStackLine(line) && !isBylineLine(line) && !parseMetaLine(line, true)
