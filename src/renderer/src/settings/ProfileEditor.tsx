import { useMemo, useState } from 'react'
import { portalProfileSchema, type PortalProfile } from '../../../core/portal/profile'
import { profileFromFooterText, FOOTER_FIELD_NAMES } from '../../../core/portal/footer-profile'
import { BUILTIN_PROFILES } from '../../../core/portal/builtin-profiles'
import { profilesOf } from '../../../core/settings/catalogue'
import { FormRow } from './FormRow'
import { OwnItemForm } from './OwnItemForm'
import { BuiltinAndOwnList } from './BuiltinAndOwnList'
import { fieldErrors } from './field-errors'

interface Props {
  profiles: PortalProfile[]
  onChange(profiles: PortalProfile[]): void
}

const uniqueId = (base: string, taken: Set<string>) => {
  let n = 1
  while (taken.has(`${base}-${n}`)) n++
  return `${base}-${n}`
}

/** 门户样式: user profiles beside the built-in ones — create, duplicate, edit, import from a footer, delete. */
export function ProfileEditor({ profiles, onChange }: Props) {
  const [selected, setSelected] = useState<string | undefined>(profiles[0]?.id)
  const [footerText, setFooterText] = useState('')
  const [importNote, setImportNote] = useState<string>()
  const taken = useMemo(() => new Set(profilesOf({ portalProfiles: profiles }).map((p) => p.id)), [profiles])
  const current = profiles.find((p) => p.id === selected)

  const add = (profile: PortalProfile) => {
    onChange([...profiles, profile])
    setSelected(profile.id)
  }
  const duplicate = (source: PortalProfile) =>
    add({ ...structuredClone(source), id: uniqueId(source.id.replace(/-\d+$/, ''), taken), name: `${source.name}（副本）`.slice(0, 30) })
  const replace = (next: PortalProfile) => onChange(profiles.map((p) => (p.id === current?.id ? next : p)))

  const importFooter = () => {
    const result = profileFromFooterText(footerText)
    const id = uniqueId('imported', taken)
    add({ ...result.profile, id, name: `${result.profile.siteName}（从页脚导入）`.slice(0, 30) })
    setImportNote(
      `已读取：${result.found.map((f) => FOOTER_FIELD_NAMES[f]).join('、') || '无'}` +
        (result.missing.length ? `；未找到：${result.missing.map((f) => FOOTER_FIELD_NAMES[f]).join('、')}` : ''),
    )
    setFooterText('')
  }

  return (
    <div className="bx-settings-split">
      <BuiltinAndOwnList builtinTitle="内置" builtin={BUILTIN_PROFILES} ownTitle="我的门户样式" own={profiles} selected={selected} onDuplicate={duplicate} onSelect={setSelected}>
        <details className="bx-footer-import">
          <summary>从网页页脚导入…</summary>
          <textarea
            value={footerText}
            onChange={(e) => setFooterText(e.currentTarget.value)}
            placeholder="把门户网站页面底部的文字（主办、地址、备案号等）粘贴到这里"
            aria-label="页脚文字"
            rows={6}
          />
          <button type="button" disabled={!footerText.trim()} onClick={importFooter}>
            导入为新的门户样式
          </button>
        </details>
        {importNote ? <p className="bx-note">{importNote}</p> : null}
      </BuiltinAndOwnList>
      <div className="bx-settings-detail">
        {current ? (
          <ProfileForm key={current.id} profile={current} onSave={replace} onDuplicate={() => duplicate(current)} onDelete={() => onChange(profiles.filter((p) => p.id !== current.id))} />
        ) : (
          <p className="bx-note">复制一个内置样式或从页脚导入，即可编辑自己的门户样式。</p>
        )}
      </div>
    </div>
  )
}

