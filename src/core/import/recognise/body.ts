import { PARAGRAPH_ROLE_NAMES, type Block, type Inline, type ParagraphRole } from '../../model/article'
import { heading, image, paragraph, quote, sectionHeading } from '../../model/build'
import { plainText, sliceInlines, trimBounds } from '../inlines'
import type { SourcePosition } from '../types'
import { matchDateline, type Dateline } from './dateline'
import { gongwenLevel, matchGongwenHeading, type GongwenHeading } from './gongwen-heading'
import { isChapterLine, matchNumbered, readOutline, type OutlineRole } from './outline'
import {
  codePoints,
  isAddresseeLine,
  isAttachmentLine,
  isEditorsNote,
  isNumberedItem,
  isShortHeadingLine,
} from './line-shapes'
import { parseByline } from './head-lines'
import { parseMetaLine } from './meta-line'
import { orphanCaption } from './orphan-caption'
import { closingLines, type ClosingRole } from './tail'
import { cue, GOOD, SOME, STRONG, WEAK, type Cue } from './evidence'
import type { Entry, ImageEntry, TextEntry, Work } from './work'
import { drop, guess, openEntries, positionOf } from './work'

/**
 * The body, line by line (design §2): 公文 headings (run-in ones split from their paragraph),
 * two-line section headings, the 电头, 编者按, 附件 lines, 落款 and 成文日期, images and their captions.
 */

export interface Body {
  blocks: Block[]
  /** Per block, where each of its lines starts in the source (plain text only). */
  positions: (SourcePosition[] | null)[]
}

const CAPTION = /^(图为|图：|图片：|▲|△)|[（(][^（）()]*摄[）)]$/u

function positions(list: (SourcePosition | undefined)[]): SourcePosition[] | null {
  return list.every((p): p is SourcePosition => p !== undefined) ? list : null
}

/** A line short enough, and without a sentence in it, to be a section heading (or one line of one). */
function isCandidateLine(e: TextEntry): boolean {
  return e.item.hint === 'heading' || e.item.hint === 'title'
    ? codePoints(e.text) <= 40
    : !e.item.hint && isShortHeadingLine(e.text) && !parseByline(e.text)
}

// Every rule asks about a line's neighbours, so each line is asked several times; megabyte drafts have 15,000.
function headingCandidates(body: readonly Entry[]): Set<Entry> {
  const candidates = new Set<Entry>()
  for (const e of body) if (e.kind === 'text' && isCandidateLine(e)) candidates.add(e)
  return candidates
}

function isCandidate(w: Pick<Walk, 'candidates'>, e: Entry | undefined): boolean {
  return e !== undefined && w.candidates.has(e)
}

/**
 * A heading with a colon inside (「种植养殖大户：年轻人占比已跃升到70%」, 「破解难题在一线（1）：人从哪里来？」):
 * short, both sides worded (a name or a count after the colon makes a credit or a label, 「标题书法：某某」), no
 * pause or stop but a closing question mark, and not a meta field.
 */
