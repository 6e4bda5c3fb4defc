import { expect, it } from 'vitest'
import { inks, toCmyk } from './ink'

it('black and greys go on the black plate alone; colours are separated; RGB stays as it is', () => {
  expect(toCmyk('#000000')).toEqual([0, 0, 0, 100])
  expect(toCmyk('#555555')).toEqual([0, 0, 0, 66.7])
  expect(toCmyk('#ffffff')).toEqual([0, 0, 0, 0])
  expect(toCmyk('#c8161d')).toEqual([0, 89, 85.5, 21.6])
  expect(inks(true)('#333333')).toEqual([0, 0, 0, 80])
  expect(inks(false)('#333333')).toBe('#333333')
})
