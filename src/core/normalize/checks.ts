import { isHanCode } from './chars'
import { protectedMask } from './protect'

/**
 * Checks on one piece of text that are reported, never fixed (design §2): they need a person to
 * decide. Offsets are UTF-16 offsets in the text.
 */

export type TextCheck = 'unpaired' | 'mixed-width' | 'repeated-punct' | 'fullwidth-alnum'

export interface TextFinding {
  offset: number
  length: number
  check: TextCheck
  message: string
}

const OPENERS: Record<string, string> = {
  '（': '）',
  '(': ')',
  '【': '】',
  '《': '》',
  '〔': '〕',
  '「': '」',
  '『': '』',
  '“': '”',
  '‘': '’',
  '［': '］',
  '〈': '〉',
}
const CLOSERS = new Map(Object.entries(OPENERS).map(([o, c]) => [c, o]))

export interface PairingContext {
  /** The next paragraph opens with “: a quotation running over paragraphs leaves this one open (GB/T 15834 §4.1.3.4). */
  continuesQuote: boolean
}

export function unpairedMarks(
  text: string,
  mask: Uint8Array | undefined,
  context: PairingContext,
): TextFinding[] {
  const found: TextFinding[] = []
  const stack: number[] = []
  for (let i = 0; i < text.length; i++) {
    if (mask?.[i]) continue
    const ch = text[i]!
    if (OPENERS[ch]) stack.push(i)
    else if (CLOSERS.has(ch)) {
      const top = stack.at(-1)
      if (top !== undefined && OPENERS[text[top]!] === ch) stack.pop()
      else if (ch === '’' && /[A-Za-z]/.test(text[i - 1] ?? '')) continue
      else
        found.push({
          offset: i,
          length: 1,
          check: 'unpaired',
          message: `「${ch}」前面没有对应的「${CLOSERS.get(ch)}」`,
        })
    }
  }
  for (const i of stack) {
    if (text[i] === '“' && context.continuesQuote) continue
    found.push({
      offset: i,
      length: 1,
      check: 'unpaired',
      message: `「${text[i]}」没有对应的「${OPENERS[text[i]!]}」`,
    })
  }
  const straight = [...text.matchAll(/"/g)].filter((m) => !mask?.[m.index!])
  if (straight.length % 2)
    found.push({
      offset: straight.at(-1)!.index!,
      length: 1,
      check: 'unpaired',
      message: '直引号「"」没有配对',
    })
  return found
}

/** ASCII punctuation beside Han that normalisation leaves alone (a final `.`, or marks it could not pair). */
export function mixedWidth(
  text: string,
  mask: Uint8Array | undefined,
  fixed: ReadonlySet<number>,
): TextFinding[] {
  const found: TextFinding[] = []
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (mask?.[i] || fixed.has(i) || !/[,.:;?!()"']/.test(ch)) continue
    const before = text.charCodeAt(i - 1)
    const after = text.charCodeAt(i + 1)
    const touches = ch === '.' ? isHanCode(before) : isHanCode(before) || isHanCode(after)
    if (touches)
      found.push({
        offset: i,
        length: 1,
        check: 'mixed-width',
        message: `汉字旁用了半角标点「${ch}」，请改为全角`,
      })
  }
  return found
}

export function repeatedPunctuation(text: string): TextFinding[] {
  return [...text.matchAll(/[，。、；：]{2,}|([！？])\1+|[！？]{3,}/gu)].map((m) => ({
    offset: m.index!,
    length: m[0].length,
    check: 'repeated-punct' as const,
    message: `标点重复或连用「${m[0]}」`,
  }))
}

export function fullWidthAlnum(text: string): TextFinding[] {
  return [...text.matchAll(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+/gu)].map((m) => ({
    offset: m.index!,
    length: m[0].length,
    check: 'fullwidth-alnum' as const,
    message: `全角字母或数字「${m[0]}」，应使用半角（GB/T 15835）`,
  }))
}

export function checkText(text: string, fixed: ReadonlySet<number>, context: PairingContext): TextFinding[] {
  const mask = protectedMask(text)
  return [
    ...unpairedMarks(text, mask, context),
    ...mixedWidth(text, mask, fixed),
    ...repeatedPunctuation(text),
    ...fullWidthAlnum(text),
  ]
}
