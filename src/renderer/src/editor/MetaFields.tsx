import { useState, type KeyboardEvent } from 'react'
import type { ArticleMeta } from '../../../core/model/article'
import { formatPublishedAt, parsePublishedAt } from '../../../core/model/dates'
import { formatKeywords, parseKeywords } from '../../../core/edit/keywords'

interface Props {
  meta: ArticleMeta
  onChange(meta: ArticleMeta): void
  onTitleEnter(): void
}

type TextKey = 'kicker' | 'title' | 'subtitle' | 'byline' | 'author' | 'source' | 'editor' | 'docNumber'

function setField<K extends keyof ArticleMeta>(
  meta: ArticleMeta,
  key: K,
  value: ArticleMeta[K] | undefined,
): ArticleMeta {
  const next = { ...meta }
  if (key === 'title') next.title = (value as string | undefined) ?? ''
  else if (value === undefined || value === '' || (Array.isArray(value) && !value.length)) delete next[key]
  else next[key] = value
  return next
}

/** Enter moves on instead of breaking the line (headlines are one paragraph each); never mid-composition. */
function enterMovesOn(onEnter: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault()
      onEnter()
    }
  }
}

/** The headline stack (引题/主题/副题) and the article's meta fields, above the body. */
export function MetaFields({ meta, onChange, onTitleEnter }: Props) {
  // An empty title is an error once the user has typed in it, not in a document nobody has touched yet.
  const [titleEdited, setTitleEdited] = useState(false)
  const titleMissing = titleEdited && !meta.title.trim()
  const headline = (key: 'kicker' | 'title' | 'subtitle', label: string, placeholder: string) => (
    <label className={`bx-field bx-${key}`}>
      <span className="bx-field-label">{label}</span>
      <textarea
        rows={1}
        value={meta[key] ?? ''}
        placeholder={placeholder}
        aria-label={label}
        aria-invalid={key === 'title' && titleMissing}
        data-field={key}
        // A document without a title opens with the caret there: it is the first thing to write.
        autoFocus={key === 'title' && !meta.title}
        onChange={(e) => {
          if (key === 'title') setTitleEdited(true)
          onChange(setField(meta, key, e.currentTarget.value.replace(/\n/g, '')))
        }}
        onKeyDown={enterMovesOn(onTitleEnter)}
      />
    </label>
  )
  const small = (key: TextKey, label: string, placeholder: string, wide = false) => (
    <label className={`bx-meta-field${wide ? ' bx-meta-wide' : ''}`}>
      <span>{label}</span>
      <input
        value={meta[key] ?? ''}
        placeholder={placeholder}
        aria-label={label}
        data-field={key}
        onChange={(e) => onChange(setField(meta, key, e.currentTarget.value))}
        onKeyDown={enterMovesOn(onTitleEnter)}
      />
    </label>
  )
  return (
    <header className="bx-title-block">
      {headline('kicker', '引题', '引题（可选）')}
      {headline('title', '主题', '请输入标题')}
      {titleMissing ? (
        <p className="bx-field-error bx-title-error" role="alert">
          标题不能为空
        </p>
      ) : null}
      {headline('subtitle', '副题', '副题（可选，专题副题以——开头）')}
      <div className="bx-meta-grid">
        {small('byline', '电头', '如：本报讯（记者 ×××）', true)}
        {small('author', '作者', '作者')}
        {small('source', '来源', '来源')}
        {small('editor', '责任编辑', '责任编辑')}
        <KeywordsField keywords={meta.keywords} onChange={(k) => onChange(setField(meta, 'keywords', k))} onEnter={onTitleEnter} />
        <PublishedAtField value={meta.publishedAt} onChange={(v) => onChange(setField(meta, 'publishedAt', v))} onEnter={onTitleEnter} />
        {small('docNumber', '发文字号', '公文的发文字号，如：×政办发〔2024〕8号')}
        <label className="bx-meta-field bx-meta-wide">
          <span>摘要</span>
          <GrowingText
            value={meta.summary ?? ''}
            placeholder="一两句话概括全文，供网站列表和搜索使用"
            label="摘要"
            field="summary"
            onChange={(v) => onChange(setField(meta, 'summary', v))}
            onEnter={onTitleEnter}
          />
        </label>
      </div>
    </header>
  )
}

/**
 * 发布时间 as 2020-08-03 16:26 (or 2020-08-03 for a date only) whatever the OS locale, where a datetime picker
 * would show 08/03/2020, 04:26 PM and could not hold a date without a time. What the user types is kept while
 * typing and stored once it reads as a date; a value that never does is flagged on leaving the field.
 */
function PublishedAtField({ value, onChange, onEnter }: { value: string | undefined; onChange(v: string | undefined): void; onEnter(): void }) {
  const [draft, setDraft] = useState<string | undefined>(undefined)
  const [bad, setBad] = useState(false)
  return (
    <label className="bx-meta-field bx-meta-wide bx-meta-date">
      <span>发布时间</span>
      <input
        aria-label="发布时间"
        data-field="publishedAt"
        placeholder="2020-08-03 16:26，或只填日期"
        aria-invalid={bad}
        value={draft ?? formatPublishedAt(value) ?? ''}
        onChange={(e) => {
          const text = e.currentTarget.value
          setDraft(text)
          setBad(false)
          const parsed = parsePublishedAt(text)
          if (parsed || !text.trim()) onChange(parsed)
        }}
        onBlur={() => {
          setBad(draft !== undefined && !!draft.trim() && !parsePublishedAt(draft))
          if (draft === undefined || !draft.trim() || parsePublishedAt(draft)) setDraft(undefined)
        }}
        onKeyDown={enterMovesOn(onEnter)}
      />
      {bad ? (
        <span className="bx-field-error" role="alert">
          无法识别，请按 2020-08-03 16:26 或 2020-08-03 填写
        </span>
      ) : null}
    </label>
  )
}

/**
 * A one-paragraph field that wraps and grows with its text (摘要, 关键词 run to several lines), so
 * nothing typed is hidden; Enter moves on and pasted line breaks become spaces.
 */
function GrowingText({
  value,
  placeholder,
  label,
  field,
  onChange,
  onEnter,
  onBlur,
}: {
  value: string
  placeholder: string
  label: string
  field: string
  onChange(value: string): void
  onEnter(): void
  onBlur?(): void
}) {
  return (
    <textarea
      rows={1}
      value={value}
      placeholder={placeholder}
      aria-label={label}
      data-field={field}
      onChange={(e) => onChange(e.currentTarget.value.replace(/\s*\n\s*/g, ' '))}
      onKeyDown={enterMovesOn(onEnter)}
      onBlur={onBlur}
    />
  )
}

/** Keeps what the user types (a trailing 、 included) while storing the parsed list. */
function KeywordsField({
  keywords,
  onChange,
  onEnter,
}: {
  keywords: string[] | undefined
  onChange(k: string[]): void
  onEnter(): void
}) {
  const [draft, setDraft] = useState<string | undefined>(undefined)
  return (
    <label className="bx-meta-field">
      <span>关键词</span>
      <GrowingText
        label="关键词"
        field="keywords"
        placeholder="用顿号分隔"
        value={draft ?? formatKeywords(keywords)}
        onChange={(text) => {
          setDraft(text)
          onChange(parseKeywords(text))
        }}
        onEnter={onEnter}
        onBlur={() => setDraft(undefined)}
      />
    </label>
  )
}
