import type { Block, SectionHeadingBlock } from '../model/article'
import { inlineText } from '../model/text'
import { chineseNumeral } from '../model/numbering'
import type { SectionHeadingTemplate } from './templates'

export interface DisplayLine {
  role: 'main' | 'sub'
  /** Text added by the template (序号, brackets) before and after the author's text. */
  prefix: string
  text: string
  suffix: string
}

/**
 * The lines a section heading shows under its template, shared by editor preview, portal and print so
 * numbering and brackets come out identical everywhere. `ordinal` counts section headings from 1.
 */
export function sectionHeadingLines(
  block: SectionHeadingBlock,
  template: SectionHeadingTemplate,
  ordinal: number,
): DisplayLine[] {
  const [main, sub] = block.children.map((line) => inlineText(line.children))
  const number = template.numbering === 'chinese' ? chineseNumeral(ordinal) + '、' : ''
  const [open, close] = template.decoration.kind === 'brackets' ? [template.decoration.open, template.decoration.close] : ['', '']
  if (template.layout === 'one-line') {
    const joined = sub ? `${main}\u3000${sub}` : (main ?? '')
    return [{ role: 'main', prefix: number + open, text: joined, suffix: close }]
  }
  const lines: DisplayLine[] = [{ role: 'main', prefix: number + open, text: main ?? '', suffix: close }]
  if (sub) lines.push({ role: 'sub', prefix: '', text: sub, suffix: '' })
  return lines
}

/** 1-based ordinal of each section heading by block index. */
export function sectionHeadingOrdinals(blocks: readonly Block[]): Map<number, number> {
  const ordinals = new Map<number, number>()
  let n = 0
  blocks.forEach((b, i) => {
    if (b.type === 'section-heading') ordinals.set(i, ++n)
  })
  return ordinals
}
