import { useMemo, useState, type CSSProperties } from 'react'
import { sectionHeadingTemplateSchema, type SectionHeadingTemplate } from '../../../core/styles/templates'
import { BUILTIN_TEMPLATES } from '../../../core/styles/builtin-templates'
import { templatesOf } from '../../../core/settings/catalogue'
import { FONT_ROLES, FONT_ROLE_NAMES } from '../../../core/styles/fonts'
import { headingBoxCss, headingLineCss, reactStyle } from '../../../core/styles/template-css'
import { FormRow } from './FormRow'
import { OwnItemForm } from './OwnItemForm'
import { BuiltinAndOwnList } from './BuiltinAndOwnList'
import { fieldErrors } from './field-errors'

interface Props {
  templates: SectionHeadingTemplate[]
  onChange(templates: SectionHeadingTemplate[]): void
}

/** A live sample of a template, drawn with the same CSS the editor and the portal use. */
export function TemplateSample({ template }: { template: SectionHeadingTemplate }) {
  const deco = template.decoration
  const [open, close] = deco.kind === 'brackets' ? [deco.open, deco.close] : ['', '']
  const number = template.numbering === 'chinese' ? '一、' : ''
  const main = '筑牢基层堡垒'
  const sub = '为乡村治理添动力'
  return (
    <div className="bx-template-sample" style={reactStyle(headingBoxCss(template)) as CSSProperties}>
      {template.layout === 'one-line' ? (
        <div style={reactStyle(headingLineCss(template, 'main')) as CSSProperties}>
          {number}
          {open}
          {main}
          {'\u3000'}
          {sub}
          {close}
        </div>
      ) : (
        <>
          <div style={reactStyle(headingLineCss(template, 'main')) as CSSProperties}>
            {number}
            {open}
            {main}
            {close}
          </div>
          <div style={reactStyle(headingLineCss(template, 'sub')) as CSSProperties}>{sub}</div>
        </>
      )}
    </div>
  )
}

/** 小标题模板: built-in ones can be duplicated; the user's own are edited with a live preview. */
export function TemplateEditor({ templates, onChange }: Props) {
  const [selected, setSelected] = useState<string | undefined>(templates[0]?.id)
  const taken = useMemo(() => new Set(templatesOf({ templates }).map((t) => t.id)), [templates])
  const current = templates.find((t) => t.id === selected)
  const duplicate = (source: SectionHeadingTemplate) => {
    let n = 1
    while (taken.has(`${source.id.replace(/-\d+$/, '')}-${n}`)) n++
    const copy = { ...structuredClone(source), id: `${source.id.replace(/-\d+$/, '')}-${n}`, name: `${source.name}${n}`.slice(0, 20) }
    onChange([...templates, copy])
    setSelected(copy.id)
  }
  return (
    <div className="bx-settings-split">
      <BuiltinAndOwnList builtinTitle="内置模板" builtin={BUILTIN_TEMPLATES} ownTitle="我的模板" own={templates} selected={selected} onDuplicate={duplicate} onSelect={setSelected} />
      <div className="bx-settings-detail">
        {current ? (
          <TemplateForm
            key={current.id}
            template={current}
            onSave={(t) => onChange(templates.map((x) => (x.id === current.id ? t : x)))}
            onDelete={() => onChange(templates.filter((x) => x.id !== current.id))}
          />
        ) : (
          <p className="bx-note">复制一个内置模板即可编辑。模板同时决定编辑器、门户网页和印刷 PDF 中小标题的样式。</p>
        )}
      </div>
    </div>
  )
}

