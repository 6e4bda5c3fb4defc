import type { HeadingLevel } from '../../model/article'

/**
 * 公文 headings (GB/T 9704-2012 §7.3.3): 一、 then （一） then 1. then （1）. The number is stripped
 * because renderers number headings from their level and position. A heading may open its
 * paragraph (「（一）总体要求。坚持…」): the first short sentence is the heading, run in.
 */

const PATTERNS: readonly { level: HeadingLevel; re: RegExp }[] = [
  { level: 1, re: /^[一二三四五六七八九十百零〇]{1,4}\s*、\s*/u },
  { level: 2, re: /^[（(]\s*[一二三四五六七八九十百零〇]{1,4}\s*[）)]\s*/u },
  { level: 3, re: /^\d{1,2}\s*[.．、](?!\d)\s*/u },
  { level: 4, re: /^[（(]\s*\d{1,2}\s*[）)]\s*/u },
]

/** A heading alone on its line is at most this long; a run-in heading's sentence too. */
const MAX_HEADING = 30

export interface GongwenHeading {
  level: HeadingLevel
  /** Length of the number prefix (with its spaces) in the line. */
  prefix: number
  /** Length of the heading text after the prefix; the rest of the line, if any, is its paragraph. */
  length: number
  runIn: boolean
}

/** Every heading number starts with a Chinese numeral, a bracket or a digit; most lines are rejected here. */
const FIRST = /^[一二三四五六七八九十百零〇（(\d]/u

export function gongwenLevel(line: string): HeadingLevel | undefined {
  return FIRST.test(line) ? PATTERNS.find((p) => p.re.test(line))?.level : undefined
}

export function matchGongwenHeading(line: string): GongwenHeading | undefined {
  if (!FIRST.test(line)) return undefined
  const pattern = PATTERNS.find((p) => p.re.test(line))
  if (!pattern) return undefined
  const prefix = pattern.re.exec(line)![0].length
  const rest = line.slice(prefix)
  if (!/\p{Script=Han}/u.test(rest)) return undefined
  const stop = rest.search(/[。：:！？]/u)
  if (stop < 0) {
    const alone = [...rest].length <= MAX_HEADING && !/[，,；;、]$/u.test(rest)
    return alone ? { level: pattern.level, prefix, length: rest.length, runIn: false } : undefined
  }
  if (stop + 1 > MAX_HEADING) return undefined
  const after = rest.slice(stop + 1).trim()
  return { level: pattern.level, prefix, length: stop + 1, runIn: after.length > 0 }
}
