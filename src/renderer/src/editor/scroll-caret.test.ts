import { describe, expect, it } from 'vitest'
import { scrollToShow } from './scroll-caret'

const view = { top: 100, bottom: 500, left: 0, right: 600 }
const caret = (top: number, left = 300) => ({ top, bottom: top + 20, left, right: left + 1 })

describe('the caret is scrolled into view by the least distance', () => {
  it('a caret in view stays where it is', () => {
    expect(scrollToShow(caret(300), view)).toEqual({ x: 0, y: 0 })
    expect(scrollToShow(caret(100), view)).toEqual({ x: 0, y: 0 })
    expect(scrollToShow(caret(480), view)).toEqual({ x: 0, y: 0 })
  })

  it('a caret below the view scrolls down until its line is the last one shown', () => {
    expect(scrollToShow(caret(495), view)).toEqual({ x: 0, y: 15 })
    expect(scrollToShow(caret(2000), view)).toEqual({ x: 0, y: 1520 })
  })

  it('a caret above the view scrolls up until its line is the first one shown', () => {
    expect(scrollToShow(caret(90), view)).toEqual({ x: 0, y: -10 })
  })

  it('a caret beside the view scrolls across', () => {
    expect(scrollToShow(caret(300, 650), view)).toEqual({ x: 51, y: 0 })
    expect(scrollToShow(caret(300, -40), view)).toEqual({ x: -40, y: 0 })
  })
})
