import { expect, it } from 'vitest'
import { inks, toCmyk } from './ink'

it('black and greys go on the black plate alone; colours are separated; RGB stays as it is', () => {
  expect(toCmyk('#000000')).toEqual([0, 0, 0, 100])
  expect(toCmyk('#555555')).toEqual([0, 0, 0, 66.7])
  expect(toCmyk('#ffffff')).toEqual([0, 0, 0, 0])
  expect(toCmyk('#c8161d')).toEqual([0, 89, 85.5, 21.6])
  expect(inks(true)('#333333')).toEqual({ fill: '0 0 0 0.8 k', stroke: '0 0 0 0.8 K' })
  expect(inks(true)('#000000').fill).toBe('0 0 0 1 k')
  expect(inks(true)('#c8161d').fill).toBe('0 0.89 0.855 0.216 k')
})

it('in an RGB document black and greys are DeviceGray (one plate if it is ever separated), colours RGB', () => {
  expect(inks(false)('#000000')).toEqual({ fill: '0 g', stroke: '0 G' })
  expect(inks(false)('#333333').fill).toBe('0.2 g')
  expect(inks(false)('#c8161d').fill).toBe('0.784 0.086 0.114 rg')
})
