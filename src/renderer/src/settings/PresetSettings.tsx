import { useState } from 'react'
import type { Settings } from '../../../core/settings/schema'
import { isBuiltinPreset, presetsOf } from '../../../core/settings/catalogue'
import { presetSchema, type Preset } from '../../../core/typeset/preset'
import { CHINESE_SIZES } from '../../../core/styles/fonts'
import { FormRow } from './FormRow'
import { fieldErrors } from './field-errors'

interface Props {
  draft: Settings
  setDraft(settings: Settings): void
}

/**
 * 版式: a built-in preset is edited as a user copy with the same id (which then wins); 恢复默认 removes the
 * copy. 复制 makes a new preset under a new id.
 */
export function PresetSettings({ draft, setDraft }: Props) {
  const all = presetsOf(draft)
  const [selected, setSelected] = useState(all[0]?.id ?? 'a4')
  const current = all.find((p) => p.id === selected) ?? all[0]!
  const edited = draft.presets.some((p) => p.id === current.id)

  const put = (preset: Preset) => setDraft({ ...draft, presets: [...draft.presets.filter((p) => p.id !== preset.id), preset] })
  const duplicate = () => {
    let n = 1
    while (all.some((p) => p.id === `${current.id}-${n}`)) n++
    const copy = { ...structuredClone(current), id: `${current.id}-${n}`, name: `${current.name}（副本）`.slice(0, 40) }
    put(copy)
    setSelected(copy.id)
  }
  const reset = () => setDraft({ ...draft, presets: draft.presets.filter((p) => p.id !== current.id) })

  return (
    <div className="bx-settings-split">
      <div className="bx-settings-list">
        {all.map((p) => (
          <button key={p.id} type="button" className="bx-list-item" aria-pressed={p.id === current.id} onClick={() => setSelected(p.id)}>
            {p.name}
            {isBuiltinPreset(p.id) && draft.presets.some((x) => x.id === p.id) ? '（已修改）' : ''}
          </button>
        ))}
      </div>
      <div className="bx-settings-detail">
        <PresetForm key={`${current.id}-${edited}`} preset={current} onChange={put} />
        <div className="bx-dialog-buttons">
          {isBuiltinPreset(current.id) ? (
            <button type="button" disabled={!edited} onClick={reset}>
              恢复默认
            </button>
          ) : (
            <button type="button" onClick={reset}>
              删除
            </button>
          )}
          <button type="button" onClick={duplicate}>
            复制
          </button>
        </div>
      </div>
    </div>
  )
}

type NumberField = { label: string; unit: string; get(p: Preset): number; set(p: Preset, v: number): Preset; error(e: Record<string, string>): string | undefined }

const FIELDS: NumberField[] = [
  { label: '纸张宽', unit: 'mm', get: (p) => p.page.width, set: (p, v) => ({ ...p, page: { ...p.page, width: v } }), error: (e) => e['page.width'] },
  { label: '纸张高', unit: 'mm', get: (p) => p.page.height, set: (p, v) => ({ ...p, page: { ...p.page, height: v } }), error: (e) => e['page.height'] },
  { label: '上边距', unit: 'mm', get: (p) => p.margins.top, set: (p, v) => ({ ...p, margins: { ...p.margins, top: v } }), error: (e) => e['margins.top'] },
  { label: '订口边距', unit: 'mm', get: (p) => p.margins.inner, set: (p, v) => ({ ...p, margins: { ...p.margins, inner: v } }), error: (e) => e['margins.inner'] },
  { label: '版心宽', unit: 'mm', get: (p) => p.typeArea.width, set: (p, v) => ({ ...p, typeArea: { ...p.typeArea, width: v } }), error: (e) => e['typeArea.width'] },
  { label: '版心高', unit: 'mm', get: (p) => p.typeArea.height, set: (p, v) => ({ ...p, typeArea: { ...p.typeArea, height: v } }), error: (e) => e['typeArea.height'] },
  { label: '正文字号', unit: 'pt', get: (p) => (typeof p.body.size === 'number' ? p.body.size : (CHINESE_SIZES[p.body.size] ?? 12)), set: (p, v) => ({ ...p, body: { ...p.body, size: v } }), error: (e) => e['body.size'] },
  { label: '行距', unit: '倍', get: (p) => p.body.leading, set: (p, v) => ({ ...p, body: { ...p.body, leading: v } }), error: (e) => e['body.leading'] },
  { label: '分栏', unit: '栏', get: (p) => p.columns.count, set: (p, v) => ({ ...p, columns: { ...p.columns, count: v } }), error: (e) => e['columns.count'] },
  { label: '出血', unit: 'mm', get: (p) => p.bleed, set: (p, v) => ({ ...p, bleed: v }), error: (e) => e.bleed },
]

function PresetForm({ preset, onChange }: { preset: Preset; onChange(p: Preset): void }) {
  const [draft, setDraft] = useState(preset)
  const errors = fieldErrors(presetSchema.safeParse(draft))
  const apply = (next: Preset) => {
    setDraft(next)
    if (presetSchema.safeParse(next).success) onChange(next)
  }
  return (
    <div className="bx-settings-form">
      <FormRow label="名称" error={errors.name}>
        <input value={draft.name} onChange={(e) => apply({ ...draft, name: e.currentTarget.value })} aria-label="版式名称" />
      </FormRow>
      {FIELDS.map((f) => (
        <FormRow key={f.label} label={f.label} error={f.error(errors)}>
          <input type="number" step="any" value={f.get(draft)} onChange={(e) => apply(f.set(draft, Number(e.currentTarget.value)))} aria-label={f.label} />
          {f.unit}
        </FormRow>
      ))}
      {draft.grid ? (
        <FormRow label="公文网格" error={errors['grid.lines'] ?? errors['grid.chars']}>
          每页
          <input type="number" value={draft.grid.lines} aria-label="每页行数" onChange={(e) => apply({ ...draft, grid: { ...draft.grid!, lines: Number(e.currentTarget.value) } })} />
          行 × 每行
          <input type="number" value={draft.grid.chars} aria-label="每行字数" onChange={(e) => apply({ ...draft, grid: { ...draft.grid!, chars: Number(e.currentTarget.value) } })} />
          字
        </FormRow>
      ) : null}
      <FormRow label="裁切标记">
        <label className="bx-inline">
          <input type="checkbox" checked={draft.cropMarks} onChange={(e) => apply({ ...draft, cropMarks: e.currentTarget.checked })} /> 在出血外画裁切线
        </label>
      </FormRow>
      <FormRow label="颜色">
        <select aria-label="颜色" value={draft.colorSpace} onChange={(e) => apply({ ...draft, colorSpace: e.currentTarget.value as 'rgb' | 'cmyk' })}>
          <option value="rgb">RGB（办公打印、屏幕阅读）</option>
          <option value="cmyk">CMYK 印刷色（交印刷厂：黑色与灰色只用黑版）</option>
        </select>
      </FormRow>
    </div>
  )
}
