import { describe, expect, it } from 'vitest'
import { PathGrants } from './path-grants'

describe('path grants', () => {
  it('let a written path be opened too, but an opened one not be written', () => {
    const grants = new PathGrants()
    grants.allow('/docs/a.banxin', 'write')
    grants.allow('/docs/b.docx', 'open')
    expect(grants.may('/docs/a.banxin', 'open')).toBe(true)
    expect(grants.may('/docs/b.docx', 'write')).toBe(false)
    grants.allow('/docs/a.banxin', 'open')
    expect(grants.may('/docs/a.banxin', 'write'), 'a later open grant does not take write away').toBe(true)
  })

  it('compare resolved paths, so ../ tricks name the same file or none', () => {
    const grants = new PathGrants()
    grants.allow('/docs/a.banxin', 'write')
    expect(grants.may('/docs/x/../a.banxin', 'write')).toBe(true)
    expect(grants.may('/docs/a.banxin/../../etc/passwd', 'open')).toBe(false)
  })

  it('refuse with a sentence that says how to grant the path', () => {
    expect(() => new PathGrants().check('/etc/passwd', 'open')).toThrow(/打开」对话框/)
    expect(() => new PathGrants().check('/etc/passwd', 'write')).toThrow(/另存为/)
  })
})
