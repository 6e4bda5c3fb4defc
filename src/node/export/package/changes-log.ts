/**
 * The parts of a normalisation change that report/changes.log prints. Structural, so the normaliser's own
 * Change type (src/core/normalize) fits without this module depending on it.
 */
export interface LoggedChange {
  before: string
  after: string
  /** What the change is, in words or as a rule id. */
  rule?: string
  /** 0-based block index in the article. */
  block?: number
  /** 0-based character offset within the block's text. */
  offset?: number
}

const show = (s: string) => `「${s.replace(/\u00a0/g, '⍽').replace(/ /g, '␣').replace(/\u3000/g, '□')}」`

/** One line per change: 「第 3 个内容块 第 12 字：「,」 → 「，」（标点转全角）」. Spaces are made visible. */
export function renderChangesLog(changes: readonly LoggedChange[] | undefined): string {
  if (!changes) return '本次导出未附带规范化记录（文章未经版心导入规范化，或记录不可用）。\n'
  if (!changes.length) return '规范化未做任何修改。\n'
  const lines = changes.map((c) => {
    const where = [c.block !== undefined ? `第 ${c.block + 1} 个内容块` : '', c.offset !== undefined ? `第 ${c.offset + 1} 字` : ''].filter(Boolean).join(' ')
    return `${where ? where + '：' : ''}${show(c.before)} → ${show(c.after)}${c.rule ? `（${c.rule}）` : ''}`
  })
  return [`规范化修改共 ${changes.length} 处（修改前 → 修改后；␣ 为半角空格，⍽ 为不换行空格，□ 为全角空格）`, '', ...lines, ''].join('\n')
}
