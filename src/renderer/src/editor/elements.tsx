import type { CSSProperties } from 'react'
import { ReactEditor, useSlateStatic, type RenderElementProps, type RenderLeafProps } from 'slate-react'
import { findTemplate } from '../../../core/styles/templates'
import { headingBoxCss, headingLineCss, reactStyle } from '../../../core/styles/template-css'
import { sectionHeadingLines } from '../../../core/styles/section-heading-lines'
import type { SectionHeadingBlock } from '../../../core/model/article'
import { useRenderInfo } from './render-context'

const ROLE_LABELS: Record<string, string> = { lead: '导语', note: '编者按', signoff: '落款', attachment: '附件' }

function topIndex(editor: ReturnType<typeof useSlateStatic>, element: RenderElementProps['element']): number {
  return ReactEditor.findPath(editor, element)[0] ?? -1
}

function SectionHeading({ attributes, children, element }: RenderElementProps & { element: SectionHeadingBlock }) {
  const editor = useSlateStatic()
  const info = useRenderInfo()
  const template = findTemplate(info.templates, element.template)
  const index = topIndex(editor, element)
  const lines = sectionHeadingLines(element, template, info.sectionOrdinals.get(index) ?? 1)
  return (
    <div
      {...attributes}
      className="bx-section-heading"
      data-template={template.id}
      style={reactStyle(headingBoxCss(template)) as CSSProperties}
    >
      {lines[0]?.prefix ? (
        <span contentEditable={false} className="bx-heading-affix" style={reactStyle(headingLineCss(template, 'main')) as CSSProperties}>
          {lines[0].prefix}
        </span>
      ) : null}
      {children}
    </div>
  )
}

function HeadingLineElement({ attributes, children, element }: RenderElementProps) {
  const editor = useSlateStatic()
  const info = useRenderInfo()
  const path = ReactEditor.findPath(editor, element)
  const parent = editor.children[path[0]!]
  const role = path[1] === 0 ? 'main' : 'sub'
  const templateId = parent && 'type' in parent && parent.type === 'section-heading' ? parent.template : ''
  const template = findTemplate(info.templates, templateId)
  const style = reactStyle(headingLineCss(template, role)) as CSSProperties
  const oneLine = template.layout === 'one-line'
  const suffix = role === 'main' && template.decoration.kind === 'brackets' ? template.decoration.close : ''
  return (
    <div {...attributes} className={`bx-heading-line bx-heading-${role}`} style={{ ...style, display: oneLine ? 'inline' : 'block' }}>
      {children}
      {suffix ? <span contentEditable={false}>{suffix}</span> : null}
    </div>
  )
}

function ImageElement({ attributes, children, element }: RenderElementProps) {
  const info = useRenderInfo()
  if (element.type !== 'image') return null
  const src = info.imageUrl(element.asset)
  return (
    <figure {...attributes} className="bx-image">
      <div contentEditable={false}>
        {src ? <img src={src} alt={element.alt} /> : <div className="bx-image-missing">图片缺失</div>}
        {element.caption || element.credit ? (
          <p className="bx-caption">
            {element.caption}
            {element.credit ? `（${element.credit}）` : ''}
          </p>
        ) : null}
      </div>
      {children}
    </figure>
  )
}

export function renderElement(props: RenderElementProps) {
  const { attributes, children, element } = props
  switch (element.type) {
    case 'section-heading':
      return <SectionHeading {...props} element={element} />
    case 'heading-line':
      return <HeadingLineElement {...props} />
    case 'heading':
      return <NumberedHeading {...props} />
    case 'quote':
      return (
        <blockquote {...attributes} className="bx-quote">
          {children}
        </blockquote>
      )
    case 'image':
      return <ImageElement {...props} />
    case 'paragraph': {
      const role = element.role ?? 'body'
      return (
        <p {...attributes} className={`bx-paragraph bx-role-${role}`} data-role-label={ROLE_LABELS[role]}>
          {children}
        </p>
      )
    }
  }
}

function NumberedHeading({ attributes, children, element }: RenderElementProps) {
  const editor = useSlateStatic()
  const info = useRenderInfo()
  if (element.type !== 'heading') return null
  const label = info.headingLabels.get(topIndex(editor, element)) ?? ''
  return (
    <div {...attributes} className={`bx-heading bx-heading-level-${element.level}${element.runIn ? ' bx-run-in' : ''}`}>
      <span contentEditable={false} className="bx-heading-label">
        {label}
      </span>
      {children}
    </div>
  )
}

export function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  let out = children
  if (leaf.bold) out = <strong>{out}</strong>
  if (leaf.italic) out = <em>{out}</em>
  if (leaf.underline) out = <u>{out}</u>
  if (leaf.emphasis) out = <span className="bx-emphasis">{out}</span>
  return <span {...attributes}>{out}</span>
}
