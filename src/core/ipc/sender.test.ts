import { describe, expect, it } from 'vitest'
import { isOwnPage } from './sender'

const pages = ['app://banxin/index.html']

describe('IPC sender check', () => {
  it('accepts the window’s own page on the app:// origin, whatever its path or hash', () => {
    expect(isOwnPage({ url: 'app://banxin/index.html', isMainFrame: true }, pages)).toBe(true)
    expect(isOwnPage({ url: 'app://banxin/index.html#settings', isMainFrame: true }, pages)).toBe(true)
  })

  it('refuses frames inside the page (the portal preview) even on our origin', () => {
    expect(isOwnPage({ url: 'app://banxin/index.html', isMainFrame: false }, pages)).toBe(false)
  })

  it('refuses other origins, other hosts on our scheme, file:// pages and unparsable URLs', () => {
    for (const url of ['https://evil.example/index.html', 'app://other/index.html', 'file:///tmp/index.html', 'about:blank', 'not a url', ''])
      expect(isOwnPage({ url, isMainFrame: true }, pages), url).toBe(false)
  })

  it('refuses a call whose frame is gone', () => {
    expect(isOwnPage(null, pages)).toBe(false)
  })

  it('accepts the dev server only when main was given it', () => {
    const dev = { url: 'http://localhost:5173/', isMainFrame: true }
    expect(isOwnPage(dev, pages)).toBe(false)
    expect(isOwnPage(dev, ['http://localhost:5173/'])).toBe(true)
    expect(isOwnPage({ url: 'http://localhost:5174/', isMainFrame: true }, ['http://localhost:5173/'])).toBe(false)
  })
})
