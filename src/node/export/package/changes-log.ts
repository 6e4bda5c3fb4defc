import { describeChange, type Change } from '../../../core/normalize'
import type { MetaTextField } from '../../../core/normalize'

const FIELD_NAMES: Record<MetaTextField, string> = { kicker: '引题', title: '标题', subtitle: '副题', summary: '摘要' }

function where(change: Change): string {
  const at = change.at
  const unit = 'field' in at ? FIELD_NAMES[at.field] : `第 ${at.block + 1} 个内容块${at.line > 0 ? ` 第 ${at.line + 1} 行` : ''}`
  return `${unit} 第 ${change.offset + 1} 字`
}

/**
 * report/changes.log: every normalisation made on import, one per line, 「第 3 个内容块 第 12 字：「,」→「，」
 * （半角标点改为全角）」, in the wording the editor's lint panel uses.
 */
export function renderChangesLog(changes: readonly Change[] | undefined): string {
  if (!changes) return '这篇文章不是由版心从其他格式导入的，没有导入时的规范化记录。\n'
  if (!changes.length) return '规范化未做任何修改。\n'
  const legend = `导入时规范化修改共 ${changes.length} 处（位置按导入时的文本计；修改前 → 修改后；␣ 为半角空格，⍽ 为不换行空格，□ 为全角空格）`
  return [legend, '', ...changes.map((c) => `${where(c)}：${describeChange(c)}`), ''].join('\n')
}
