import { useEffect, useState, type ReactNode, type SyntheticEvent } from 'react'
import { Transforms } from 'slate'
import { ReactEditor, useSelected, useSlateStatic, type RenderElementProps } from 'slate-react'
import type { ImageBlock } from '../../../core/model/article'
import { imageCss } from '../../../core/portal/image-css'
import { reactStyle } from '../../../core/styles/template-css'
import { ImageProperties, type FrameChange } from './ImageProperties'
import { useRenderInfo } from './render-context'
import { setProps } from './set-props'

type Field = 'caption' | 'credit' | 'alt'

/** Dispatched on an image's element to open its 图片属性 (the right-click menu's item). */
export const OPEN_IMAGE_PROPERTIES = 'bx-open-image-properties'

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
  const [propertiesOpen, setPropertiesOpen] = useState(false)
  // The original's pixel size, once loaded: a crop window needs its aspect.
  const [natural, setNatural] = useState<{ width: number; height: number }>()
  useEffect(() => {
    const figure = ReactEditor.toDOMNode(editor, element)
    const open = () => setPropertiesOpen(true)
    figure.addEventListener(OPEN_IMAGE_PROPERTIES, open)
    return () => figure.removeEventListener(OPEN_IMAGE_PROPERTIES, open)
  }, [editor, element])
  const setFrame = (change: FrameChange) => {
    const at = ReactEditor.findPath(editor, element)
    const unset = Object.keys(change).filter((k) => change[k as keyof FrameChange] === undefined)
    if (unset.length) Transforms.unsetNodes(editor, unset, { at })
    const set = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined))
    if (Object.keys(set).length) setProps(editor, at, set)
  }
  const css = imageCss(element, natural)
  const framed = !!(element.width || css.window)
  const img = src ? (
    <img
      src={src}
      alt={element.alt}
      draggable={false}
      className={framed ? undefined : 'bx-image-natural'}
      style={reactStyle(css.img)}
      onLoad={(e) => setNatural({ width: e.currentTarget.naturalWidth, height: e.currentTarget.naturalHeight })}
    />
  ) : null
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
        {img ? (
          <div className="bx-image-frame" style={{ textAlign: element.align ?? 'center' }}>
            {css.window ? (
              <span className="bx-image-window" style={reactStyle(css.window)}>
                {img}
              </span>
            ) : (
              img
            )}
          </div>
        ) : (
          <div className="bx-image-missing">图片缺失</div>
        )}
        {propertiesOpen ? (
          <div className="bx-image-props-wrap" {...keepFromSlate}>
            <ImageProperties element={element} onChange={setFrame} onClose={() => setPropertiesOpen(false)} />
          </div>
        ) : null}
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
        <div className="bx-image-actions">
          <button type="button" aria-expanded={propertiesOpen} onClick={() => setPropertiesOpen((o) => !o)}>
            图片属性
          </button>
          <button type="button" onClick={() => Transforms.removeNodes(editor, { at: ReactEditor.findPath(editor, element) })}>
            删除图片
          </button>
        </div>
      </div>
      {children}
    </figure>
  )
}
