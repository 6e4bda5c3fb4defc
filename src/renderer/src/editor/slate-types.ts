import type { BaseEditor } from 'slate'
import type { ReactEditor } from 'slate-react'
import type { HistoryEditor } from 'slate-history'
import type { Block, HeadingLine, Inline } from '../../../core/model/article'

/** Slate's value is the Article's block list itself: no conversion layer (design §1). */
export type ArticleElement = Block | HeadingLine

declare module 'slate' {
  interface CustomTypes {
    Editor: BaseEditor & ReactEditor & HistoryEditor
    Element: ArticleElement
    Text: Inline
  }
}
