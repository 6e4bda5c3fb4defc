import { gongwenLevel } from './gongwen-heading'
import { isWrittenDate } from '../../model/dates'
import { matchDateline } from './dateline'

/** Shapes of a single trimmed line that the recogniser's rules are written in. */

const SENTENCE_STOP = /[。；;：:！!？?]/u
const TRAILING_PAUSE = /[，,、…—]$/u
const HAN = /\p{Script=Han}/u

// Counted on the UTF-16 units: iterating the string would make a string of every character, and import asks
// this of every line of megabyte drafts, several times.
export function codePoints(line: string): number {
  let n = line.length
  for (let i = 0; i < line.length - 1; i++) {
    const c = line.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = line.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--
        i++
      }
    }
  }
  return n
}

/** 落款 date / 成文日期: 2024年3月15日 or 二〇二四年三月十五日, alone on its line. */
export const isDateLine = isWrittenDate

/**
 * A date alone with its weekday, 「2023年12月16日 星期六」 or 「2024年3月5日 周二」: an e-paper's issue date or a
 * portal's date widget over the article; the ISO date it gives.
 */
const WEEKDAY_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:星期[一二三四五六日天]?|周[一二三四五六日天])?$/u

export function weekdayDate(line: string): string | undefined {
  const m = WEEKDAY_DATE.exec(line)
  if (!m) return undefined
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  if (date.getUTCMonth() !== Number(m[2]) - 1) return undefined
  return date.toISOString().slice(0, 10)
}

const ATTACHMENT = /^附\s*件\s*\d*\s*([:：]|$)/u

export function isAttachmentLine(line: string): boolean {
  return ATTACHMENT.test(line)
}

/**
 * 主送机关: organisations, in a list, ending in a colon — 「各区人民政府，市政府各部门、各直属机构：」,
 * 「市财政局：」, in simplified or traditional characters. A lead ending in a colon
 * (「记者从市人民政府获悉：」) names no organisation last.
 */
const SENTENCE_END_MARK = /[。！？!?；;]/u
const ADDRESSEE_END =
  /(机关|機關|政府|部门|部門|机构|機構|单位|單位|党委|黨委|党组|黨組|委员会|委員會|协会|協會|学会|學會|联合会|聯合會|公司|企业|企業|学校|學校|[局厅廳委办辦室院处處科所站队隊]|同志们?|同志們)[：:]$/u

export function isAddresseeLine(line: string): boolean {
  return codePoints(line) <= 150 && !SENTENCE_END_MARK.test(line) && ADDRESSEE_END.test(line)
}

const NUMBERED_ITEM = /^\d{1,2}\s*[.．、]/u
const EDITORS_NOTE = /^[【[]?\s*编者按\s*[】\]]?\s*[:：]?/u

export function isNumberedItem(line: string): boolean {
  return NUMBERED_ITEM.test(line)
}

export function isEditorsNote(line: string): boolean {
  return EDITORS_NOTE.test(line)
}

/** A line wrapped whole in brackets: （完）, （此件公开发布）. Never a heading. */
// By code unit (asked of every body line): the brackets are （ ( 【 [ and ） ) 】 ].
export function isBracketed(line: string): boolean {
  if (line.length < 2) return false
  const open = line.charCodeAt(0)
  const close = line.charCodeAt(line.length - 1)
  return (
    (open === 0xff08 || open === 0x28 || open === 0x3010 || open === 0x5b) &&
    (close === 0xff09 || close === 0x29 || close === 0x3011 || close === 0x5d)
  )
}

/**
 * A short line without sentence punctuation: a section-heading line (「筑牢战斗堡垒」). Dialogue
 * (「“走，看看去！”」) ends in a stop inside its quote, so a closing quote after a stop disqualifies too.
 */
const QUOTED_STOP = /[。！？!?][”’」』]$/u

export function isShortHeadingLine(line: string, maxLength = 20): boolean {
  if (line.length > maxLength * 2) return false
  const n = codePoints(line)
  if (n < 2 || n > maxLength || !HAN.test(line)) return false
  if (SENTENCE_STOP.test(line) || TRAILING_PAUSE.test(line)) return false
  if (QUOTED_STOP.test(line)) return false
  return !(
    isBracketed(line) ||
    isDateLine(line) ||
    isAttachmentLine(line) ||
    isEditorsNote(line) ||
    gongwenLevel(line) ||
    matchDateline(line)
  )
}

/** A line that can sit in a headline stack (引题, 主题, 副题): no sentence stop, not too long. */
const HEADLINE_STOP = /[。；;]/u
const HEADLINE_OPEN_END = /[:：，,、]$/u

export function isHeadlineLine(line: string): boolean {
  if (line.length > 100) return false
  const n = codePoints(line)
  if (n < 2 || n > 50 || HEADLINE_STOP.test(line) || HEADLINE_OPEN_END.test(line)) return false
  return !(isDateLine(line) || matchDateline(line) || gongwenLevel(line) || isAttachmentLine(line))
}

const SUBTITLE_DASH = /^(——|--|—|－－)/u

export function isSubtitleLine(line: string): boolean {
  return SUBTITLE_DASH.test(line)
}

/** An organisation name in a 落款: short, no punctuation beyond brackets and the middle dot. */
const SIGNOFF_PUNCT = /[，。；：、！？,.;:!?“”"]/u

export function isSignoffName(line: string): boolean {
  return (
    codePoints(line) <= 25 &&
    HAN.test(line) &&
    !SIGNOFF_PUNCT.test(line) &&
    !gongwenLevel(line)
  )
}
