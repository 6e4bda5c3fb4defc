import type { Article, Block } from './article'
import { blockLines, titleLines } from './text'
import { isAsciiPunct, isCjkPunct, isHan } from '../text/char-class'

/**
 * 字数 as Chinese editors count it (the way WPS/Word count Chinese text): every Han character and every
 * punctuation mark is one, a run of Latin letters or digits is one word.
 */
export interface CharCount {
  han: number
  punctuation: number
  latinWords: number
  total: number
}

export function countText(text: string): CharCount {
  let han = 0
  let punctuation = 0
  let latinWords = 0
  let inWord = false
  for (const ch of text) {
    const word = /[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/.test(ch) || (inWord && /['.\-_]/.test(ch))
    if (word) {
      if (!inWord) latinWords++
      inWord = true
      continue
    }
    inWord = false
    if (isHan(ch)) han++
    else if (isCjkPunct(ch) || isAsciiPunct(ch)) punctuation++
  }
  return { han, punctuation, latinWords, total: han + punctuation + latinWords }
}

export function addCounts(a: CharCount, b: CharCount): CharCount {
  return {
    han: a.han + b.han,
    punctuation: a.punctuation + b.punctuation,
    latinWords: a.latinWords + b.latinWords,
    total: a.total + b.total,
  }
}

export const ZERO_COUNT: CharCount = { han: 0, punctuation: 0, latinWords: 0, total: 0 }

/** Counts the title block and every block's text (captions included); lines are counted separately. */
export function countArticle(article: Article): CharCount {
  const lines = [...titleLines(article), ...article.blocks.flatMap(blockLines)]
  return lines.map(countText).reduce(addCounts, ZERO_COUNT)
}

export interface ArticleStats {
  paragraphs: number
  sectionHeadings: number
  headings: number
  images: number
  count: CharCount
}

export function articleStats(article: Article): ArticleStats {
  const of = (type: Block['type']) => article.blocks.filter((b) => b.type === type).length
  return {
    paragraphs: of('paragraph') + of('quote'),
    sectionHeadings: of('section-heading'),
    headings: of('heading'),
    images: of('image'),
    count: countArticle(article),
  }
}
