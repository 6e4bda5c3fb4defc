import { memo, useMemo } from 'react'
import { Range } from 'slate'
import { useSlateSelection, useSlateStatic } from 'slate-react'
import type { Article, SectionHeadingBlock } from '../../../core/model/article'
import { sectionHeading } from '../../../core/model/build'
import { sectionHeadingOrdinals } from '../../../core/styles/section-heading-lines'
import { findTemplate, type SectionHeadingTemplate } from '../../../core/styles/templates'
import { applyTemplate } from '../editor/apply-template'
import { TemplatePreview } from './TemplatePreview'
import '../editor/slate-types'

interface Props {
  article: Article
  /** Every template as the editor shows it (colours that follow the portal in its main colour). */
  templates: readonly SectionHeadingTemplate[]
  /** The same templates as stored, which 复制 copies (with their own print colours). */
  stored: readonly SectionHeadingTemplate[]
  userTemplates: readonly SectionHeadingTemplate[]
  onUserTemplatesChange(templates: SectionHeadingTemplate[]): void
  /** Remembered for the next heading made from the 段落样式 menu. */
  onDefaultTemplate(id: string): void
}

const SAMPLE = sectionHeading('插题主行', '插题副行') as SectionHeadingBlock

/**
 * The template gallery: every template previewed with the current heading's own text, applied to that
 * heading or to all of them.
 */
export const TemplatePanel = memo(function TemplatePanel({
  article,
  templates,
  stored,
  userTemplates,
  onUserTemplatesChange,
  onDefaultTemplate,
}: Props) {
  const editor = useSlateStatic()
  const selection = useSlateSelection()
  const ordinals = useMemo(() => sectionHeadingOrdinals(article.blocks), [article.blocks])
  const headingIndexes = [...ordinals.keys()]
  const selected = selection ? Range.start(selection).path[0] : undefined
  const index = selected !== undefined && ordinals.has(selected) ? selected : headingIndexes[0]
  const heading = index !== undefined ? (article.blocks[index] as SectionHeadingBlock) : SAMPLE
  const currentId = index !== undefined ? findTemplate(templates, heading.template).id : undefined
  const userIds = new Set(userTemplates.map((t) => t.id))

  const copyAsUserTemplate = (shown: SectionHeadingTemplate) => {
    const t = stored.find((x) => x.id === shown.id) ?? shown
    const taken = new Set(templates.map((x) => x.id))
    let n = 1
    while (taken.has(`user-${n}`)) n++
    onUserTemplatesChange([
      ...userTemplates,
      { ...structuredClone(t), id: `user-${n}`, name: `${t.name}（自定${n}）`.slice(0, 20) },
    ])
  }

  const apply = (id: string, scope: number | 'all') => {
    applyTemplate(editor, id, scope)
    onDefaultTemplate(id)
  }

  return (
    <div className="bx-templates" data-testid="template-gallery">
      <p className="bx-panel-note">
        {index === undefined
          ? '文中还没有插题，下面用示例文字预览。'
          : selected === index
            ? `预览当前插题（第 ${ordinals.get(index)} 个）。`
            : '光标不在插题中，预览第一个插题。'}
      </p>
      <ul className="bx-template-list">
        {templates.map((t) => (
          <li
            key={t.id}
            className={`bx-template-tile${t.id === currentId ? ' bx-template-current' : ''}`}
            data-template-id={t.id}
          >
            <div className="bx-template-name">
              {t.name}
              {t.id === currentId ? <span className="bx-template-badge">当前</span> : null}
              {userIds.has(t.id) ? <span className="bx-template-badge bx-user-badge">自定义</span> : null}
            </div>
            <TemplatePreview
              heading={heading}
              template={t}
              ordinal={index !== undefined ? (ordinals.get(index) ?? 1) : 1}
            />
            <div className="bx-template-actions">
              <button
                type="button"
                disabled={index === undefined}
                onClick={() => index !== undefined && apply(t.id, index)}
                aria-label={`${t.name}：应用到本插题`}
              >
                应用到本插题
              </button>
              <button
                type="button"
                disabled={index === undefined}
                onClick={() => apply(t.id, 'all')}
                aria-label={`${t.name}：应用到全部插题`}
              >
                全部插题
              </button>
              {userIds.has(t.id) ? (
                <button
                  type="button"
                  className="bx-danger"
                  onClick={() => onUserTemplatesChange(userTemplates.filter((u) => u.id !== t.id))}
                  aria-label={`删除模板「${t.name}」`}
                >
                  删除
                </button>
              ) : (
                <button
                  type="button"
                  onClick={() => copyAsUserTemplate(t)}
                  aria-label={`把「${t.name}」复制为自定义模板`}
                  title="复制为自定义模板，再到“设置 › 小标题模板”里改字体、颜色和装饰"
                >
                  复制
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      <p className="bx-panel-note">
        自定义模板保存在设置中，所有文档通用；字体、颜色和装饰在“设置 › 小标题模板”里修改。
      </p>
    </div>
  )
})
