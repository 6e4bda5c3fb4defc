import type { Block, Inline } from '../../model/article'
import { heading, image, paragraph, quote, sectionHeading } from '../../model/build'
import { plainText, sliceInlines, trimBounds, trimInlines } from '../inlines'
import type { SourcePosition } from '../types'
import { matchDateline } from './dateline'
import { matchGongwenHeading } from './gongwen-heading'
import {
  codePoints,
  isAttachmentLine,
  isEditorsNote,
  isNumberedItem,
  isShortHeadingLine,
} from './line-shapes'
import { signoffLines } from './tail'
import type { Entry, TextEntry, Work } from './work'
import { guess, openEntries, positionOf } from './work'

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

function isCandidate(e: Entry | undefined): boolean {
  if (!e || e.kind !== 'text') return false
  if (e.item.hint === 'heading' || e.item.hint === 'title') return codePoints(e.text) <= 40
  return !e.item.hint && isShortHeadingLine(e.text)
}

/** Inlines of a line from `offset` on, leading whitespace removed, with that whitespace's length. */
function restOf(e: TextEntry, offset: number): { inlines: Inline[]; at: number } {
  const rest = sliceInlines(e.item.inlines, offset)
  const skip = trimBounds(e.raw.slice(offset)).start
  return { inlines: sliceInlines(rest, skip), at: offset + skip }
}

export function recogniseBody(work: Work, document: boolean): Body {
  const body = openEntries(work)
  const lines = body.filter((e): e is TextEntry => e.kind === 'text')
  const gongwen = lines.some((e) => (matchGongwenHeading(e.text)?.level ?? 9) <= 2)
  const signoff = signoffLines(lines)
  const blocks: Block[] = []
  const where: (SourcePosition[] | null)[] = []
  const add = (block: Block, at: (SourcePosition | undefined)[]) => {
    blocks.push(block)
    where.push(positions(at))
  }
  const follows = (e: Entry | undefined) =>
    !!e && (e.kind === 'image' || (!isCandidate(e) && !signoff.has(e)))
  let seenText = false
  let inAttachment = false

  for (let i = 0; i < body.length; i++) {
    const e = body[i]!
    e.used = true
    if (e.kind === 'image') {
      const next = body[i + 1]
      const caption =
        next?.kind === 'text' && CAPTION.test(next.text) && codePoints(next.text) <= 100 ? next : undefined
      if (caption) {
        caption.used = true
        i++
        guess(work, caption.text, '图片说明', '紧随图片、以“图为”开头或以“摄）”结尾')
      }
      add(image(e.item.asset, e.item.alt, caption?.text), [undefined])
      continue
    }
    const t = e.text
    const hint = e.item.hint

    if (hint === 'table' || hint === 'list') {
      add(paragraph(e.item.inlines), [positionOf(e, 0)])
      continue
    }
    if (signoff.has(e)) {
      guess(work, t, '落款', '正文末尾的成文日期及其上方的署名')
      add(paragraph(e.item.inlines, 'signoff'), [positionOf(e, 0)])
      continue
    }
    if (isAttachmentLine(t) || (inAttachment && isNumberedItem(t) && codePoints(t) <= 60)) {
      inAttachment = true
      guess(work, t, '附件说明', '以“附件”开头或紧随其后的编号行')
      add(paragraph(e.item.inlines, 'attachment'), [positionOf(e, 0)])
      continue
    }
    inAttachment = false
    if (isEditorsNote(t)) {
      guess(work, t.slice(0, 20), '编者按', '以“编者按”开头')
      add(paragraph(e.item.inlines, 'note'), [positionOf(e, 0)])
      continue
    }
    const gw = matchGongwenHeading(t)
    if (gw && (gw.level <= 2 || gongwen)) {
      const start = e.lead + gw.prefix
      const title = plainText(sliceInlines(e.item.inlines, start, start + gw.length))
      add(heading(gw.level, title, gw.runIn), [positionOf(e, start)])
      guess(
        work,
        t.slice(0, 40),
        `${gw.level} 级标题「${title}」`,
        gw.runIn ? '公文层次序号开头，首句为标题，其后为正文' : '公文层次序号开头，编号由排版自动生成',
      )
      if (gw.runIn) {
        const rest = restOf(e, start + gw.length)
        add(paragraph(rest.inlines), [positionOf(e, rest.at)])
      }
      continue
    }
    if (!seenText && document && !hint) {
      const dateline = matchDateline(t)
      if (dateline) {
        seenText = true
        work.meta.byline = dateline.text
        if (dateline.names && !work.meta.author) work.meta.author = dateline.names
        guess(
          work,
          dateline.text,
          `电头${dateline.names ? `；作者＝${dateline.names}` : ''}`,
          '导语开头的“本报讯”或“……电”，保留在导语中',
        )
        const next = body[i + 1]
        if (dateline.text === t && next?.kind === 'text' && !isCandidate(next)) {
          next.used = true
          i++
          add(paragraph([...trimInlines(e.item.inlines), ...restOf(next, 0).inlines]), [
            positionOf(e, e.lead),
          ])
        } else add(paragraph(e.item.inlines), [positionOf(e, 0)])
        continue
      }
    }
    if (isCandidate(e)) {
      const second = body[i + 1] as TextEntry
      if (isCandidate(second) && follows(body[i + 2])) {
        second.used = true
        i++
        const [main, sub] = [plainText(e.item.inlines), plainText(second.item.inlines)]
        add(sectionHeading(main, sub), [positionOf(e, e.lead), positionOf(second, second.lead)])
        guess(work, `${main} / ${sub}`, '两行小标题', '正文中相邻的两个短行，无句末标点')
        continue
      }
      if (follows(second)) {
        add(sectionHeading(plainText(e.item.inlines)), [positionOf(e, e.lead)])
        guess(work, t, '小标题', '正文中的短行，无句末标点')
        continue
      }
    }
    seenText = true
    if (hint === 'quote') add(quote(e.item.inlines), [positionOf(e, 0)])
    else add(paragraph(e.item.inlines), [positionOf(e, 0)])
  }
  if (document && !gongwen && !signoff.size) markLead(work, blocks)
  return { blocks, positions: where }
}

/** 导语: the first paragraph of a news article, when no heading comes before it. */
function markLead(work: Work, blocks: Block[]): void {
  for (const block of blocks) {
    if (block.type !== 'paragraph') return
    if (block.role) continue
    block.role = 'lead'
    guess(work, plainText(block.children).slice(0, 20), '导语', '新闻正文的第一段')
    return
  }
}
