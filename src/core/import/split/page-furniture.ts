import { codePoints } from '../recognise/line-shapes'

/**
 * The furniture of an e-paper page that belongs to none of its articles: the page label
 * (「第3版（要闻）」, 「A2:综合」, 「00017版:美丽乡村」), the paper's name over the page (「××日报 数字报」) and
 * the page navigation (「上一版 下一版」, the list of the other pages). A page label is never a
 * headline (issue 12, defect 5): it says where the page sits in the issue, so it goes to the page's 版头.
 */

export interface PageLabel {
  /** The label as written. */
  text: string
  /** 版次 as printed: 3, or A2 for a paper with lettered sections. */
  number?: string
  /** 版名: 要闻, 综合 … */
  name?: string
}

const SENTENCE = /[。！？；，,;!?]/u
const MAX_LABEL = 60

/** 「第3版」, 「第04版」, 「00017版」, 「A2版」, 「当前版:07版」: the page-number token. */
const NUMBERED =
  /^(?:当前版\s*[:：]\s*|\d{1,5}\s*期\s*[/／|]\s*)?(?:第\s*)?0*([A-Z]?\d{1,3})\s*版(?![权面本式图画])/u
/** 「A2:综合」: a lettered section page without the word 版. */
const LETTERED = /^([A-Z]\d{1,2})\s*[:：]\s*(?=\p{Script=Han})/u
/** The 版名 after the number: 「:要闻」, 「（要闻）」, 「 要闻」. */
const NAME = /^\s*(?:[:：]\s*|[（(]\s*|\s+)(\p{Script=Han}{1,6})/u

/** The page label, when the line is one. */
export function pageLabel(line: string): PageLabel | undefined {
  if (line.length > MAX_LABEL || SENTENCE.test(line)) return undefined
  const m = NUMBERED.exec(line) ?? LETTERED.exec(line)
  if (!m) return undefined
  const rest = line.slice(m[0].length)
  const name =
    NAME.exec(rest)?.[1] ?? (LETTERED.test(line) ? /^\p{Script=Han}{1,6}/u.exec(rest)?.[0] : undefined)
  return { text: line, number: m[1]!, ...(name && !/^(上一版|下一版)/u.test(name) ? { name } : {}) }
}

const NAV_WORD =
  /^(\d{0,3}(上一版|下一版|上一篇|下一篇)\d{0,3}|版面导航|标题导航|往期回顾|本版目录|PDF版|PDF下载|返回目录|放大|缩小|默认|\d{1,3})$/u

/**
 * 「上一版 下一版」, 「版面导航」, 「3 上一篇 放大 缩小 默认」 (the story's number on the page, then its
 * buttons): moving between the pages and the page's stories.
 */
export function isPageNavigation(line: string): boolean {
  if (line.length > 40 || SENTENCE.test(line)) return false
  const words = line.split(/[\s|｜/【】[\]]+/u).filter(Boolean)
  // 「上一篇 下一篇」 alone is the recogniser's: the other article's title that follows goes with it.
  return (
    words.some((w) => /\D/u.test(w) && !/^(上一篇|下一篇)$/u.test(w)) && words.every((w) => NAV_WORD.test(w))
  )
}

/** A page's name in the page list, under its number: 「头版」, 「要闻」, 「专版」. */
export function isPageName(line: string): boolean {
  return codePoints(line) <= 6 && /^\p{Script=Han}+$/u.test(line)
}

const PAPER =
  /^(\p{Script=Han}{2,8}(?:日报|晚报|早报|时报|商报|都市报|周报|时讯))(?:\s*(?:数字报纸?|数字报刊|电子版|电子报|数字版))?$/u

/** 「浙江日报 数字报纸」, 「××晚报」: the paper's name (without 数字报) at the top of its e-paper page. */
export function paperName(line: string): string | undefined {
  return codePoints(line) <= 20 ? PAPER.exec(line)?.[1] : undefined
}
