import type { Mark } from '../model/article'

/** What the HTML reader does with each element, shared by the reader and the nesting limit. */

/** Elements whose content is never text of the article. */
export const SKIP = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'select',
  'textarea',
  'button',
  'input',
  'xml',
  'head',
  'map',
  'link',
  'meta',
])

/** Page furniture outside the article (<nav>, and <header>/<footer>/<aside> not inside <article>/<main>). */
export const FURNITURE = new Set(['nav', 'header', 'footer', 'aside'])

/** Elements that end the line before them and after them. */
export const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'tr',
  'table',
  'ul',
  'ol',
  'dl',
  'dd',
  'dt',
  'figure',
  'figcaption',
  'center',
  'address',
  'hr',
  'form',
  'fieldset',
  'caption',
  'body',
  'html',
  'tbody',
  'thead',
  'tfoot',
  'td',
  'th',
  'header',
  'footer',
  'nav',
  'aside',
])

/** Elements that never have content or a closing tag (HTML Living Standard §13.1.2, as htmlparser2 reads them). */
export const VOID = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
])

export const MARK_TAGS: Record<string, Mark> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  ins: 'underline',
}

/** The marks a `style` attribute sets, and whether it hides the element (Word's mso-hide too). */
export function styleMarks(style: string): { marks: Mark[]; hidden: boolean } {
  const s = style.toLowerCase().replace(/\s+/g, '')
  const marks: Mark[] = []
  if (/font-weight:(bold|bolder|[6-9]00)/.test(s)) marks.push('bold')
  if (/font-style:italic/.test(s)) marks.push('italic')
  if (/text-decoration[^;]*underline/.test(s)) marks.push('underline')
  return { marks, hidden: /display:none|visibility:hidden|mso-hide:all/.test(s) }
}
