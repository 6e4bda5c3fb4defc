import type { CSSProperties } from 'react'
import type { SectionHeadingBlock } from '../../../core/model/article'
import { sectionHeadingLines } from '../../../core/styles/section-heading-lines'
import { headingBoxCss, headingLineCss, reactStyle } from '../../../core/styles/template-css'
import type { SectionHeadingTemplate } from '../../../core/styles/templates'

/** A section heading drawn by a template exactly as the portal draws it (same lines, same CSS). */
export function TemplatePreview({
  heading,
  template,
  ordinal,
}: {
  heading: SectionHeadingBlock
  template: SectionHeadingTemplate
  ordinal: number
}) {
  const box = { ...reactStyle(headingBoxCss(template)), marginTop: 0, marginBottom: 0 } as CSSProperties
  return (
    <div className="bx-template-preview" style={box} aria-hidden>
      {sectionHeadingLines(heading, template, ordinal).map((line) => (
        <div key={line.role} style={reactStyle(headingLineCss(template, line.role)) as CSSProperties}>
          {line.prefix}
          {line.text}
          {line.suffix}
        </div>
      ))}
    </div>
  )
}
