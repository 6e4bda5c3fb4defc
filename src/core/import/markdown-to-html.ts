import MarkdownIt from 'markdown-it'

/**
 * Markdown → HTML with a CommonMark parser (markdown-it), raw HTML in the source escaped rather
 * than passed through, so the HTML path sees only what Markdown itself produces.
 * `#` becomes <h1> (the title), `##` and deeper <h2>… (section headings).
 */
const md = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false })

export function markdownToHtml(source: string): string {
  return md.render(source)
}
