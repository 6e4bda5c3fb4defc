import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { article, image, paragraph } from '../../../core/model/build'
import type { ImageBlock } from '../../../core/model/article'
import { hasCommand, output } from '../../../../test/fixtures/typeset/pdf-tools'
import { exportPdf } from './export-pdf'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'banxin-pdf-image-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A 200 × 100 px PNG: red on the left half, blue on the right. */
async function redBlue(): Promise<Uint8Array> {
  const half = (r: number, b: number) => sharp({ create: { width: 100, height: 100, channels: 3, background: { r, g: 0, b } } }).png().toBuffer()
  const png = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#ffffff' } })
    .composite([
      { input: await half(255, 0), left: 0, top: 0 },
      { input: await half(0, 255), left: 100, top: 0 },
    ])
    .png()
    .toBuffer()
  return new Uint8Array(png)
}

/** Counts the clearly red and clearly blue pixels on page 1 of a PDF, and where the coloured ones start across. */
async function colours(pdf: Uint8Array, name: string): Promise<{ red: number; blue: number; left: number; width: number }> {
  const file = join(dir, `${name}.pdf`)
  await writeFile(file, pdf)
  output('pdftoppm', '-r', '50', '-f', '1', '-l', '1', '-png', file, join(dir, name))
  const { data, info } = await sharp(await readFile(join(dir, `${name}-1.png`))).raw().toBuffer({ resolveWithObject: true })
  let red = 0
  let blue = 0
  let left = info.width
  for (let i = 0; i < data.length; i += info.channels) {
    const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!]
    const isRed = r > 200 && g < 60 && b < 60
    const isBlue = b > 200 && r < 60 && g < 60
    if (isRed) red++
    if (isBlue) blue++
    if (isRed || isBlue) left = Math.min(left, (i / info.channels) % info.width)
  }
  return { red, blue, left, width: info.width }
}

describe.skipIf(!hasCommand('pdftoppm'))('图片的裁剪和对齐印到 PDF 上', () => {
  it('a crop shows only its window of the original, which goes into the PDF whole; right alignment moves it right', async () => {
    const photo = await redBlue()
    const bundle = (props: Partial<ImageBlock>) => ({
      article: article({ title: '图' }, [paragraph('正文。'), { ...(image('p', '红蓝') as ImageBlock), ...props }], { p: { mime: 'image/png', name: 'p.png', width: 200, height: 100 } }),
      assetData: { p: photo },
    })
    const whole = await colours((await exportPdf(bundle({ width: { fraction: 0.5 } }))).bytes, 'whole')
    expect(whole.red).toBeGreaterThan(100)
    expect(whole.blue / whole.red).toBeCloseTo(1, 1)

    const redHalf = await colours((await exportPdf(bundle({ width: { fraction: 0.5 }, crop: { left: 0, top: 0, right: 0.5, bottom: 0 } }))).bytes, 'red')
    expect(redHalf.blue, 'the blue half is cut off').toBe(0)
    const embedded = output('pdfimages', '-list', join(dir, 'red.pdf')).split('\n').slice(2).filter(Boolean).map((l) => l.trim().split(/\s+/).slice(2, 5).join(' '))
    expect(embedded, 'the original is embedded whole').toContain('image 200 100')
    expect(redHalf.red / whole.red, 'the red half fills the width the whole photo had: twice as wide and as tall').toBeCloseTo(4, 0)

    const right = await colours((await exportPdf(bundle({ width: { fraction: 0.25 }, align: 'right', crop: { left: 0.5, top: 0, right: 0, bottom: 0 } }))).bytes, 'right')
    expect(right.red, 'the red half is cut off').toBe(0)
    expect(right.blue).toBeGreaterThan(50)
    expect(right.left, 'set against the right of the column').toBeGreaterThan(whole.left + right.width * 0.3)
  })
})
