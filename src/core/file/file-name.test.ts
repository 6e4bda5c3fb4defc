import { describe, expect, it } from 'vitest'
import { fileNameFrom } from './file-name'

describe('fileNameFrom', () => {
  it('keeps a Chinese title, without what Windows forbids', () => {
    expect(fileNameFrom('冬储菜上市\u3000价格稳中有降')).toBe('冬储菜上市价格稳中有降')
    expect(fileNameFrom('“一网通办”：办事不跑腿？ <试点> a/b\\c|d*')).toBe('“一网通办”：办事不跑腿？试点abcd')
  })
  it('drops trailing dots, renames device names and keeps 40 characters (not UTF-16 units)', () => {
    expect(fileNameFrom('通知……...')).toBe('通知……')
    expect(fileNameFrom('CON')).toBe('_CON')
    expect(fileNameFrom('nul.txt')).toBe('_nul.txt')
    expect([...fileNameFrom('𠀀'.repeat(50))]).toHaveLength(40)
    expect(fileNameFrom(' \t')).toBe('')
  })
})
