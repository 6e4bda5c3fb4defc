import type { Change, NormalizeRule } from '../model/review'

/**
 * A normalisation (`Change`, defined with the import review it is kept in) is reviewable in the editor's lint
 * panel, the import review panel and `changes.log`.
 */
export type { Change }

export const RULE_NAMES: Record<NormalizeRule, string> = {
  'punct-width': '半角标点改为全角',
  brackets: '半角括号改为全角',
  quotes: '直引号改为弯引号',
  'space-percent': '删除数字与百分号间的空格',
  'space-cjk': '删除汉字与标点间的空格',
  indent: '删除行首缩进字符',
  'trailing-space': '删除行尾空格',
  'headline-space': '标题词间空格改为全角空格',
}

const show = (s: string) =>
  s
    ? s
        .replace(/\u00a0/g, '⍽')
        .replace(/\u3000/g, '□')
        .replace(/ /g, '␣')
        .replace(/\t/g, '⇥')
    : '（无）'

/** 「,」→「，」（半角标点改为全角） — the wording of a change in reports and lint output. */
export function describeChange(change: Pick<Change, 'before' | 'after' | 'rule'>): string {
  return `「${show(change.before)}」→「${show(change.after)}」（${RULE_NAMES[change.rule]}）`
}
