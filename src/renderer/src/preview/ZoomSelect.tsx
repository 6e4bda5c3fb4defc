import { ZOOM_STEPS, parseZoom, zoomLabel, type FIT_LABELS, type Zoom } from './zoom'

interface Props {
  zoom: Zoom
  /** The fitting choices this preview offers, first in the menu. */
  fits: readonly (keyof typeof FIT_LABELS)[]
  onChange(zoom: Zoom): void
}

/** 缩放: the fitting choices, then 50 %–400 %. */
export function ZoomSelect({ zoom, fits, onChange }: Props) {
  return (
    <label>
      缩放
      <select
        value={String(zoom)}
        onChange={(e) => onChange(parseZoom(e.currentTarget.value))}
        aria-label="缩放"
      >
        {[...fits, ...ZOOM_STEPS].map((z) => (
          <option key={z} value={String(z)}>
            {zoomLabel(z)}
          </option>
        ))}
      </select>
    </label>
  )
}
