import type { Article, ArticleMeta, Block, HeadingLevel } from '../../model/article'
import { article, heading, paragraph, quote, sectionHeading } from '../../model/build'
import { blockLines, titleLines } from '../../model/text'

/**
 * The typesetting fixtures (test/fixtures/typeset/*.txt) in a line format that is easy to write:
 *   # 主题            @kicker/@subtitle/@author/@source/@publishedAt/@byline/@editor 值
 *   ## 主行|副行      section heading (双行居中)
 *   1 标题 … 4 标题   公文 heading of that level; 2! 标题。正文… a run-in heading and its paragraph
 *   ! 导语   " 引文   % 附件   > 落款   anything else: a body paragraph
 */
export function fixtureArticle(text: string): Article {
  const meta: ArticleMeta = { title: '' }
  const blocks: Block[] = []
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (!line) continue
    const field = line.match(/^@(\w+) (.+)$/)
    let m: RegExpMatchArray | null
    if (field) (meta as unknown as Record<string, string>)[field[1]!] = field[2]!
    else if (line.startsWith('## ')) {
      const [main, sub] = line.slice(3).split('|')
      blocks.push(sectionHeading(main!, sub))
    } else if (line.startsWith('# ')) meta.title = line.slice(2)
    else if ((m = line.match(/^([1-4])(!?) (.+)$/))) {
      const level = Number(m[1]) as HeadingLevel
      if (m[2]) {
        const body = m[3]!
        const end = body.indexOf('。') + 1
        blocks.push(heading(level, body.slice(0, end), true), paragraph(body.slice(end)))
      } else blocks.push(heading(level, m[3]!))
    } else if (line.startsWith('! ')) blocks.push(paragraph(line.slice(2), 'lead'))
    else if (line.startsWith('" ')) blocks.push(quote(line.slice(2)))
    else if (line.startsWith('% ')) blocks.push(paragraph(line.slice(2), 'attachment'))
    else if (line.startsWith('> ')) blocks.push(paragraph(line.slice(2), 'signoff'))
    else blocks.push(paragraph(line))
  }
  return article(meta, blocks)
}

/** The article's own text in reading order, one line per title line or block line: pdfcheck's --text. */
export function articleText(a: Article): string {
  return [...titleLines(a), ...a.blocks.flatMap(blockLines)].join('\n') + '\n'
}
