import { useCallback, useEffect, useState, type ReactNode } from 'react'
import { Modal } from '../app/Modal'
import type { ArticleBundle } from '../../../core/model/article'
import type { PageBundle } from '../../../core/page/page'
import type { ExportOrder } from '../../../core/ipc/contract'
import type { PortalProfile } from '../../../core/portal/profile'
import type { PreflightItem } from '../../../core/typeset/preflight'
import { useExportJob, type JobState } from './useExportJob'

export type ExportKind = ExportOrder['kind']

export interface PresetChoice {
  id: string
  name: string
}

/** What is exported: an article (any export, with a preset chosen here), or a page file (its PDF, with its own page preset). */
export type ExportContent = { kind: 'article'; bundle: ArticleBundle } | { kind: 'page'; bundle: PageBundle; presetName: string }

interface Props {
  kind: ExportKind
  content: ExportContent
  /** Base file name without extension, from the title. */
  baseName: string
  presets: readonly PresetChoice[]
  defaultPreset: string
  profiles: readonly PortalProfile[]
  defaultProfile: string
  onClose(): void
}

const TITLES: Record<ExportKind, string> = { pdf: '导出 PDF', package: '导出网页包', text: '导出纯文本' }

/** The package files, as the webmaster will find them (design §6). */
const PACKAGE_CONTENTS = [
  ['preview.html', '完整的门户样式页面，供审核'],
  ['content.html', '正文片段，可直接粘贴进网站后台编辑器（内联样式）'],
  ['content.txt', '纯文本正文'],
  ['fields.txt', '标题、作者、来源等字段，逐项填入后台表单'],
  ['meta.json', '字段、图片信息与校验值'],
  ['images/', '原始图片，按出现顺序编号'],
  ['report/', 'HTML 校验结果与标点规范化记录'],
  ['README.txt', '使用说明'],
] as const

export function ExportDialog(props: Props) {
  const { kind, content, onClose } = props
  const job = useExportJob()
  const [presetId, setPresetId] = useState(props.defaultPreset)
  const [profileId, setProfileId] = useState(props.defaultProfile)
  const [folder, setFolder] = useState(false)
  const [range, setRange] = useState<{ from: number; to: number } | null>(null)
  const [openAfter, setOpenAfter] = useState(true)
  const [pdfa, setPdfa] = useState(false)


  const running = job.state.phase === 'running'
  const check = useCallback(
    async () => (content.kind === 'page' ? window.banxin.typesetPage(content.bundle) : window.banxin.typesetPreview(content.bundle, presetId)),
    [content, presetId],
  )

  const go = async () => {
    const ext = kind === 'pdf' ? '.pdf' : kind === 'text' ? '.txt' : folder ? '' : '.zip'
    const target = await window.banxin.chooseExportTarget(kind === 'package' && folder ? 'folder' : kind, props.baseName + ext)
    if (!target) return
    if (content.kind === 'page') return job.start((id) => window.banxin.exportPage(id, content.bundle, target))
    const order: ExportOrder =
      kind === 'pdf'
        ? { kind, presetId, target, pdfa, ...(range ? { pages: range } : {}) }
        : kind === 'package'
          ? { kind, profileId, folder, target }
          : { kind, target }
    await job.start((id) => window.banxin.exportDocument(id, content.bundle, order))
  }

  useEffect(() => {
    if (job.state.phase === 'done' && openAfter && kind === 'pdf') void window.banxin.showInFolder(job.state.result.path)
  }, [job.state, openAfter, kind])

  return (
    // Esc does nothing while the export runs: 取消导出 stops it, and the outcome must be seen.
    <Modal labelledBy="export-title" onCancel={running ? null : onClose}>
      <h2 id="export-title">{TITLES[kind]}</h2>
      {job.state.phase === 'idle' || job.state.phase === 'cancelled' || job.state.phase === 'failed' ? (
        <form
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault()
            void go()
          }}
        >
          {kind === 'pdf' ? (
            <>
              {content.kind === 'page' ? (
                <Field label="版式">{content.presetName}（版面自带，每版一页）</Field>
              ) : (
                <>
                  <Field label="版式">
                    <select value={presetId} onChange={(e) => setPresetId(e.currentTarget.value)} aria-label="版式">
                      {props.presets.map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.name}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <Field label="页码范围">
                    <label className="bx-inline">
                      <input type="radio" name="range" checked={!range} onChange={() => setRange(null)} /> 全部
                    </label>
                    <label className="bx-inline">
                      <input type="radio" name="range" checked={!!range} onChange={() => setRange({ from: 1, to: 1 })} /> 从
                    </label>
                    <input
                      type="number"
                      min={1}
                      aria-label="起始页"
                      disabled={!range}
                      value={range?.from ?? 1}
                      onChange={(e) => setRange({ from: Number(e.currentTarget.value), to: Math.max(Number(e.currentTarget.value), range?.to ?? 1) })}
                    />
                    到
                    <input
                      type="number"
                      min={range?.from ?? 1}
                      aria-label="结束页"
                      disabled={!range}
                      value={range?.to ?? 1}
                      onChange={(e) => setRange({ from: range?.from ?? 1, to: Number(e.currentTarget.value) })}
                    />
                  </Field>
                  <label className="bx-check">
                    <input type="checkbox" checked={pdfa} onChange={(e) => setPdfa(e.currentTarget.checked)} /> 存档用 PDF/A-2b
                  </label>
                </>
              )}
              <label className="bx-check">
                <input type="checkbox" checked={openAfter} onChange={(e) => setOpenAfter(e.currentTarget.checked)} /> 导出后打开所在文件夹
              </label>
              <Preflight check={check} />
            </>
          ) : null}
          {kind === 'package' ? (
            <>
              <Field label="门户样式">
                <select value={profileId} onChange={(e) => setProfileId(e.currentTarget.value)} aria-label="门户样式">
                  {props.profiles.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.siteName}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label="保存为">
                <label className="bx-inline">
                  <input type="radio" name="format" checked={!folder} onChange={() => setFolder(false)} /> ZIP 压缩包
                </label>
                <label className="bx-inline">
                  <input type="radio" name="format" checked={folder} onChange={() => setFolder(true)} /> 文件夹
                </label>
              </Field>
              <div className="bx-contents">
                <div>包内文件：</div>
                <ul>
                  {PACKAGE_CONTENTS.map(([file, what]) => (
                    <li key={file}>
                      <code>{file}</code> {what}
                    </li>
                  ))}
                </ul>
              </div>
            </>
          ) : null}
          {kind === 'text' ? <p>正文以纯文本保存（UTF-8），段落之间空一行，可在任何编辑器中打开。</p> : null}
          <Outcome state={job.state} />
          <div className="bx-dialog-buttons">
            <button type="button" onClick={onClose}>
              关闭
            </button>
            <button type="submit" className="bx-primary">
              导出…
            </button>
          </div>
        </form>
      ) : (
        <Outcome state={job.state} onCancel={job.cancel} onClose={onClose} />
      )}
    </Modal>
  )
}

