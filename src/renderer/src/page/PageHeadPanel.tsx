import { useEffect, useId, useState } from 'react'
import type { PageDocument, PageSpec, Paper } from '../../../core/page/page'
import { gregorianDate, lunarDate } from '../../../core/page/issue-date'
import { validatePageDocument } from '../../../core/page/page-schema'

interface Props {
  doc: PageDocument
  pageIndex: number
  /** `group`: the field typed in, so typing in it is one undo step. */
  onChange(doc: PageDocument, group?: string): void
}

/** The first problem a candidate document has, in words (「版名不能为空」), or undefined. */
function problemOf(doc: PageDocument): string | undefined {
  const checked = validatePageDocument(doc)
  return checked.ok ? undefined : checked.errors[0]!.replace(/^.*：/, '')
}

interface FieldProps {
  label: string
  value: string
  /** The document with the field set to `text`. */
  apply(text: string): PageDocument
  onChange(doc: PageDocument): void
  type?: 'text' | 'date' | 'number'
  placeholder?: string
}

/**
 * One 版头 field. What the user types is applied as they type when the document stays valid; otherwise
 * the field keeps the text and says what is wrong, and the document keeps its last good value.
 */
function HeadField({ label, value, apply, onChange, type = 'text', placeholder }: FieldProps) {
  const id = useId()
  const [draft, setDraft] = useState(value)
  const [problem, setProblem] = useState<string>()
  useEffect(() => {
    setDraft(value)
    setProblem(undefined)
  }, [value])
  return (
    <div className="bx-head-field" data-invalid={problem ? true : undefined}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={draft}
        placeholder={placeholder}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => {
          const text = e.currentTarget.value
          setDraft(text)
          const next = apply(text)
          const wrong = problemOf(next)
          setProblem(wrong)
          if (!wrong) onChange(next)
        }}
        onBlur={() => {
          setDraft(value)
          setProblem(undefined)
        }}
      />
      {problem ? (
        <span id={`${id}-problem`} className="bx-field-error" role="alert">
          {problem}
        </span>
      ) : null}
    </div>
  )
}

/** 版头: the paper's 报名, 刊号 and 期号, the date (with its lunar date), and this page's 版次, 版名 and editors. */
export function PageHeadPanel({ doc, pageIndex, onChange }: Props) {
  const spec = doc.pages[pageIndex]!
  const paper = (patch: (p: Paper) => Paper) => ({ ...doc, paper: patch(doc.paper) })
  const page = (patch: (p: PageSpec) => PageSpec) => ({ ...doc, pages: doc.pages.map((p, i) => (i === pageIndex ? patch(p) : p)) })
  const optional = <K extends string>(key: K, text: string) => (text.trim() ? { [key]: text } : {})
  const field = (group: string, props: Omit<FieldProps, 'onChange'>) => <HeadField key={group} {...props} onChange={(d) => onChange(d, group)} />
  const lunar = /^\d{4}-\d{2}-\d{2}$/.test(doc.date) ? `${gregorianDate(doc.date)} · ${lunarDate(doc.date)}` : ''

  return (
    <section className="bx-page-panel" aria-labelledby="page-head-title">
      <h3 id="page-head-title">版头</h3>
      {field('paper-name', { label: '报名', value: doc.paper.name, apply: (t) => paper((p) => ({ ...p, name: t })) })}
      {field('paper-serial', {
        label: '刊号',
        value: doc.paper.serial ?? '',
        placeholder: 'CN 11-0000',
        apply: (t) => paper(({ serial: _, ...p }) => ({ ...p, ...optional('serial', t) })),
      })}
      {field('paper-issue', {
        label: '总期号',
        type: 'number',
        value: doc.paper.issue === undefined ? '' : String(doc.paper.issue),
        apply: (t) => paper(({ issue: _, ...p }) => ({ ...p, ...(t ? { issue: Number(t) } : {}) })),
      })}
      {field('date', { label: '出版日期', type: 'date', value: doc.date, apply: (t) => ({ ...doc, date: t }) })}
      {lunar ? <p className="bx-note bx-lunar">{lunar}</p> : null}
      {field(`number-${pageIndex}`, { label: '版次', type: 'number', value: String(spec.number), apply: (t) => page((p) => ({ ...p, number: Number(t) })) })}
      {field(`name-${pageIndex}`, { label: '版名', value: spec.name, apply: (t) => page((p) => ({ ...p, name: t })) })}
      {field(`editor-${pageIndex}`, { label: '责任编辑', value: spec.editor ?? '', apply: (t) => page(({ editor: _, ...p }) => ({ ...p, ...optional('editor', t) })) })}
      {field(`designer-${pageIndex}`, { label: '美术编辑', value: spec.designer ?? '', apply: (t) => page(({ designer: _, ...p }) => ({ ...p, ...optional('designer', t) })) })}
      <label className="bx-check">
        <input
          type="checkbox"
          checked={!!spec.masthead}
          onChange={(e) => {
            const on = e.currentTarget.checked
            onChange(page(({ masthead: _, ...p }) => ({ ...p, ...(on ? { masthead: true as const } : {}) })))
          }}
        />{' '}
        报头（头版：报名、刊号与公历农历日期）
      </label>
    </section>
  )
}
