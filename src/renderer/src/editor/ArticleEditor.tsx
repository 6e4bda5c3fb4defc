import { useMemo } from 'react'
import { createEditor, type Descendant } from 'slate'
import { Editable, Slate, withReact } from 'slate-react'
import { withHistory } from 'slate-history'
import type { Article, ArticleMeta, Block } from '../../../core/model/article'
import { headingLabels } from '../../../core/model/numbering'
import { sectionHeadingOrdinals } from '../../../core/styles/section-heading-lines'
import { BUILTIN_TEMPLATES } from '../../../core/styles/builtin-templates'
import { withArticle } from './with-article'
import { renderElement, renderLeaf } from './elements'
import { RenderContext, type RenderInfo } from './render-context'
import { MetaFields } from './MetaFields'
import { ReactEditor } from 'slate-react'
import './slate-types'
import type { CommandBus } from '../app/command-bus'

interface Props {
  article: Article
  /** Commands from the menu and app shortcuts (find, replace, toggle-outline …). */
  commands: CommandBus
  imageUrl(assetId: string): string | undefined
  onBlocksChange(blocks: Block[]): void
  onMetaChange(meta: ArticleMeta): void
}

/** One Slate editor per open document; the parent re-creates it (by key) when another document opens. */
export function ArticleEditor({ article, imageUrl, onBlocksChange, onMetaChange }: Props) {
  const editor = useMemo(() => withArticle(withHistory(withReact(createEditor()))), [])
  const info: RenderInfo = useMemo(
    () => ({
      templates: BUILTIN_TEMPLATES,
      headingLabels: headingLabels(article.blocks),
      sectionOrdinals: sectionHeadingOrdinals(article.blocks),
      imageUrl,
    }),
    [article.blocks, imageUrl],
  )

  return (
    <div className="bx-page">
      <MetaFields meta={article.meta} onChange={onMetaChange} onTitleEnter={() => ReactEditor.focus(editor)} />
      <RenderContext.Provider value={info}>
        <Slate
          editor={editor}
          initialValue={article.blocks as Descendant[]}
          onValueChange={(value) => onBlocksChange(value as Block[])}
        >
          <Editable
            className="bx-body"
            data-testid="article-body"
            renderElement={renderElement}
            renderLeaf={renderLeaf}
            spellCheck={false}
            placeholder="在此输入正文"
          />
        </Slate>
      </RenderContext.Provider>
    </div>
  )
}
