import type { Locator } from '@playwright/test'

/**
 * Rows of dark pixels in a screenshot of `locator`, grouped into bands separated by blank rows: what a
 * reader sees as separate marks (a label, dots under it). `dark` is the luminance below which a pixel counts.
 */
export async function inkBands(locator: Locator, dark = 110): Promise<{ top: number; bottom: number }[]> {
  const png = (await locator.screenshot()).toString('base64')
  return locator.page().evaluate(
    async ({ png, dark }) => {
      const img = new Image()
      img.src = `data:image/png;base64,${png}`
      await img.decode()
      const canvas = document.createElement('canvas')
      canvas.width = img.width
      canvas.height = img.height
      const g = canvas.getContext('2d')!
      g.drawImage(img, 0, 0)
      const { data } = g.getImageData(0, 0, img.width, img.height)
      const bands: { top: number; bottom: number }[] = []
      for (let y = 0; y < img.height; y++) {
        let ink = false
        for (let x = 0; x < img.width && !ink; x++) {
          const i = (y * img.width + x) * 4
          ink = 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]! < dark
        }
        const last = bands[bands.length - 1]
        if (ink && last && last.bottom === y - 1) last.bottom = y
        else if (ink) bands.push({ top: y, bottom: y })
      }
      return bands
    },
    { png, dark },
  )
}