function TemplateForm({ template, onSave, onDelete }: { template: SectionHeadingTemplate; onSave(t: SectionHeadingTemplate): void; onDelete(): void }) {
  const [draft, setDraft] = useState(template)
  const errors = fieldErrors(sectionHeadingTemplateSchema.safeParse(draft))
  const valid = Object.keys(errors).length === 0
  const line = (role: 'main' | 'sub', label: string) => {
    const s = draft[role]
    const set = (patch: Partial<typeof s>) => setDraft((d) => ({ ...d, [role]: { ...d[role], ...patch } }))
    return (
      <FormRow label={label} error={errors[`${role}.size`] ?? errors[`${role}.color`]}>
        <select value={s.font} onChange={(e) => set({ font: e.currentTarget.value as typeof s.font })} aria-label={`${label}字体`}>
          {FONT_ROLES.map((r) => (
            <option key={r} value={r}>
              {FONT_ROLE_NAMES[r]}
            </option>
          ))}
        </select>
        <input type="number" step={0.05} value={s.size} onChange={(e) => set({ size: Number(e.currentTarget.value) })} aria-label={`${label}字号（正文的倍数）`} />倍
        <label className="bx-inline">
          <input type="checkbox" checked={s.bold} onChange={(e) => set({ bold: e.currentTarget.checked })} /> 加粗
        </label>
        <input type="color" value={s.color} onChange={(e) => set({ color: e.currentTarget.value })} aria-label={`${label}颜色`} />
        <FollowPortal value={s.portalColor} label={label} onChange={(portalColor) => set({ portalColor })} />
      </FormRow>
    )
  }
  return (
    <OwnItemForm valid={valid} onApply={() => onSave(draft)} onDelete={onDelete}>
      <TemplateSample template={draft} />
      <FormRow label="名称" error={errors.name}>
        <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })} aria-label="模板名称" />
      </FormRow>
      <FormRow label="对齐">
        <select value={draft.align} onChange={(e) => setDraft({ ...draft, align: e.currentTarget.value as SectionHeadingTemplate['align'] })} aria-label="对齐">
          <option value="center">居中</option>
          <option value="left">居左</option>
        </select>
        <select value={draft.layout} onChange={(e) => setDraft({ ...draft, layout: e.currentTarget.value as SectionHeadingTemplate['layout'] })} aria-label="行数">
          <option value="two-lines">主副两行</option>
          <option value="one-line">合为一行</option>
        </select>
        <label className="bx-inline">
          <input type="checkbox" checked={draft.numbering === 'chinese'} onChange={(e) => setDraft({ ...draft, numbering: e.currentTarget.checked ? 'chinese' : 'none' })} /> 一、二、三、序号
        </label>
      </FormRow>
      {line('main', '主标题')}
      {line('sub', '副标题')}
      <FormRow label="装饰">
        <select
          value={draft.decoration.kind}
          aria-label="装饰"
          onChange={(e) => {
            const kind = e.currentTarget.value
            const decoration: SectionHeadingTemplate['decoration'] =
              kind === 'left-rule'
                ? { kind, color: '#b3261e', width: 0.25 }
                : kind === 'band'
                  ? { kind, color: '#a8201a' }
                  : kind === 'brackets'
                    ? { kind, open: '【', close: '】' }
                    : { kind: 'none' }
            setDraft({ ...draft, decoration })
          }}
        >
          <option value="none">无</option>
          <option value="left-rule">左侧色线</option>
          <option value="band">色块</option>
          <option value="brackets">括号</option>
        </select>
        {draft.decoration.kind === 'left-rule' || draft.decoration.kind === 'band' ? (
          <>
            <input
              type="color"
              aria-label="装饰颜色"
              value={draft.decoration.color}
              onChange={(e) => setDraft({ ...draft, decoration: { ...(draft.decoration as { kind: 'band'; color: string }), color: e.currentTarget.value } })}
            />
            <FollowPortal
              value={draft.decoration.portalColor}
              label="装饰"
              onChange={(portalColor) => setDraft({ ...draft, decoration: { ...(draft.decoration as { kind: 'band'; color: string }), portalColor } })}
            />
          </>
        ) : null}
      </FormRow>
      <FormRow label="段前/段后" error={errors.spaceBefore ?? errors.spaceAfter}>
        <input type="number" step={0.25} value={draft.spaceBefore} onChange={(e) => setDraft({ ...draft, spaceBefore: Number(e.currentTarget.value) })} aria-label="段前（字）" />
        <input type="number" step={0.25} value={draft.spaceAfter} onChange={(e) => setDraft({ ...draft, spaceAfter: Number(e.currentTarget.value) })} aria-label="段后（字）" />字
      </FormRow>
    </OwnItemForm>
  )
}

/**
 * 「网页用门户主色」: on the portal the colour follows the site's main colour, so one template suits every
 * portal; the colour beside it is what print uses.
 */
function FollowPortal({ value, label, onChange }: { value: 'main' | undefined; label: string; onChange(value: 'main' | undefined): void }) {
  return (
    <label className="bx-inline" title="网页上用所选门户样式的主色，印刷仍用左边的颜色">
      <input type="checkbox" checked={value === 'main'} onChange={(e) => onChange(e.currentTarget.checked ? 'main' : undefined)} aria-label={`${label}：网页用门户主色`} />
      网页用门户主色
    </label>
  )
}
