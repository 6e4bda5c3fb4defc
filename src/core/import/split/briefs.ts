import { codePoints } from '../recognise/line-shapes'
import { isStackLine } from './story-start'

/**
 * A roundup of briefs (简讯): a column heading such as 「要闻简报」 or 「创城动态」 over short news items, one
 * paragraph each, often opened by a bullet (◆, ■ …). Each item is an article of its own on the page; the
 * heading is the column (栏目) they share.
 */

const ROUNDUP_HEADING =
  /^\p{Script=Han}{0,6}(简报|简讯|短讯|快讯|速递|速览|动态|集锦|一句话新闻|新闻扫描|资讯)$/u

export function isRoundupHeading(line: string): boolean {
  return codePoints(line) <= 12 && ROUNDUP_HEADING.test(line)
}

const BULLET = /^[◆◇●○■□▲△★☆♦•]/u

export function bulletOf(line: string): string | undefined {
  return BULLET.exec(line)?.[0]
}

/** A brief's text: a sentence or more, never a heading. */
export function isBriefText(line: string): boolean {
  return codePoints(line) >= 20 && /[。！？]/u.test(line)
}

/**
 * Where each brief starts in `lines` (trimmed text lines from `from` on): at each bullet when the
 * items carry one, else at each paragraph, a short headline line taking the paragraph under it along.
 */
export function briefStarts(lines: readonly string[], from: number): number[] {
  const bullet = lines.slice(from).map(bulletOf).find(Boolean)
  const starts: number[] = []
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!
    if (bullet) {
      if (line.startsWith(bullet)) starts.push(i)
      continue
    }
    const titled = isStackLine(line) && i + 1 < lines.length && isBriefText(lines[i + 1]!)
    if (titled) starts.push(i++)
    else if (isBriefText(line)) starts.push(i)
  }
  return starts
}