const COLON_HEADLINE = /^([^:：]{2,24})[:：]([^:：]{4,24}?)[？?！!]?$/u
const PAUSE_OR_QUOTE = /[，,、。；;“”"]/u
const HAN = /\p{Script=Han}/u

function isColonHeadline(e: TextEntry): boolean {
  // Most lines hold no colon; the expression would look for one from every position.
  if (e.item.hint || !(e.text.includes('：') || e.text.includes(':'))) return false
  const m = COLON_HEADLINE.exec(e.text)
  if (!m || codePoints(e.text) > 30 || PAUSE_OR_QUOTE.test(e.text)) return false
  const [left, right] = [m[1]!, m[2]!]
  return (
    HAN.test(left) &&
    HAN.test(right) &&
    codePoints(right) >= 5 &&
    !parseMetaLine(e.text, true)
  )
}

/** Lines of a list of label–value lines (「浙江省：湖州市安吉县」 under 「河北省：…」) are items, not headings. */
const LABEL_VALUE = /^[^:：]+[:：][^:：]+$/u

function inColonList(w: Walk, i: number): boolean {
  const colon = (e: Entry | undefined) => e?.kind === 'text' && codePoints(e.text) <= 30 && LABEL_VALUE.test(e.text)
  return colon(w.body[i - 1]) || colon(w.body[i + 1])
}

/** Inlines of a line from `offset` on, leading whitespace removed, with that whitespace's length. */
function restOf(e: TextEntry, offset: number): { inlines: Inline[]; at: number } {
  const rest = sliceInlines(e.item.inlines, offset)
  const skip = trimBounds(e.raw.slice(offset)).start
  return { inlines: sliceInlines(rest, skip), at: offset + skip }
}

/** The walk's state: the lines, what they became so far, and the facts decided up front. */
interface Walk {
  work: Work
  body: Entry[]
  blocks: Block[]
  where: (SourcePosition[] | null)[]
  closing: Map<TextEntry, ClosingRole>
  /** The draft has 公文 heading numbers (一、 or （一）). */
  gongwen: boolean
  /** Roles read from the embedded document's outline (its title, 目录, decimal headings). */
  outline: Map<TextEntry, OutlineRole>
  /** 公文 levels whose numbered items are paragraphs (「一、根据…」 too long for a heading): their siblings are too. */
  itemLevels: Set<number>
  /** Index in `body` of the last line of body text (a paragraph, not a heading line or the 落款). */
  lastText: number
  /** The body has more than one line of body text. */
  texts: number
  /** Heading lines with body text on both sides (a heading on its own), by their first two characters. */
  lone: Map<string, TextEntry[]>
  /** The lines that may be a section heading or one line of a two-line heading (`isCandidateLine`). */
  candidates: ReadonlySet<Entry>
}

function add(w: Walk, block: Block, at: (SourcePosition | undefined)[]): void {
  w.blocks.push(block)
  w.where.push(positions(at))
}

function addParagraph(w: Walk, e: TextEntry, role?: ParagraphRole): void {
  add(w, paragraph(e.item.inlines, role), [positionOf(e, 0)])
}

/**
 * What may stand under a heading: an image, a line that is neither a heading line nor the 落款, a 目录, or the
 * numbered sections of what the heading names.
 */
function follows(w: Walk, e: Entry | undefined): boolean {
  if (!e) return false
  if (e.kind === 'image') return true
  const role = w.outline.get(e)?.kind
  if (role === 'contents-entry' || role === 'decimal' || isChapterLine(e.text)) return true
  return !isCandidate(w, e) && !w.closing.has(e)
}

/**
 * A line that is a heading of its own, never the sub line of a two-line heading: numbered, an outline role, or
 * the sibling of a heading that stands alone elsewhere in the text (「重点体现…的涉农县（市、区）」 under a list's
 * title, when 「重点体现…」 lines head the next lists on their own).
 */
function standsAlone(w: Walk, e: TextEntry): boolean {
  return (
    w.outline.has(e) ||
    !!matchNumbered(e.text) ||
    !!gongwenLevel(e.text) ||
    !!w.lone.get(opening(e.text))?.some((l) => l !== e && alike(l.text, e.text))
  )
}

function loneHeadings(body: readonly Entry[], w: Pick<Walk, 'candidates'>): Map<string, TextEntry[]> {
  const lone = new Map<string, TextEntry[]>()
  body.forEach((e, i) => {
    if (e.kind !== 'text' || !isCandidate(w, e) || isCandidate(w, body[i - 1]) || isCandidate(w, body[i + 1]))
      return
    const key = opening(e.text)
    const series = lone.get(key)
    if (series) series.push(e)
    else lone.set(key, [e])
  })
  return lone
}

/** The first two characters (code points) of a line. */
function opening(text: string): string {
  let end = 0
  for (let k = 0; k < 2 && end < text.length; k++) end += text.codePointAt(end)! > 0xffff ? 2 : 1
  return text.slice(0, end)
}

/** Two headings of one series: they share a beginning and an ending of two characters or more. */
function alike(a: string, b: string): boolean {
  const [x, y] = [[...a], [...b]]
  let head = 0
  while (head < Math.min(x.length, y.length) && x[head] === y[head]) head++
  let tail = 0
  while (tail < Math.min(x.length, y.length) - head && x.at(-1 - tail) === y.at(-1 - tail)) tail++
  return head >= 2 && tail >= 2
}

/** Where the line at `i` stands, for telling a caption whose photo is missing from a paragraph. */
function captionWhere(w: Walk, i: number): { after: boolean; others: boolean } {
  return { after: i < w.lastText, others: w.texts > 1 }
}

/** An image and the caption line right after it, if any; returns the lines used. */
function imageBlock(w: Walk, i: number): number {
  const e = w.body[i] as ImageEntry
  const next = w.body[i + 1]
  const shaped = (t: TextEntry) =>
    (CAPTION.test(t.text) && codePoints(t.text) <= 100) || !!orphanCaption(t.text, captionWhere(w, i + 1))
  const caption = next?.kind === 'text' && shaped(next) ? next : undefined
  if (caption) {
    caption.used = true
    const cues = [cue('紧随图片', GOOD), cue('形如图片说明（“图为”“某某 摄”、人物位置）', SOME)]
    guess(w.work, caption.text, { block: w.blocks.length }, '图片说明', cues)
  }
  add(w, image(e.item.asset, e.item.alt, caption?.text), [undefined])
  return caption ? 2 : 1
}

function gongwenHeading(w: Walk, e: TextEntry, gw: GongwenHeading): void {
  const start = e.lead + gw.prefix
  const title = plainText(sliceInlines(e.item.inlines, start, start + gw.length))
  const number = e.raw.slice(e.lead, start)
  const cues = [
    cue(`以公文层次序号「${number.trim()}」开头（序号照原文保留）`, GOOD),
    gw.runIn ? cue('首句为标题，其后为正文', -WEAK) : cue('独占一行，无句末标点', SOME),
    ...(w.gongwen ? [cue('文中有“一、”“（一）”层次结构', SOME)] : []),
  ]
  guess(w.work, e.text.slice(0, 40), { block: w.blocks.length }, `${gw.level} 级标题「${title}」`, cues)
  add(w, heading(gw.level, title, gw.runIn, number), [positionOf(e, start)])
  if (gw.runIn) {
    const rest = restOf(e, start + gw.length)
    add(w, paragraph(rest.inlines), [positionOf(e, rest.at)])
  }
}

const OUTLINE_CUES: Record<Exclude<OutlineRole['kind'], 'decimal'>, Cue[]> = {
  'document-title': [cue('与书名号中所印发文件的名称相同', GOOD), cue('独占一行，无句末标点', SOME)],
  'contents-label': [cue('“目录”二字独占一行', STRONG)],
  'contents-entry': [cue('目录条目与后文标题相同，后文编号从头开始', GOOD), cue('保留为段落，照原文', 0)],
}

/** A line whose role the outline decided: the embedded document's title, its 目录, a decimal heading. */
function outlineBlock(w: Walk, i: number, role: OutlineRole): void {
  const e = w.body[i] as TextEntry
  const at = { block: w.blocks.length }
  if (role.kind === 'contents-entry') {
    const first = w.outline.get(w.body[i - 1] as TextEntry)?.kind !== role.kind
    if (first) guess(w.work, e.text, at, '目录（各行保留为段落）', OUTLINE_CUES[role.kind])
    addParagraph(w, e)
    return
  }
  if (role.kind !== 'decimal') {
    const as = role.kind === 'contents-label' ? '小标题（目录）' : '小标题（所印发文件的标题）'
    guess(w.work, e.text, at, as, OUTLINE_CUES[role.kind])
    add(w, sectionHeading(plainText(e.item.inlines)), [positionOf(e, e.lead)])
    return
  }
  const start = e.lead + role.prefix
  const title = plainText(sliceInlines(e.item.inlines, start))
  const number = e.raw.slice(e.lead, start)
  const cues = [
    cue(`以多级编号「${number.trim()}」开头（编号照原文保留）`, GOOD),
    ...role.cues.map((c) => cue(c, SOME)),
  ]
  guess(w.work, e.text, at, `${role.level} 级标题「${title}」`, cues)
  add(w, heading(role.level, title, false, number), [positionOf(e, start)])
}

/**
 * The 电头 opening the lead moves to the meta (电头 field); the typesetter and the portal print it back at
 * the start of the lead in its own face, so keeping it in the text as well would print it twice. A 电头
 * alone on its line leads the paragraph after it. Returns the lines used.
 */
function datelineLead(w: Walk, i: number, dateline: Dateline): number {
  const e = w.body[i] as TextEntry
  const meta = w.work.meta
  meta.byline = dateline.text
  if (dateline.names && !meta.author) meta.author = dateline.names
  const cues = [cue('导语开头的“本报讯”或“……电”', STRONG), cue('移入电头，排版和网页会把它印在导语开头', 0)]
  guess(w.work, dateline.text, { field: 'byline' }, `电头「${dateline.text}」`, cues)
  if (dateline.names && meta.author === dateline.names)
    guess(w.work, dateline.text, { field: 'author' }, `作者「${dateline.names}」`, [
      cue('电头括号中的记者姓名', GOOD),
    ])
  const rest = restOf(e, e.lead + dateline.text.length)
  if (plainText(rest.inlines) !== '') {
    add(w, paragraph(rest.inlines), [positionOf(e, rest.at)])
    return 1
  }
  const next = w.body[i + 1]
  if (next?.kind !== 'text' || isCandidate(w, next)) return 1
  next.used = true
  addParagraph(w, next)
  return 2
}

/** Two short lines in a row make one two-line section heading, one makes a single line. Returns the lines used. */
function sectionHeadingAt(w: Walk, i: number): number {
  const e = w.body[i] as TextEntry
  const second = w.body[i + 1]
  const pairs =
    second?.kind === 'text' && isCandidate(w, second) && !standsAlone(w, second) && !standsAlone(w, e)
  if (pairs && follows(w, w.body[i + 2])) {
    return twoLineHeading(w, e, second, [...headingCues(e), PAIRED])
  }
  if (!follows(w, second) && !(second?.kind === 'text' && isCandidate(w, second) && standsAlone(w, second)))
    return 0
  guess(w.work, e.text, { block: w.blocks.length }, '小标题', headingCues(e))
  add(w, sectionHeading(plainText(e.item.inlines)), [positionOf(e, e.lead)])
  return 1
}

/**
 * The first line of a two-line heading may end in a colon that leads into the second (「周明远：」 over
 * 「扎根乡村二十年」): short, no other punctuation, and not a label whose value is the next line (「记者：」).
 */
const COLON_LEAD = /^[^，。；！？,;!?：:]{1,18}[:：]$/u

function isColonLead(e: TextEntry): boolean {
  return !e.item.hint && COLON_LEAD.test(e.text) && HAN.test(e.text)
}

function colonHeadingAt(w: Walk, i: number): number {
  const e = w.body[i] as TextEntry
  const second = w.body[i + 1]
  if (second?.kind !== 'text' || !isCandidate(w, second) || !follows(w, w.body[i + 2])) return 0
  if (parseMetaLine(e.text + second.text, true)) return 0
  return twoLineHeading(w, e, second, [cue('短行以冒号结尾，引出下一短行', SOME), ...headingCues(second)])
}

/** A colon headline over body text is a heading, over a short line and then body text a two-line heading. */
function colonHeadlineAt(w: Walk, i: number): number {
  const e = w.body[i] as TextEntry
  const second = w.body[i + 1]
  const cues = [cue('短行，冒号两边都是短语，无句中标点', SOME), cue('下面接着正文', WEAK)]
  if (
    second?.kind === 'text' &&
    isCandidate(w, second) &&
    !standsAlone(w, second) &&
    follows(w, w.body[i + 2])
  ) {
    return twoLineHeading(w, e, second, [...cues, PAIRED])
  }
  if (!follows(w, second)) return 0
  guess(w.work, e.text, { block: w.blocks.length }, '小标题', cues)
  add(w, sectionHeading(plainText(e.item.inlines)), [positionOf(e, e.lead)])
  return 1
}

const PAIRED = cue('与下一短行相邻，合为两行小标题', WEAK)

/** Two lines made one two-line section heading; returns the lines used. */
function twoLineHeading(w: Walk, e: TextEntry, second: TextEntry, cues: readonly Cue[]): number {
  second.used = true
  const [main, sub] = [plainText(e.item.inlines), plainText(second.item.inlines)]
  guess(w.work, `${main} / ${sub}`, { block: w.blocks.length }, '两行小标题', cues)
  add(w, sectionHeading(main, sub), [positionOf(e, e.lead), positionOf(second, second.lead)])
  return 2
}

const MARKED_HEADING = [cue('原稿标为标题（<h2>—<h6>、Word 标题样式）', STRONG)]
const SHORT_LINE = [cue('正文中的短行，无句末标点', SOME), cue('下面接着正文', WEAK)]

/** Why a short line in the body reads as a section heading (shared lists: a long draft has thousands). */
function headingCues(e: TextEntry): readonly Cue[] {
  return e.item.hint === 'heading' || e.item.hint === 'title' ? MARKED_HEADING : SHORT_LINE
}

const CLOSING_CUES: Record<ClosingRole, Cue[]> = {
  signoff: [cue('成文日期上方的机关名称（发文机关署名）', GOOD)],
  'signed-date': [cue('正文后单独一行的日期（成文日期）', GOOD)],
  annotation: [cue('成文日期下方的括注（附注）', GOOD)],
}

/**
 * 提要: a report's summary lines standing between the headline and its 编者按 (「本报共派出110余名记者」 over
 * 「刊发图片53幅」). A 编者按 opens the body, so short lines above it, none ending a sentence, are the deck: they go
 * to the 摘要, each line kept, as a guess the review panel shows.
 */
function takeDeck(work: Work): void {
  const body = openEntries(work)
  const note = body.findIndex((e) => e.kind === 'text' && isEditorsNote(e.text))
  if (note < 1 || note > MAX_DECK || work.meta.summary) return
  const deck = body.slice(0, note)
  const isDeckLine = (e: Entry): e is TextEntry =>
    e.kind === 'text' && !e.item.hint && codePoints(e.text) <= 40 && !/[。！？!?；;：:]$/u.test(e.text)
  if (!deck.every(isDeckLine)) return
  work.meta.summary = deck.map((e) => e.text).join('\n')
  for (const e of deck) {
    e.used = true
    const cues = [cue('标题下、编者按之上的短行', SOME), cue('不成句，像提要', WEAK)]
    guess(work, e.text, { field: 'summary' }, '摘要（提要）', cues)
  }
}

/** A deck has a few lines at most. */
const MAX_DECK = 4

export function recogniseBody(work: Work, document: boolean): Body {
  if (document) takeDeck(work)
  const body = openEntries(work)
  const lines = body.filter((e): e is TextEntry => e.kind === 'text')
  const gongwen = lines.some((e) => (matchGongwenHeading(e.text)?.level ?? 9) <= 2)
  const closing = closingLines(lines)
  const outline = readOutline(lines, work.meta.title, new Set(closing.keys()))
  const candidates = { candidates: headingCandidates(body) }
  const isText = (e: Entry) =>
    e.kind === 'text' && !isCandidate(candidates, e) && !closing.has(e) && !outline.has(e)
  const w: Walk = {
    ...{ work, body, blocks: [], where: [], closing, gongwen, outline, itemLevels: new Set<number>() },
    lastText: body.findLastIndex(isText),
    texts: body.filter(isText).length,
    lone: loneHeadings(body, candidates),
    ...candidates,
  }
  let seenText = false
  let inAttachment = false

  for (let i = 0; i < body.length;) {
    const e = body[i]!
    e.used = true
    e.block = w.blocks.length
    const at = { block: w.blocks.length }
    if (e.kind === 'image') {
      i += imageBlock(w, i)
      continue
    }
    const t = e.text
    const hint = e.item.hint
    i++
    if (hint === 'table' || hint === 'list') {
      addParagraph(w, e)
      continue
    }
    const closing = w.closing.get(e)
    if (closing) {
      guess(work, t, at, PARAGRAPH_ROLE_NAMES[closing].name, CLOSING_CUES[closing])
      addParagraph(w, e, closing)
      continue
    }
    inAttachment = isAttachmentLine(t) || (inAttachment && isNumberedItem(t) && codePoints(t) <= 60)
    if (inAttachment) {
      const cues = isAttachmentLine(t) ? [cue('以“附件”开头', STRONG)] : [cue('紧随“附件”行的编号行', GOOD)]
      guess(work, t, at, '附件说明', cues)
      addParagraph(w, e, 'attachment')
      continue
    }
    if (isEditorsNote(t)) {
      guess(work, t.slice(0, 20), at, '编者按', [cue('以“编者按”开头', STRONG)])
      addParagraph(w, e, 'note')
      continue
    }
    const role = w.outline.get(e)
    if (role) {
      outlineBlock(w, i - 1, role)
      continue
    }
    const gw = matchGongwenHeading(t)
    const level = gongwenLevel(t)
    if (!gw && level) w.itemLevels.add(level)
    if (gw && (gw.level <= 2 || gongwen) && !(gw.runIn && w.itemLevels.has(gw.level))) {
      gongwenHeading(w, e, gw)
      continue
    }
    if (!seenText && document && !hint && isAddresseeLine(t)) {
      seenText = true
      const cues = [cue('标题下第一行', SOME), cue('以机关名称和冒号结尾', GOOD)]
      guess(work, t, at, '主送机关', cues)
      addParagraph(w, e, 'addressee')
      continue
    }
    const dateline = !seenText && document && !hint ? matchDateline(t) : undefined
    if (dateline) {
      seenText = true
      i += datelineLead(w, i - 1, dateline) - 1
      continue
    }
    const caption = orphanCaption(t, captionWhere(w, i - 1))
    if (caption) {
      drop(work, e, 'caption', caption)
      continue
    }
    if (w.blocks.at(-1)?.type === 'section-heading' && parseByline(t)) {
      drop(work, e, 'field', '小标题下的署名（文中一篇的记者、通讯员）')
      continue
    }
    const used = isCandidate(w, e)
      ? sectionHeadingAt(w, i - 1)
      : isColonLead(e)
        ? colonHeadingAt(w, i - 1)
        : isColonHeadline(e) && !inColonList(w, i - 1)
          ? colonHeadlineAt(w, i - 1)
          : 0
    if (used) {
      i += used - 1
      continue
    }
    seenText = true
    if (hint === 'quote') add(w, quote(e.item.inlines), [positionOf(e, 0)])
    else addParagraph(w, e)
  }
  if (document && !gongwen && !w.closing.size) markLead(work, w.blocks)
  return { blocks: w.blocks, positions: w.where }
}

/** 导语: the first paragraph of a news article, when no heading comes before it. */
function markLead(work: Work, blocks: Block[]): void {
  for (const [at, block] of blocks.entries()) {
    if (block.type !== 'paragraph') return
    if (block.role) continue
    blocks[at] = paragraph(block.children, 'lead')
    guess(work, plainText(block.children).slice(0, 20), { block: at }, '导语', [
      cue('新闻正文的第一段', GOOD),
    ])
    return
  }
}
