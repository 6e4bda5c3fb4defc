import { createContext, useContext, useMemo, type CSSProperties } from 'react'
import { ReactEditor, useSlateStatic, type RenderElementProps, type RenderLeafProps } from 'slate-react'
import { findTemplate, type SectionHeadingTemplate } from '../../../core/styles/templates'
import { headingBoxCss, headingLineCss, reactStyle } from '../../../core/styles/template-css'
import { chineseNumeral } from '../../../core/model/numbering'
import { inlineText } from '../../../core/model/text'
import { PARAGRAPH_ROLE_NAMES, type HeadingLine, type SectionHeadingBlock } from '../../../core/model/article'
import { useRenderInfo } from './render-context'
import { ImageElement } from './ImageElement'
import './slate-types'


/**
 * Numbers, brackets and template affixes are drawn with ::before/::after from data attributes, never as
 * DOM text beside the editable text, so the caret and an IME composition can only land in the author's text.
 */
function lineAffixes(
  template: SectionHeadingTemplate,
  role: 'main' | 'sub',
  hasSub: boolean,
  ordinal: number,
) {
  const number = template.numbering === 'chinese' ? chineseNumeral(ordinal) + '、' : ''
  const [open, close] =
    template.decoration.kind === 'brackets' ? [template.decoration.open, template.decoration.close] : ['', '']
  const oneLine = template.layout === 'one-line'
  if (role === 'main') return { before: number + open, after: oneLine && hasSub ? '' : close }
  return oneLine ? { before: '\u3000', after: close } : { before: '', after: '' }
}

interface HeadingFrame {
  template: SectionHeadingTemplate
  hasSub: boolean
  ordinal: number
}

/**
 * Lines read their heading's template through context: Slate re-renders only nodes whose object changed,
 * and applying a template changes the heading, not its lines.
 */
const HeadingFrameContext = createContext<HeadingFrame | undefined>(undefined)

function SectionHeading({
  attributes,
  children,
  element,
}: RenderElementProps & { element: SectionHeadingBlock }) {
  const editor = useSlateStatic()
  const info = useRenderInfo()
  const template = findTemplate(info.templates, element.template)
  const ordinal = info.sectionOrdinals.get(ReactEditor.findPath(editor, element)[0]!) ?? 1
  const hasSub = element.children.length > 1
  const frame = useMemo(() => ({ template, hasSub, ordinal }), [template, hasSub, ordinal])
  return (
    <div
      {...attributes}
      className={`bx-section-heading bx-layout-${template.layout}`}
      data-template={template.id}
      style={reactStyle(headingBoxCss(template)) as CSSProperties}
    >
      <HeadingFrameContext.Provider value={frame}>{children}</HeadingFrameContext.Provider>
    </div>
  )
}

function HeadingLineElement({
  attributes,
  children,
  element,
}: RenderElementProps & { element: HeadingLine }) {
  const editor = useSlateStatic()
  const info = useRenderInfo()
  const frame = useContext(HeadingFrameContext) ?? {
    template: findTemplate(info.templates, ''),
    hasSub: false,
    ordinal: 1,
  }
  const role = ReactEditor.findPath(editor, element)[1] === 0 ? 'main' : 'sub'
  const { before, after } = lineAffixes(frame.template, role, frame.hasSub, frame.ordinal)
  const style = reactStyle(headingLineCss(frame.template, role)) as CSSProperties
  if (frame.template.layout === 'one-line') style.display = 'inline'
  const empty = inlineText(element.children) === ''
  return (
    <div
      {...attributes}
      className={`bx-heading-line bx-heading-${role}`}
      style={style}
      data-before={before || undefined}
      data-after={after || undefined}
      data-empty={empty ? (role === 'main' ? '插题主行' : '插题副行') : undefined}
    >
      {children}
    </div>
  )
}

function NumberedHeading({ attributes, children, element }: RenderElementProps) {
  const editor = useSlateStatic()
  const info = useRenderInfo()
  if (element.type !== 'heading') return null
  const label = info.headingLabels.get(ReactEditor.findPath(editor, element)[0]!) ?? ''
  return (
    <div
      {...attributes}
      className={`bx-heading bx-heading-level-${element.level}${element.runIn ? ' bx-run-in' : ''}`}
      data-label={label}
    >
      {children}
    </div>
  )
}

export function renderElement(props: RenderElementProps) {
  const { attributes, children, element } = props
  switch (element.type) {
    case 'section-heading':
      return <SectionHeading {...props} element={element} />
    case 'heading-line':
      return <HeadingLineElement {...props} element={element} />
    case 'heading':
      return <NumberedHeading {...props} />
    case 'quote':
      return (
        <blockquote {...attributes} className="bx-quote">
          {children}
        </blockquote>
      )
    case 'image':
      return <ImageElement {...props} element={element} />
    case 'paragraph': {
      const role = element.role ?? 'body'
      return (
        <p {...attributes} className={`bx-paragraph bx-role-${role}`} data-role-label={PARAGRAPH_ROLE_NAMES[role].short || undefined}>
          {children}
        </p>
      )
    }
  }
}

export function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  let out = children
  if (leaf.bold) out = <strong>{out}</strong>
  if (leaf.italic) out = <em>{out}</em>
  if (leaf.underline) out = <u>{out}</u>
  if (leaf.emphasis) out = <span className="bx-emphasis">{out}</span>
  return (
    <span {...attributes} className={leaf.findMatch ? 'bx-find-match' : undefined}>
      {out}
    </span>
  )
}
