import { headlineSpaceRuns } from '../text/headline-space'
import type { TextEdit } from './edit'

/** The `headline-space` rule: a space between two Chinese parts of a headline → U+3000. */
export function headlineSpaceEdits(text: string, charAt?: (i: number) => string | undefined): TextEdit[] {
  return headlineSpaceRuns(text, charAt).map((r) => ({ offset: r.offset, before: r.space, after: '\u3000', rule: 'headline-space' }))
}