function ProfileForm({ profile, onSave, onDuplicate, onDelete }: { profile: PortalProfile; onSave(p: PortalProfile): void; onDuplicate(): void; onDelete(): void }) {
  const [draft, setDraft] = useState(profile)
  const errors = fieldErrors(portalProfileSchema.safeParse(draft))
  const valid = Object.keys(errors).length === 0
  const set = (patch: Partial<PortalProfile>) => setDraft((d) => ({ ...d, ...patch }))
  const setFooter = (patch: Partial<PortalProfile['footer']>) => setDraft((d) => ({ ...d, footer: { ...d.footer, ...patch } }))
  const text = (value: string | undefined, apply: (v: string | undefined) => void, label: string, error?: string) => (
    <FormRow label={label} error={error}>
      <input value={value ?? ''} onChange={(e) => apply(e.currentTarget.value || undefined)} aria-label={label} />
    </FormRow>
  )
  return (
    <OwnItemForm valid={valid} onApply={() => onSave(draft)} onDelete={onDelete} onDuplicate={onDuplicate}>
      {text(draft.name, (v) => set({ name: v ?? '' }), '名称', errors.name)}
      {text(draft.siteName, (v) => set({ siteName: v ?? '' }), '网站名称', errors.siteName)}
      <FormRow label="主色" error={errors['colors.main']}>
        <input type="color" value={draft.colors.main} onChange={(e) => set({ colors: { ...draft.colors, main: e.currentTarget.value } })} aria-label="主色" />
      </FormRow>
      <FormRow label="深色" error={errors['colors.dark']}>
        <input type="color" value={draft.colors.dark} onChange={(e) => set({ colors: { ...draft.colors, dark: e.currentTarget.value } })} aria-label="深色" />
      </FormRow>
      <FormRow label="底色" error={errors['colors.background']}>
        <input type="color" value={draft.colors.background} onChange={(e) => set({ colors: { ...draft.colors, background: e.currentTarget.value } })} aria-label="底色" />
      </FormRow>
      <FormRow label="版心宽度" error={errors.contentWidth}>
        <input type="number" value={draft.contentWidth} onChange={(e) => set({ contentWidth: Number(e.currentTarget.value) })} aria-label="版心宽度" /> px
      </FormRow>
      {text(draft.nav.join('、'), (v) => set({ nav: (v ?? '').split(/[、,，]/).map((s) => s.trim()).filter(Boolean) }), '导航（顿号分隔）', errors.nav ?? Object.entries(errors).find(([k]) => k.startsWith('nav.'))?.[1])}
      {text(draft.footer.sponsor, (v) => setFooter({ sponsor: v ?? '' }), '主办单位', errors['footer.sponsor'])}
      {text(draft.footer.operator?.name, (v) => setFooter({ operator: v ? { label: draft.footer.operator?.label ?? '维护', name: v } : undefined }), '承办/维护单位', errors['footer.operator.name'])}
      {text(draft.footer.address, (v) => setFooter({ address: v }), '地址', errors['footer.address'])}
      {text(draft.footer.postcode, (v) => setFooter({ postcode: v }), '邮编', errors['footer.postcode'])}
      {text(draft.footer.phone, (v) => setFooter({ phone: v }), '联系电话', errors['footer.phone'])}
      {text(draft.footer.siteIdCode, (v) => setFooter({ siteIdCode: v }), '网站标识码', errors['footer.siteIdCode'])}
      {text(draft.footer.icp, (v) => setFooter({ icp: v }), 'ICP备案号', errors['footer.icp'])}
      {text(draft.footer.publicSecurity, (v) => setFooter({ publicSecurity: v }), '公安机关备案号', errors['footer.publicSecurity'])}
      <FormRow label="页头入口">
        <label className="bx-inline">
          <input type="checkbox" checked={draft.entries.accessibility} onChange={(e) => set({ entries: { ...draft.entries, accessibility: e.currentTarget.checked } })} /> 无障碍
        </label>
        <label className="bx-inline">
          <input type="checkbox" checked={draft.entries.elderMode} onChange={(e) => set({ entries: { ...draft.entries, elderMode: e.currentTarget.checked } })} /> 长者模式
        </label>
      </FormRow>
      <FormRow label="页脚">
        <label className="bx-inline">
          <input type="checkbox" checked={draft.footer.sitemap} onChange={(e) => setFooter({ sitemap: e.currentTarget.checked })} /> 网站地图
        </label>
        <label className="bx-inline">
          <input type="checkbox" checked={draft.footer.conacBadge} onChange={(e) => setFooter({ conacBadge: e.currentTarget.checked })} /> 党政机关标识（仅预览）
        </label>
        <label className="bx-inline">
          <input type="checkbox" checked={draft.footer.errorReport} onChange={(e) => setFooter({ errorReport: e.currentTarget.checked })} /> 找错入口（仅预览）
        </label>
      </FormRow>
    </OwnItemForm>
  )
}
