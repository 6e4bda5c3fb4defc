import type { HeadingLevel, ParagraphRole } from '../model/article'
import { FONT_ROLE_CSS, type FontRole } from '../styles/fonts'
import { headingBoxCss, type CssDeclarations } from '../styles/template-css'
import type { SectionHeadingTemplate } from '../styles/templates'

/**
 * Inline styles of the article body. They are written on every element because CMS editors (UEditor and
 * its TRS/开普云 derivatives) delete <style> blocks and class rules on paste but keep style attributes.
 * Sizes are in em of the body size, which the portal (and its 字号 switch) sets on the container.
 */

export const BODY_COLOR = '#333333'
export const CAPTION_COLOR = '#555555'

const text = (font: FontRole, extra: CssDeclarations = {}): CssDeclarations => ({
  margin: '0 0 1em',
  'font-family': FONT_ROLE_CSS[font],
  'font-size': '1em',
  'line-height': '1.8',
  color: BODY_COLOR,
  'text-align': 'justify',
  'text-indent': '2em',
  // Long Latin runs (URLs, file names) wrap instead of widening a phone screen.
  'overflow-wrap': 'break-word',
  // No lone character on a paragraph's last line (design §5), where the browser supports it.
  'text-wrap': 'pretty',
  ...extra,
})

export const PARAGRAPH_CSS: Record<ParagraphRole, CssDeclarations> = {
  body: text('song'),
  lead: text('song'),
  // 编者按 is set in 楷体 and set off from the report.
  note: text('kai', { padding: '0.6em 1em', 'background-color': '#f5f5f5' }),
  // 主送机关 starts at the left edge (GB/T 9704 §7.3.2).
  addressee: text('song', { 'text-indent': '0' }),
  // 落款 and 成文日期 sit at the right without indent (GB/T 9704 §7.3.5).
  signoff: text('song', { 'text-align': 'right', 'text-indent': '0' }),
  'signed-date': text('song', { 'text-align': 'right', 'text-indent': '0' }),
  attachment: text('song'),
  // 附注 居左空二字 (§7.3.6), like body text.
  annotation: text('song'),
  // 抄送 左右各空一字, wrapped lines under the first organisation after 「抄送：」 (§8.1).
  cc: text('song', { 'padding-left': '4em', 'padding-right': '1em', 'text-indent': '-3em' }),
  // 印发机关 and 印发日期 左右各空一字 (§8.2). They stay one line of text, parted by the spaces as written: a
  // floated date would be a box of its own, which a CMS paste and the page's text would break onto a line.
  imprint: text('song', { 'text-indent': '0', 'padding-left': '1em', 'padding-right': '1em' }),
}

export const QUOTE_CSS: CssDeclarations = text('kai', { margin: '0 2em 1em' })

/** GB/T 9704 §7.3.3: 一、黑体; （一）楷体; 1. 仿宋加粗; （1）仿宋. Same size as body, indented like it. */
const HEADING_FONTS: Record<HeadingLevel, [FontRole, boolean]> = {
  1: ['hei', false],
  2: ['kai', false],
  3: ['fangsong', true],
  4: ['fangsong', false],
}

export function headingCss(level: HeadingLevel): CssDeclarations {
  const [font, bold] = HEADING_FONTS[level]
  return { ...text(font, { 'text-align': 'left' }), 'font-weight': bold ? 'bold' : 'normal' }
}

/** A heading that opens its paragraph keeps its heading font inside the paragraph. */
export function runInCss(level: HeadingLevel): CssDeclarations {
  const [font, bold] = HEADING_FONTS[level]
  return { 'font-family': FONT_ROLE_CSS[font], 'font-weight': bold ? 'bold' : 'normal' }
}

export const BYLINE_CSS: CssDeclarations = { 'font-family': FONT_ROLE_CSS.hei }

/**
 * A section heading's <h2>: the template's box, with the browser's heading defaults reset and the font
 * and colour set on the box itself, so its line boxes do not depend on the portal's stylesheet.
 */
export function sectionBoxCss(template: SectionHeadingTemplate): CssDeclarations {
  return {
    ...headingBoxCss(template),
    'font-family': FONT_ROLE_CSS[template.main.font],
    'font-size': '1em',
    'font-weight': 'normal',
    'line-height': '1.6',
    color: BODY_COLOR,
  }
}

export const IMAGE_BOX_CSS: CssDeclarations = {
  margin: '1.2em 0 0.4em',
  // The line box around an inline image takes its height from the font: pin it for the same look everywhere.
  'font-family': FONT_ROLE_CSS.song,
  color: BODY_COLOR,
  'text-align': 'center',
  'text-indent': '0',
  'line-height': '1',
}
export const IMAGE_CSS: CssDeclarations = { 'max-width': '100%', height: 'auto' }
export const CAPTION_CSS: CssDeclarations = {
  margin: '0 0 1.2em',
  'font-family': FONT_ROLE_CSS.kai,
  'font-size': '0.875em',
  'line-height': '1.6',
  color: CAPTION_COLOR,
  'text-align': 'center',
  'text-indent': '0',
}

export const EMPHASIS_CSS: CssDeclarations = {
  'font-style': 'normal',
  // 着重号 sit under horizontal Chinese text (GB/T 15834 §4.15).
  'text-emphasis': 'filled dot',
  '-webkit-text-emphasis': 'filled dot',
  'text-emphasis-position': 'under right',
  '-webkit-text-emphasis-position': 'under right',
}

/** Runs of ASCII whitespace and line breaks are kept as typed, as the editor shows them. */
export const PRE_WRAP_CSS: CssDeclarations = { 'white-space': 'pre-wrap' }

/** The widest an image is shown by default; larger originals are scaled down in proportion. */
export const IMAGE_DISPLAY_MAX_WIDTH = 640
