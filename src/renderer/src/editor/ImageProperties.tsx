import { useState } from 'react'
import type { ImageAlign, ImageBlock, ImageWidth } from '../../../core/model/article'
import { CROP_MIN_KEPT, IMAGE_MAX_MM, IMAGE_MIN_MM, WIDTH_FRACTIONS, withCropEdge, type CropEdge } from '../../../core/model/image-frame'

/** A change to the image's frame: the properties to set, undefined ones removed. */
export type FrameChange = Partial<Pick<ImageBlock, 'width' | 'align' | 'crop'>>

const ALIGNMENTS: { align: ImageAlign; label: string }[] = [
  { align: 'left', label: '左对齐' },
  { align: 'center', label: '居中' },
  { align: 'right', label: '右对齐' },
]

const CROP_EDGES: { edge: CropEdge; label: string }[] = [
  { edge: 'top', label: '上' },
  { edge: 'bottom', label: '下' },
  { edge: 'left', label: '左' },
  { edge: 'right', label: '右' },
]

/** The mm width offered when the user switches to millimetres: a common single-column news photo. */
const DEFAULT_MM = 80

function widthKey(width: ImageWidth | undefined): string {
  if (!width) return 'natural'
  if ('mm' in width) return 'mm'
  return String(WIDTH_FRACTIONS.findIndex((f) => Math.abs(f.fraction - width.fraction) < 1e-6))
}

function widthFromKey(key: string, current: ImageWidth | undefined): ImageWidth | undefined {
  if (key === 'natural') return undefined
  if (key === 'mm') return current && 'mm' in current ? current : { mm: DEFAULT_MM }
  return { fraction: WIDTH_FRACTIONS[Number(key)]!.fraction }
}

const percent = (fraction: number) => Math.round(fraction * 1000) / 10

/**
 * A number box that keeps what the user is typing: a value outside min–max on the way to a valid one
 * (the 1 of 120 mm) is held here instead of snapping back, and only valid values reach the document.
 */
function NumberField({ label, value, min, max, onCommit }: { label: string; value: number; min: number; max: number; onCommit(value: number): void }) {
  const [typed, setTyped] = useState<string>()
  return (
    <input
      type="number"
      aria-label={label}
      min={min}
      max={max}
      step={1}
      value={typed ?? String(value)}
      onFocus={() => setTyped(String(value))}
      onBlur={() => setTyped(undefined)}
      onChange={(e) => {
        const text = e.currentTarget.value
        setTyped(text)
        const n = Number(text)
        if (text !== '' && n >= min && n <= max) onCommit(n)
      }}
    />
  )
}

/**
 * 图片属性: width (a share of the column or millimetres), alignment and crop, as Word's 设置图片格式
 * offers them. The crop is in percent of the original per edge; the original file is kept.
 */
export function ImageProperties({ element, onChange, onClose }: { element: ImageBlock; onChange(change: FrameChange): void; onClose(): void }) {
  const key = widthKey(element.width)
  return (
    <div className="bx-image-props" role="group" aria-label="图片属性">
      <div className="bx-image-props-row">
        <label>
          <span>宽度</span>
          <select aria-label="宽度" value={key} onChange={(e) => onChange({ width: widthFromKey(e.currentTarget.value, element.width) })}>
            <option value="natural">原始大小</option>
            {WIDTH_FRACTIONS.map((f, i) => (
              <option key={f.label} value={String(i)}>
                {f.label}
              </option>
            ))}
            <option value="mm">指定毫米</option>
          </select>
        </label>
        {element.width && 'mm' in element.width ? (
          <label>
            <NumberField label="宽度（毫米）" value={element.width.mm} min={IMAGE_MIN_MM} max={IMAGE_MAX_MM} onCommit={(mm) => onChange({ width: { mm } })} />
            <span>毫米（不超过栏宽）</span>
          </label>
        ) : null}
      </div>
      <div className="bx-image-props-row" role="radiogroup" aria-label="对齐">
        <span>对齐</span>
        {ALIGNMENTS.map(({ align, label }) => (
          <button
            key={align}
            type="button"
            role="radio"
            aria-checked={(element.align ?? 'center') === align}
            onClick={() => onChange({ align: align === 'center' ? undefined : align })}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="bx-image-props-row">
        <span>裁剪（%）</span>
        {CROP_EDGES.map(({ edge, label }) => (
          <label key={edge}>
            <span>{label}</span>
            <NumberField
              label={`裁剪${label}（%）`}
              value={percent(element.crop?.[edge] ?? 0)}
              min={0}
              max={100 * (1 - CROP_MIN_KEPT)}
              onCommit={(value) => onChange({ crop: withCropEdge(element.crop, edge, value / 100) })}
            />
          </label>
        ))}
        <button type="button" disabled={!element.crop} onClick={() => onChange({ crop: undefined })}>
          恢复原图
        </button>
      </div>
      <div className="bx-image-props-row bx-image-props-end">
        <button type="button" onClick={onClose}>
          完成
        </button>
      </div>
    </div>
  )
}
