import type { BaseEditor } from 'slate'
import type { ReactEditor } from 'slate-react'
import type { HistoryEditor } from 'slate-history'
import type { Block, HeadingLine, Inline } from '../../../core/model/article'

/** Slate's value is the Article's block list itself: no conversion layer (design §1). */
export type ArticleElement = Block | HeadingLine

/** Decoration flags find & replace adds to leaves while rendering; never stored in the document. */
export interface FindDecoration {
  findMatch?: true
  findCurrent?: true
}

declare module 'slate' {
  interface CustomTypes {
    Editor: BaseEditor & ReactEditor & HistoryEditor
    Element: ArticleElement
    Text: Inline & FindDecoration
  }
}
