import type { ReactNode, SyntheticEvent } from 'react'
import { Transforms } from 'slate'
import { ReactEditor, useSelected, useSlateStatic, type RenderElementProps } from 'slate-react'
import type { ImageBlock } from '../../../core/model/article'
import { useRenderInfo } from './render-context'

type Field = 'caption' | 'credit' | 'alt'

/**
 * Focus, blur and clicks inside the void otherwise reach Slate's handlers, which treat the void as
 * selected and, on the blur of one field, put the DOM selection back on the void's spacer: the next
 * field clicked loses focus to the body and its keystrokes land in the text (slate#2504).
 */
const keepFromSlate = {
  onFocus: (e: SyntheticEvent) => e.stopPropagation(),
  onBlur: (e: SyntheticEvent) => e.stopPropagation(),
  onClick: (e: SyntheticEvent) => e.stopPropagation(),
  onMouseDown: (e: SyntheticEvent) => e.stopPropagation(),
}

/** An image with its 图注, 署名 and 替代文字 edited in place, in plain inputs kept out of Slate's reach. */
export function ImageElement({
  attributes,
  children,
  element,
}: RenderElementProps & { element: ImageBlock }) {
  const editor = useSlateStatic()
  const info = useRenderInfo()
  const selected = useSelected()
  const src = info.imageUrl(element.asset)
  const set = (field: Field, value: string) => {
    const at = ReactEditor.findPath(editor, element)
    if (value || field === 'alt') Transforms.setNodes(editor, { [field]: value }, { at })
    else Transforms.unsetNodes(editor, field, { at })
  }
  const missingAlt = !element.alt.trim()
  const field = (name: Field, label: string, placeholder: string, extra?: ReactNode) => (
    <label className={`bx-image-field bx-image-${name}`}>
      <span>{label}</span>
      <input
        value={element[name] ?? ''}
        placeholder={placeholder}
        aria-label={label}
        aria-invalid={name === 'alt' && missingAlt}
        data-image-field={name}
        onChange={(e) => set(name, e.currentTarget.value)}
      />
      {extra}
    </label>
  )
  return (
    <figure
      {...attributes}
      className={`bx-image${selected ? ' bx-image-selected' : ''}`}
      data-asset={element.asset}
    >
      <div contentEditable={false} className="bx-image-body">
        {src ? (
          <img src={src} alt={element.alt} draggable={false} />
        ) : (
          <div className="bx-image-missing">图片缺失</div>
        )}
        <div className="bx-image-fields" {...keepFromSlate}>
          {field('caption', '图注', '图注（可选）')}
          {field('credit', '署名', '摄影或来源（可选）')}
          {field(
            'alt',
            '替代文字',
            '描述图片内容，供读屏软件朗读',
            missingAlt ? <em className="bx-field-error">必填：请描述这张图片</em> : null,
          )}
        </div>
        <button
          type="button"
          className="bx-image-remove"
          onClick={() => Transforms.removeNodes(editor, { at: ReactEditor.findPath(editor, element) })}
        >
          删除图片
        </button>
      </div>
      {children}
    </figure>
  )
}
