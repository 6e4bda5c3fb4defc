import { useEffect, useMemo, useState } from 'react'
import type { Settings } from '../../../core/settings/schema'
import { FONT_ROLES, FONT_ROLE_NAMES, type FontRole } from '../../../core/styles/fonts'
import type { FontSpecimenResult, InstalledFontInfo } from '../../../core/ipc/contract'

interface Props {
  draft: Settings
  setDraft(settings: Settings): void
  /** The open document's text, so the warning names characters the user actually has. */
  documentText: string
}

/** 字体: per role, the bundled default or an installed font, with a live specimen and missing glyphs. */
export function FontSettings({ draft, setDraft, documentText }: Props) {
  const [installed, setInstalled] = useState<InstalledFontInfo[]>()
  useEffect(() => {
    window.banxin.listFonts().then(setInstalled, () => setInstalled([]))
  }, [])
  return (
    <div className="bx-settings-form">
      <p className="bx-note">印刷 PDF 按字体角色取字。未选择时使用内置的思源宋体/黑体，并在安装了方正小标宋、仿宋_GB2312、楷体_GB2312 等字体时按版式优先使用它们。</p>
      {FONT_ROLES.map((role) => (
        <RoleFont
          key={role}
          role={role}
          spec={draft.fonts[role]}
          installed={installed}
          documentText={documentText}
          onChange={(spec) => {
            const fonts = { ...draft.fonts }
            if (spec) fonts[role] = spec
            else delete fonts[role]
            setDraft({ ...draft, fonts })
          }}
        />
      ))}
    </div>
  )
}

function RoleFont({ role, spec, installed, documentText, onChange }: { role: FontRole; spec?: string; installed?: InstalledFontInfo[]; documentText: string; onChange(spec?: string): void }) {
  const [specimen, setSpecimen] = useState<FontSpecimenResult>()
  const [error, setError] = useState<string>()
  useEffect(() => {
    let live = true
    window.banxin.fontSpecimen(role, spec, documentText).then(
      (s) => {
        if (!live) return
        setSpecimen(s)
        setError(undefined)
      },
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    )
    return () => {
      live = false
    }
  }, [role, spec, documentText])
  const url = useMemo(() => (specimen ? URL.createObjectURL(new Blob([specimen.svg], { type: 'image/svg+xml' })) : undefined), [specimen])
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url])
  const known = installed?.some((f) => f.spec === spec)
  return (
    <fieldset className="bx-font-role">
      <legend>{FONT_ROLE_NAMES[role]}</legend>
      <select value={spec ?? ''} onChange={(e) => onChange(e.currentTarget.value || undefined)} aria-label={`${FONT_ROLE_NAMES[role]}字体`}>
        <option value="">默认（内置或已安装的公文字体）</option>
        {spec && !known ? <option value={spec}>{spec}</option> : null}
        {(installed ?? []).map((f) => (
          <option key={f.spec} value={f.spec}>
            {f.name}
          </option>
        ))}
      </select>
      {installed === undefined ? <span className="bx-note">正在查找已安装的字体…</span> : null}
      {error ? <p className="bx-error">{error}</p> : null}
      {specimen && url ? (
        <div className="bx-specimen" data-testid={`specimen-${role}`}>
          <img src={url} alt={`${FONT_ROLE_NAMES[role]}字样`} />
          <span className="bx-note">{specimen.label}</span>
          {specimen.missing.length ? (
            <p className="bx-warning" role="alert">
              此字体缺少 {specimen.missing.length} 个字：{specimen.missing.join(' ')}。印刷时将改用其他字体并在导出报告中列出。
            </p>
          ) : null}
        </div>
      ) : null}
    </fieldset>
  )
}
