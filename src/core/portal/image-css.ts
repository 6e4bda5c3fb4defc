import type { ImageBlock } from '../model/article'
import { cropWindow, isCropped } from '../model/image-frame'
import type { CssDeclarations } from '../styles/template-css'
import { IMAGE_BOX_CSS, IMAGE_CSS, IMAGE_DISPLAY_MAX_WIDTH } from './body-styles'

/** An image block's size, alignment and crop: what the portal's HTML and the editor both draw. */
export type ImageFrame = Pick<ImageBlock, 'width' | 'align' | 'crop'>

export interface ImageCss {
  /** The paragraph holding the image: its alignment. */
  box: CssDeclarations
  /** Present for a crop: the window (overflow hidden) the whole original is shown through. */
  window?: CssDeclarations
  img: CssDeclarations
}

const pct = (n: number) => `${Math.round(n * 1e4) / 100}%`

/** A fraction of the text column is a share of the body's width on the web; millimetres are CSS mm. */
function widthCss(frame: ImageFrame): string | undefined {
  if (!frame.width) return undefined
  return 'fraction' in frame.width ? pct(frame.width.fraction) : `${frame.width.mm}mm`
}

/**
 * Inline styles only, since a CMS keeps nothing else. A crop cannot change the file, so the original is
 * laid out larger inside a window with overflow hidden, shifted by negative margins; percentages in
 * margins are of the window's width (CSS 2 §8.3), hence the top margin scales by the original's aspect.
 * Without the original's size a crop cannot be drawn, and the whole image shows.
 */
export function imageCss(frame: ImageFrame, size: { width: number; height: number } | undefined): ImageCss {
  const box = { ...IMAGE_BOX_CSS, 'text-align': frame.align ?? 'center' }
  const width = widthCss(frame)
  if (!isCropped(frame.crop) || !size) return { box, img: { ...IMAGE_CSS, ...(width ? { width } : {}) } }
  const shown = cropWindow(frame.crop)
  const shownWidth = size.width * shown.width
  return {
    box,
    window: {
      display: 'inline-block',
      overflow: 'hidden',
      'vertical-align': 'top',
      'max-width': '100%',
      width: width ?? `${Math.round(Math.min(shownWidth, IMAGE_DISPLAY_MAX_WIDTH))}px`,
      'aspect-ratio': `${Math.round(shownWidth)} / ${Math.round(size.height * shown.height)}`,
    },
    img: {
      display: 'block',
      'max-width': 'none',
      width: pct(1 / shown.width),
      height: 'auto',
      'margin-left': pct(-shown.x / shown.width),
      'margin-top': pct((-shown.y * size.height) / (size.width * shown.width)),
    },
  }
}
