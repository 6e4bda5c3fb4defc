import { parsePublishedAt } from '../../model/dates'
import { cue, GOOD, STRONG, type Cue } from './evidence'
import { codePoints, isBracketed, isHeadlineLine, weekdayDate } from './line-shapes'
import { parseMetaLine, type MetaField } from './meta-line'

/**
 * What a line at the top of a draft is, from its own shape (docs/import.md, "Title block"): meta (a labelled
 * field line, a byline, the issue date of an e-paper), page text (an e-paper's page label, a site name), a
 * headline line, a short line ending in a colon (a label, or a 引题 that leads into the title), or body.
 */
export type HeadKind = 'meta' | 'page' | 'headline' | 'colon' | 'body'

export interface HeadLine {
  kind: HeadKind
  /** For meta: its fields, each with the cue that found it. */
  fields?: MetaField[]
  /** For meta and page text: why. */
  seen?: Cue
}

const ROLE =
  /(?:本报|本刊|本台|本网)?(?:特约|见习|实习)?(?:记者|通讯员)|实习生|文\s*[/／]\s*图|图\s*[/／]\s*文|摄影|摄/gu

/**
 * A byline on its own line: reporters' roles and names only — 「本报记者 王某 通讯员 李某」, 「■文/图 本报记者 朱 红」,
 * 「本报记者李一珂」. Returns the names (a name the paper pads to two characters, 「朱 红」, is one name).
 */
const BULLET = /^[■●◆▲□\s]+/u
const BYLINE_START = /^(?:本报|本刊|本台|本网|特约|见习|实习|记者|通讯员|文\s*[/／]\s*图|图\s*[/／]\s*文)/u
const NAME = /^\p{Script=Han}{1,4}$/u

export function parseByline(line: string): string | undefined {
  const t = line.replace(BULLET, '')
  if (codePoints(t) > 40 || !BYLINE_START.test(t)) return undefined
  const parts = t.split(ROLE)
  const names: string[] = []
  for (const part of parts) {
    const tokens = part.split(/[\s、，,]+/u).filter(Boolean)
    if (!tokens.every((n) => NAME.test(n))) return undefined
    // 「朱 红」: single characters in a row are one padded name.
    if (tokens.length > 1 && tokens.every((n) => codePoints(n) === 1)) names.push(tokens.join(''))
    else names.push(...tokens)
  }
  return names.length ? names.join(' ') : undefined
}

/** 发文字号 (GB/T 9704 §7.2.4): 「宁政办发〔2017〕8号」; a damaged copy may lose its closing bracket or 号. */
const DOC_NUMBER = /^\p{Script=Han}{2,12}\s*[〔［[【(（]\s*\d{4}\s*[〕］\]】)）]?\s*\d{1,4}\s*号?$/u

/** An e-paper's page label or issue line: 「第04版:」, 「00017版:美丽乡村」, 「A2:综合*新闻总第3307期」, 「上一版 下一版」. */
const PAGE_LABEL =
  /第\s*[A-Z]?\d{1,3}\s*版|^[A-Z]?\d{1,5}\s*版\s*[:：]|总第\s*\d+\s*期|^\d+\s*期|上一版|下一版/u

/** A site's or paper's name, its app or account: 「浙江日报 数字报纸」, 「…道路运输网官方微信」. */
const SITE_NAME = /(数字报纸?|电子报|官方微信|官方微博|客户端|门户网站)$/u

/** A page's today widget, its date filled in by script (and often missing from a copy): 「今天是」, 「今天是：2025年…」. */
const DATE_WIDGET = /^(?:今天是|今日是|今天|今日)\s*[:：]?\s*(?:\d{4}\s*年[\d\s月日]*(?:星期.)?)?$/u

/** A lone weekday date that is not the article's: the site's today, or the e-paper's issue date. */
const DATE_BAR = { kind: 'chrome', reason: '网页的日期栏（网站当天的日期或报纸的出版日期），不是文章的发布时间' } as const

function isMostlyLatin(line: string): boolean {
  return (line.match(/[A-Za-z]/g)?.length ?? 0) > codePoints(line) / 2
}

export function classifyHeadLine(text: string): HeadLine {
  const parsed = parseMetaLine(text, true)
  if (parsed) return { kind: 'meta', fields: parsed.fields }
  const names = parseByline(text)
  if (names)
    return {
      kind: 'meta',
      fields: [{ key: 'author', label: '', value: names, text }],
      seen: cue('署名行（记者、通讯员）', STRONG),
    }
  if (weekdayDate(text))
    return {
      kind: 'meta',
      fields: [{ key: 'publishedAt', label: '', value: text, text, otherwise: DATE_BAR }],
      seen: cue('标题区单独一行的日期', GOOD),
    }
  if (DOC_NUMBER.test(text))
    return {
      kind: 'meta',
      fields: [{ key: 'docNumber', label: '', value: text, text }],
      seen: cue('发文字号的样子：机关代字〔年份〕序号', STRONG),
    }
  if (PAGE_LABEL.test(text)) return { kind: 'page', seen: cue('报纸版面标签', STRONG) }
  // A banner read in the wrong encoding: replacement characters and no sentence in it.
  if (text.includes('\ufffd') && !/[，。]/u.test(text))
    return { kind: 'page', seen: cue('乱码（编码不对的页面文字）', GOOD) }
  if (SITE_NAME.test(text) || isMostlyLatin(text))
    return { kind: 'page', seen: cue('网站或报纸的名称', GOOD) }
  if (DATE_WIDGET.test(text)) return { kind: 'page', seen: cue('网页上的今日日期栏', STRONG) }
  // A line wrapped whole in brackets under a title is a photo's caption or a note, never a headline.
  if (isBracketed(text)) return { kind: 'body' }
  if (/^[^，。；！？,;!?]{1,18}[:：]$/u.test(text)) return { kind: 'colon' }
  return { kind: isHeadlineLine(text) ? 'headline' : 'body' }
}

/** Whether a field whose label stood alone takes the next line as its value. */
export function continues(field: MetaField, next: string): boolean {
  if (field.key === 'views' || field.key === 'toolbar' || field.key === 'keywords') return false
  if (field.key === 'publishedAt' || field.key === 'issuedAt') return parsePublishedAt(next) !== undefined
  if (field.key === 'info') return next.length <= 120 && !/[。；]/u.test(next)
  return next.length <= 20 && !/[，。；]/u.test(next)
}

/** What is left of a 字号 toolbar split one token per line: 「[」 「大」 「中」 「小」 「]」. */
export function isToolbarFragment(line: string): boolean {
  return /^[[\]【】()（）大中小默认\s]+$/u.test(line)
}