/** 印前检查: the draft or page laid out as it will print (the preview worker) and checked before export. */
function Preflight({ check }: { check: () => Promise<{ preflight: PreflightItem[] } | null> }) {
  const [items, setItems] = useState<PreflightItem[] | null>(null)
  useEffect(() => {
    let current = true
    setItems(null)
    void check()
      .then((result) => current && result && setItems(result.preflight))
      .catch(() => current && setItems([]))
    return () => {
      current = false
    }
  }, [check])
  const errors = items?.filter((i) => i.level === 'error').length ?? 0
  return (
    <div className="bx-preflight" data-testid="preflight" aria-live="polite">
      <div>
        印前检查：{items === null ? '正在检查…' : items.length ? `${errors} 个错误，${items.length - errors} 个提醒` : '没有发现问题'}
      </div>
      {items?.length ? (
        <ul>
          {items.map((item, i) => (
            <li key={i} className={item.level === 'error' ? 'bx-error' : undefined}>
              {item.level === 'error' ? '错误' : '提醒'}：{item.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="bx-form-row">
      <span className="bx-form-label">{label}</span>
      <span className="bx-form-control">{children}</span>
    </div>
  )
}

function Outcome({ state, onCancel, onClose }: { state: JobState; onCancel?(): void; onClose?(): void }) {
  switch (state.phase) {
    case 'idle':
      return null
    case 'cancelled':
      return <p className="bx-note">已取消导出，没有写入任何文件。</p>
    case 'failed':
      return (
        <p className="bx-error" role="alert">
          导出失败：{state.message}
        </p>
      )
    case 'running':
      return (
        <div className="bx-progress" data-testid="export-progress">
          <progress value={state.fraction} max={1} aria-label="导出进度" />
          <span>{state.message}</span>
          <button type="button" onClick={onCancel}>
            取消
          </button>
        </div>
      )
    case 'done': {
      const { result } = state
      return (
        <div className="bx-result" data-testid="export-done">
          <p>
            已导出到 <code>{result.path}</code>
          </p>
          {result.validation ? (
            <div className="bx-validation">
              <p>
                校验结果：{result.validation.errors} 个错误，{result.validation.warnings} 个提醒
              </p>
              {result.validation.messages.length ? (
                <ul>
                  {result.validation.messages.map((m, i) => (
                    <li key={i}>{m}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
          {result.fonts?.length ? (
            <details className="bx-fonts-used">
              <summary>所用字体</summary>
              <ul>
                {result.fonts.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </details>
          ) : null}
          {result.warnings.length ? (
            <ul className="bx-warnings">
              {result.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          ) : null}
          <div className="bx-dialog-buttons">
            <button type="button" onClick={() => void window.banxin.showInFolder(result.path)}>
              打开所在文件夹
            </button>
            <button type="button" className="bx-primary" onClick={onClose}>
              完成
            </button>
          </div>
        </div>
      )
    }
  }
}
