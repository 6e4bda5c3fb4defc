import { expect, it } from 'vitest'
import { once } from './once'

it('makes the value when first asked, not before, and only once', () => {
  let made = 0
  const value = once(() => ({ made: ++made }))
  expect(made).toBe(0)
  const first = value()
  expect(value()).toBe(first)
  expect(made).toBe(1)
})

it('keeps a value that is undefined rather than making it again', () => {
  let made = 0
  const value = once(() => {
    made++
    return undefined
  })
  value()
  value()
  expect(made).toBe(1)
})
