import { isHan } from '../text/char-class'

/**
 * Character classes for line layout (clreq §3.1 and §3.2; GB/T 15834-2011). The kinsoku sets are
 * clreq's basic level plus GB/T 15834's marks, Word's zh-CN defaults (%‰℃° …) and the strict level's
 * —— and ……, which pdfcheck and most Chinese style guides also keep off a line start.
 */

export type CharKind =
  | 'han'
  | 'latin'
  | 'space'
  /** Opening brackets and quotes: ink on the right, blank before (“‘（《【〔「『). */
  | 'open'
  /** Closing brackets and quotes: ink on the left, blank after. */
  | 'close'
  /** 、，；： pause marks (clreq 顿号 逗号 分号 冒号). */
  | 'pause'
  /** 。？！ stop marks. */
  | 'stop'
  /** 间隔号 ·, set in ½ em (GB/T 15834 §4.14). */
  | 'dot'
  /** ——, always whole and 2 em. */
  | 'dash'
  /** ……, always whole. */
  | 'ellipsis'
  /** 连接号 －～– and a single —. */
  | 'connector'
  | 'solidus'

const OPEN = '“‘（〔［｛【〖〘〚〈《「『'
const CLOSE = '”’）〕］｝】〗〙〛〉》」』'
const PAUSE = '、，；：'
const STOP = '。？！'
const DOT = '·・‧'
const DASH = '—―⸺'
const ELLIPSIS = '…⋯'
const CONNECTOR = '－～〜–'
const SOLIDUS = '／'

/** Never at the start of a line (clreq basic + GB/T 15834 + strict ——/……). */
const NO_START = new Set([
  ...CLOSE,
  ...PAUSE,
  ...STOP,
  ...DOT,
  ...ELLIPSIS,
  ...DASH,
  ...CONNECTOR,
  ...SOLIDUS,
  ...'%‰℃°′″々〻ゝゞヽヾー',
  ...',.;:?!)]}％',
])

/** Never at the end of a line. */
const NO_END = new Set([...OPEN, ...'([{$£¥￥'])

export function canStartLine(ch: string): boolean {
  return !NO_START.has(ch)
}

export function canEndLine(ch: string): boolean {
  return !NO_END.has(ch)
}

const KIND = new Map<string, CharKind>()
for (const [chars, kind] of [
  [OPEN, 'open'],
  [CLOSE, 'close'],
  [PAUSE, 'pause'],
  [STOP, 'stop'],
  [DOT, 'dot'],
  [DASH, 'dash'],
  [ELLIPSIS, 'ellipsis'],
  [CONNECTOR, 'connector'],
  [SOLIDUS, 'solidus'],
] as const)
  for (const ch of chars) KIND.set(ch, kind)

const SPACE = /[\s\u3000]/u
/** Letters, digits and the marks that live inside Latin words, numbers and URLs. */
const LATIN = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}0-9!-/:-@[-`{-~\u00a0-\u00b6\u00b8-\u00bf]/u

export function charKind(ch: string): CharKind {
  const kind = KIND.get(ch)
  if (kind) return kind
  if (SPACE.test(ch)) return 'space'
  if (isHan(ch)) return 'han'
  if (LATIN.test(ch)) return 'latin'
  // Kana, Hangul, full-width letters and digits, symbols: each sits in its own em box like Han.
  return 'han'
}

/** Marks whose em box has a blank half that compression may remove. */
export function isCompressible(kind: CharKind): boolean {
  return kind === 'open' || kind === 'close' || kind === 'pause' || kind === 'stop'
}

const UNIT_AFTER_NUMBER = /[%‰℃°′″\p{Script=Han}]/u

/** A number and the unit or measure word after it stay together (clreq: never split number + unit). */
export function isUnitAfterNumber(ch: string): boolean {
  return UNIT_AFTER_NUMBER.test(ch)
}
