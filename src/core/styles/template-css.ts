import { FONT_ROLE_CSS } from './fonts'
import type { SectionHeadingTemplate } from './templates'

/** CSS declarations (kebab-case) for screen renderers: the editor uses them as React styles, the portal inline. */
export type CssDeclarations = Record<string, string>

export function headingBoxCss(template: SectionHeadingTemplate): CssDeclarations {
  const css: CssDeclarations = {
    'text-align': template.align,
    'margin-top': `${template.spaceBefore}em`,
    'margin-bottom': `${template.spaceAfter}em`,
    'text-indent': '0',
  }
  const d = template.decoration
  if (d.kind === 'left-rule') {
    css['border-left'] = `${d.width}em solid ${d.color}`
    css['padding-left'] = '0.6em'
  }
  return css
}

export function headingLineCss(template: SectionHeadingTemplate, role: 'main' | 'sub'): CssDeclarations {
  const s = template[role]
  const css: CssDeclarations = {
    'font-family': FONT_ROLE_CSS[s.font],
    'font-size': `${s.size}em`,
    'font-weight': s.bold ? 'bold' : 'normal',
    color: s.color,
    'line-height': '1.6',
    margin: '0',
    'text-indent': '0',
  }
  if (role === 'main' && template.decoration.kind === 'band') {
    css['background-color'] = template.decoration.color
    css.padding = '0.15em 0.6em'
    css.display = 'inline-block'
  }
  return css
}

/** React's style object keys are camelCase. */
export function reactStyle(css: CssDeclarations): Record<string, string> {
  return Object.fromEntries(Object.entries(css).map(([k, v]) => [k.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()), v]))
}
