import { useState, type ReactNode } from 'react'
import { Modal } from '../app/Modal'
import type { Settings } from '../../../core/settings/schema'
import { AUTOSAVE_MAX_WAIT_SECONDS, settingsSchema } from '../../../core/settings/schema'
import { ProfileEditor } from './ProfileEditor'
import { TemplateEditor } from './TemplateEditor'
import { FormRow } from './FormRow'
import { fieldErrors } from './field-errors'

export interface SettingsSection {
  id: string
  label: string
  render(draft: Settings, setDraft: (s: Settings) => void): ReactNode
}

interface Props {
  settings: Settings
  /** Sections supplied by the app that need services (fonts, presets). */
  extraSections: SettingsSection[]
  onSave(settings: Settings): Promise<unknown>
  onClose(): void
}

/** The settings window: edits a draft and saves it only when valid, naming each bad field. */
export function SettingsDialog({ settings, extraSections, onSave, onClose }: Props) {
  const [draft, setDraft] = useState(settings)
  const [section, setSection] = useState('general')
  const [saveError, setSaveError] = useState<string>()
  const errors = fieldErrors(settingsSchema.safeParse(draft))


  const sections: SettingsSection[] = [
    {
      id: 'general',
      label: '常规',
      render: (d, set) => (
        <div className="bx-settings-form">
          <FormRow label="自动保存" error={errors.autosaveSeconds}>
            停止输入
            <input type="number" min={1} max={600} value={d.autosaveSeconds} onChange={(e) => set({ ...d, autosaveSeconds: Number(e.currentTarget.value) })} aria-label="自动保存间隔（秒）" />
            秒后自动保存副本（连续输入时至少每 {AUTOSAVE_MAX_WAIT_SECONDS} 秒保存一次）
          </FormRow>
          <FormRow label="导入">
            <label className="bx-inline">
              <input type="checkbox" checked={d.normalizeOnImport} onChange={(e) => set({ ...d, normalizeOnImport: e.currentTarget.checked })} />
              导入稿件时直接应用全部标点规范（不勾选时，规范建议在“检查”面板中逐条确认）
            </label>
          </FormRow>
        </div>
      ),
    },
    { id: 'portal', label: '门户样式', render: (d, set) => <ProfileEditor profiles={d.portalProfiles} onChange={(portalProfiles) => set({ ...d, portalProfiles })} /> },
    { id: 'templates', label: '小标题模板', render: (d, set) => <TemplateEditor templates={d.templates} onChange={(templates) => set({ ...d, templates })} /> },
    ...extraSections,
  ]
  const active = sections.find((s) => s.id === section) ?? sections[0]!

  return (
    <Modal labelledBy="settings-title" className="bx-settings" onCancel={onClose}>
      <h2 id="settings-title">设置</h2>
      <div className="bx-settings-body">
        <nav className="bx-settings-nav" aria-label="设置分类">
          {sections.map((s) => (
            <button key={s.id} type="button" aria-pressed={s.id === active.id} onClick={() => setSection(s.id)}>
              {s.label}
            </button>
          ))}
        </nav>
        <section className="bx-settings-section">{active.render(draft, setDraft)}</section>
      </div>
      {saveError ? (
        <p className="bx-error" role="alert">
          {saveError}
        </p>
      ) : null}
      <div className="bx-dialog-buttons">
        <button type="button" onClick={onClose}>
          取消
        </button>
        <button
          type="button"
          className="bx-primary"
          disabled={Object.keys(errors).length > 0}
          onClick={() => {
            onSave(draft).then(onClose, (e: unknown) => setSaveError(e instanceof Error ? e.message : String(e)))
          }}
        >
          保存设置
        </button>
      </div>
    </Modal>
  )
}
