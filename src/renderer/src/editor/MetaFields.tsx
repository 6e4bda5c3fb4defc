import type { ArticleMeta } from '../../../core/model/article'

interface Props {
  meta: ArticleMeta
  onChange(meta: ArticleMeta): void
  onTitleEnter(): void
}

type TextKey = 'kicker' | 'title' | 'subtitle' | 'author' | 'source' | 'editor' | 'byline'

function setField(meta: ArticleMeta, key: TextKey, value: string): ArticleMeta {
  const next = { ...meta }
  if (key === 'title') next.title = value
  else if (value) next[key] = value
  else delete next[key]
  return next
}

/** The headline stack (引题/主题/副题) and the meta line, as plain fields above the body. */
export function MetaFields({ meta, onChange, onTitleEnter }: Props) {
  const field = (key: TextKey, label: string, placeholder: string, className: string) => (
    <label className={`bx-field ${className}`}>
      <span className="bx-field-label">{label}</span>
      <input
        value={meta[key] ?? ''}
        placeholder={placeholder}
        aria-label={label}
        data-field={key}
        onChange={(e) => onChange(setField(meta, key, e.currentTarget.value))}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
            e.preventDefault()
            onTitleEnter()
          }
        }}
      />
    </label>
  )
  return (
    <header className="bx-title-block">
      {field('kicker', '引题', '引题（可选）', 'bx-kicker')}
      {field('title', '主题', '请输入标题', 'bx-title')}
      {field('subtitle', '副题', '副题（可选）', 'bx-subtitle')}
      <div className="bx-meta-row">
        {field('author', '作者', '作者', 'bx-meta')}
        {field('source', '来源', '来源', 'bx-meta')}
        {field('editor', '责任编辑', '责任编辑', 'bx-meta')}
      </div>
    </header>
  )
}
