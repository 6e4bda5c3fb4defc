import type { Inline } from '../model/article'
import { inlineText } from '../model/text'
import { headingLineCss, type CssDeclarations } from '../styles/template-css'
import type { BodyItem } from './body-view'
import {
  BYLINE_CSS,
  CAPTION_CSS,
  EMPHASIS_CSS,
  IMAGE_DISPLAY_MAX_WIDTH,
  PARAGRAPH_CSS,
  PRE_WRAP_CSS,
  QUOTE_CSS,
  headingCss,
  runInCss,
  sectionBoxCss,
} from './body-styles'
import { escapeAttr, escapeText, isSafeImageSrc, styleAttr } from './html'
import { imageCss } from './image-css'

/** Maps an asset id to the src the page should use: images/01.jpg in a package, a blob: URL in the app. */
export type ImageSrc = (assetId: string) => string | undefined

/**
 * The article body as HTML with inline styles only: <p>, <h2>…<h5>, <img>, <br>, <span>, <strong>, <i>,
 * <u>, <em>. This is content.html, and the same string sits inside preview.html, so what the webmaster
 * pastes is what was approved.
 */
export function renderBodyHtml(items: readonly BodyItem[], imageSrc: ImageSrc, options: { blockAnchors?: boolean } = {}): string {
  return items.map((item) => (options.blockAnchors ? withBlockAnchor(renderItem(item, imageSrc), item.block) : renderItem(item, imageSrc))).join('\n')
}

/** Marks an item's first element with the article block it came from, so the app's preview can follow the caret. */
function withBlockAnchor(html: string, block: number | undefined): string {
  return block === undefined ? html : html.replace(/^<([a-z0-9]+)/, `<$1 data-block="${block}"`)
}

function renderItem(item: BodyItem, imageSrc: ImageSrc): string {
  switch (item.kind) {
    case 'paragraph': {
      let inner = ''
      if (item.byline) inner += `<span${styleAttr(BYLINE_CSS)}>${escapeText(item.byline)}</span>`
      if (item.runIn) inner += `<span${styleAttr(runInCss(item.runIn.level))}>${escapeText(item.runIn.label)}${runsHtml(item.runIn.runs)}</span>`
      inner += runsHtml(item.runs)
      const texts = [item.byline ?? '', item.runIn ? inlineText(item.runIn.runs) : '', inlineText(item.runs)]
      return `<p${styleAttr(withWhitespace(PARAGRAPH_CSS[item.role], ...texts))}>${inner}</p>`
    }
    case 'heading': {
      const tag = `h${item.rank}`
      const css = withWhitespace(headingCss(item.level), inlineText(item.runs))
      return `<${tag}${styleAttr(css)}>${escapeText(item.label)}${runsHtml(item.runs)}</${tag}>`
    }
    case 'section-heading': {
      const tag = `h${item.rank}`
      const lines = item.lines.map((line) => {
        const css = withWhitespace(headingLineCss(item.template, line.role), line.text)
        return `<span${styleAttr(css)}>${escapeText(line.prefix + line.text + line.suffix)}</span>`
      })
      return `<${tag}${styleAttr(sectionBoxCss(item.template))}>${lines.join('<br>')}</${tag}>`
    }
    case 'quote':
      return `<p${styleAttr(withWhitespace(QUOTE_CSS, inlineText(item.runs)))}>${runsHtml(item.runs)}</p>`
    case 'image':
      return imageHtml(item, imageSrc)
  }
}

function imageHtml(item: Extract<BodyItem, { kind: 'image' }>, imageSrc: ImageSrc): string {
  const parts: string[] = []
  const src = imageSrc(item.asset)
  if (src !== undefined && isSafeImageSrc(src)) {
    const size = item.size && displaySize(item.size.width, item.size.height)
    const dims = size ? ` width="${size.width}" height="${size.height}"` : ''
    const css = imageCss(item, item.size)
    const img = `<img src="${escapeAttr(src)}" alt="${escapeAttr(item.alt)}"${dims}${styleAttr(css.img)}>`
    parts.push(`<p${styleAttr(css.box)}>${css.window ? `<span${styleAttr(css.window)}>${img}</span>` : img}</p>`)
  }
  const lines = [item.caption, item.credit].filter((s): s is string => !!s)
  // Captions are <p>, not <figcaption>: UEditor's whitelist deletes figure and figcaption with their text.
  if (lines.length) parts.push(`<p${styleAttr(withWhitespace(CAPTION_CSS, ...lines))}>${lines.map(escapeText).join('<br>')}</p>`)
  return parts.join('\n')
}

export function displaySize(width: number, height: number): { width: number; height: number } {
  if (width <= IMAGE_DISPLAY_MAX_WIDTH) return { width, height }
  return { width: IMAGE_DISPLAY_MAX_WIDTH, height: Math.max(1, Math.round((height * IMAGE_DISPLAY_MAX_WIDTH) / width)) }
}

function runsHtml(runs: readonly Inline[]): string {
  return runs.map(runHtml).join('')
}

function runHtml(run: Inline): string {
  let html = escapeText(run.text)
  if (!html) return ''
  if (run.emphasis) html = `<em${styleAttr(EMPHASIS_CSS)}>${html}</em>`
  if (run.underline) html = `<u>${html}</u>`
  if (run.italic) html = `<i>${html}</i>`
  if (run.bold) html = `<strong>${html}</strong>`
  return html
}

/** HTML collapses runs of spaces and drops line breaks; keep them where the text has any. */
function withWhitespace(css: CssDeclarations, ...texts: string[]): CssDeclarations {
  return texts.some((t) => /^[ \t]|[ \t]$|[ \t\n]{2}|\n/.test(t)) ? { ...css, ...PRE_WRAP_CSS } : css
}
