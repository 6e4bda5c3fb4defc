import { useState } from 'react'
import { Modal } from '../app/Modal'
import type { PageDocument } from '../../../core/page/page'
import { builtinPagePresets } from '../../../core/page/builtin-page-presets'
import { newPageDocument } from '../../../core/page/new-page'
import { validatePageDocument } from '../../../core/page/page-schema'

/** What the page itself says (an e-paper page's label and date), to start the form with. */
export interface PageDefaults {
  paper?: string
  date?: string
  number?: number
  name?: string
}

interface Props {
  /** A title that says what the page is made from (「在版面中打开」), or the plain 新建版面. */
  title?: string
  defaults?: PageDefaults
  onCreate(doc: PageDocument): void
  onClose(): void
}

/** Today as YYYY-MM-DD in the user's time zone: tomorrow's paper is made up today, but today is the likelier guess. */
function today(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** 新建版面: the sheet (四开 or 对开), the paper and the page's 版次 and 版名. */
export function NewPageDialog({ title = '新建版面', defaults = {}, onCreate, onClose }: Props) {
  const [preset, setPreset] = useState(builtinPagePresets()[0]!.id)
  const [paper, setPaper] = useState(defaults.paper ?? '')
  const [serial, setSerial] = useState('')
  const [date, setDate] = useState(defaults.date ?? today)
  const [number, setNumber] = useState(defaults.number ?? 1)
  const [name, setName] = useState(defaults.name ?? '要闻')
  const [errors, setErrors] = useState<string[]>([])


  const create = () => {
    const doc = newPageDocument({ preset, paper: { name: paper.trim(), ...(serial.trim() ? { serial: serial.trim() } : {}) }, date, number, name: name.trim() })
    const checked = validatePageDocument(doc)
    if (checked.ok) onCreate(checked.value)
    else setErrors(checked.errors)
  }

  return (
    <Modal labelledBy="new-page-title" onCancel={onClose}>
      <h2 id="new-page-title">{title}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          create()
        }}
      >
        <div className="bx-form-row" role="radiogroup" aria-label="版式">
          <span className="bx-form-label">版式</span>
          <span className="bx-form-control">
            {builtinPagePresets().map((p) => (
              <label key={p.id} className="bx-inline">
                <input type="radio" name="page-preset" checked={preset === p.id} onChange={() => setPreset(p.id)} /> {p.name}
              </label>
            ))}
          </span>
        </div>
        <label className="bx-form-row">
          <span className="bx-form-label">报名</span>
          <span className="bx-form-control">
            <input value={paper} onChange={(e) => setPaper(e.currentTarget.value)} required maxLength={20} placeholder="如：河川日报" />
          </span>
        </label>
        <label className="bx-form-row">
          <span className="bx-form-label">刊号</span>
          <span className="bx-form-control">
            <input value={serial} onChange={(e) => setSerial(e.currentTarget.value)} placeholder="CN 11-0000（可不填）" />
          </span>
        </label>
        <label className="bx-form-row">
          <span className="bx-form-label">出版日期</span>
          <span className="bx-form-control">
            <input type="date" value={date} onChange={(e) => setDate(e.currentTarget.value)} required />
          </span>
        </label>
        <label className="bx-form-row">
          <span className="bx-form-label">版次</span>
          <span className="bx-form-control">
            <input type="number" min={1} value={number} onChange={(e) => setNumber(Number(e.currentTarget.value))} required />
            <span className="bx-note">第 1 版带报头</span>
          </span>
        </label>
        <label className="bx-form-row">
          <span className="bx-form-label">版名</span>
          <span className="bx-form-control">
            <input value={name} onChange={(e) => setName(e.currentTarget.value)} required maxLength={20} />
          </span>
        </label>
        {errors.length ? (
          <p className="bx-error" role="alert">
            {errors.join('\n')}
          </p>
        ) : null}
        <div className="bx-dialog-buttons">
          <button type="button" onClick={onClose}>
            取消
          </button>
          <button type="submit" className="bx-primary">
            创建
          </button>
        </div>
      </form>
    </Modal>
  )
}
