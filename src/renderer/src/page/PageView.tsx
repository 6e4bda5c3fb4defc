import { useEffect, useMemo, useState } from 'react'
import type { Settings } from '../../../core/settings/schema'
import type { SectionHeadingTemplate } from '../../../core/styles/templates'
import type { PageDocument } from '../../../core/page/page'
import { findPagePreset } from '../../../core/page/builtin-page-presets'
import { resolvePagePreset } from '../../../core/page/page-preset'
import { moveFrame, resizeFrame, type EdgeDeltas } from '../../../core/page/frame-moves'
import { removeFrame, swapArticles, updateFrame } from '../../../core/page/page-edit'
import { setLeadStory } from '../../../core/page/lead-story'
import { withDraftedFrames } from '../../../core/makeup/redraft-page'
import { addArticles, placeArticle, removeArticle } from '../../../core/page/place-articles'
import { contentGrid } from '../../../core/page/content-grid'
import { userMessage } from '../../../core/errors'
import type { CommandBus } from '../app/command-bus'
import type { PageTab } from '../app/document-state'
import { useElementSize } from '../preview/useElementSize'
import { ZoomSelect } from '../preview/ZoomSelect'
import { zoomScale, type Zoom } from '../preview/zoom'
import { ArticlesPanel } from './ArticlesPanel'
import { FramePanel } from './FramePanel'
import { PageArticleEditor } from './PageArticleEditor'
import { OversetPanel } from './OversetPanel'
import { PageCanvas } from './PageCanvas'
import { PageHeadPanel } from './PageHeadPanel'
import { pageLayoutGrid } from './page-geometry'
import { onDocument, usePageEdits } from './usePageEdits'
import { usePageDrawing } from './usePageDrawing'
import './page.css'

interface Props {
  tab: PageTab
  commands: CommandBus
  settings: Settings
  templates: readonly SectionHeadingTemplate[]
  portalMainColor: string
  onChange(change: (tab: PageTab) => PageTab): void
  onSettingsChange(patch: (s: Settings) => Settings): void
  onNotice(kind: 'info' | 'error', text: string): void
}

/** Pane padding around the page, so the sheet's shadow and handles stay visible at 适合页面. */
const SHEET_MARGIN = 48

const isUndo = (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'z' && !e.shiftKey
const isRedo = (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && !e.altKey && (e.key.toLowerCase() === 'y' || (e.key.toLowerCase() === 'z' && e.shiftKey))

/**
 * 版面: one page of the page file at a time, drawn from the compositor's Layout with the column and
 * baseline grid over it; frames are dragged and resized on the grid, and the side panel edits the 版头,
 * the selected frame and the file's stories. Every edit is a pure function of the document (core/page),
 * so undo and redo step through documents.
 */
export function PageView({ tab, commands, settings, templates, portalMainColor, onChange, onSettingsChange, onNotice }: Props) {
  const doc = tab.page.page
  const { edit, undo, redo, editArticle } = usePageEdits(onChange)
  const preset = useMemo(() => {
    try {
      const p = findPagePreset(doc.preset)
      return { preset: p, resolved: resolvePagePreset(p) }
    } catch (error) {
      return { error: userMessage(error) }
    }
  }, [doc.preset])
  const [pageIndex, setPageIndex] = useState(0)
  const [selected, setSelected] = useState<string>()
  const [editing, setEditing] = useState<string>()
  const [zoom, setZoom] = useState<Zoom>('fit-page')
  const [guides, setGuides] = useState(true)
  const [drafting, setDrafting] = useState(false)
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null)
  const pane = useElementSize(scroller)
  const drawing = usePageDrawing(tab.page)

  // Ctrl+Z / Ctrl+Y wherever the focus is (a removed frame takes it along), except in the article
  // editor, which keeps its own undo for the text, and in dialogs.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target instanceof Element ? e.target : null
      if (e.isComposing || target?.closest('.bx-page-editor, dialog')) return
      if (isUndo(e)) {
        e.preventDefault()
        undo()
      } else if (isRedo(e)) {
        e.preventDefault()
        redo()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [undo, redo])

  if ('error' in preset)
    return (
      <p className="bx-error" role="alert">
        无法显示这个版面：{preset.error}
      </p>
    )

  const index = Math.min(pageIndex, doc.pages.length - 1)
  const spec = doc.pages[index]!
  const layout = pageLayoutGrid(preset.preset, preset.resolved, spec)
  const frame = spec.frames.find((f) => f.id === selected)
  const editingArticle = editing ? doc.articles[editing] : undefined
  const { pageWidth, pageHeight } = layout.grid
  const scale = zoomScale(zoom, { width: pageWidth, height: pageHeight }, { width: Math.max(200, (pane?.width ?? 800) - SHEET_MARGIN), height: Math.max(200, (pane?.height ?? 600) - SHEET_MARGIN) })

  const editDoc = (change: (d: PageDocument) => PageDocument, group?: string) => edit(onDocument(change), group)
  const gridOf = (d: PageDocument, id: string) => {
    const at = d.pages.findIndex((p) => p.frames.some((f) => f.id === id))
    return contentGrid(preset.preset, d.pages[Math.max(0, at)]!)
  }
  const move = (id: string, columns: number, rows: number) => editDoc((d) => moveFrame(d, id, columns, rows, gridOf(d, id)))
  const resize = (id: string, by: EdgeDeltas) => editDoc((d) => resizeFrame(d, id, by, gridOf(d, id)))
  const remove = (id: string) => {
    editDoc((d) => removeFrame(d, id))
    setSelected(undefined)
  }
  const selectFrame = (id: string, page: number) => {
    setPageIndex(page)
    setSelected(id)
  }
  const openArticleOf = (id: string) => setEditing(spec.frames.find((f) => f.id === id)?.article)

  /** 添加稿件: files chosen in the dialog become stories of the file; `into` a frame, the first shows there. */
  const addFromFiles = async (into?: string) => {
    let opened
    try {
      opened = await window.banxin.openArticles()
    } catch (error) {
      onNotice('error', error instanceof Error ? error.message : String(error))
      return
    }
    if (!opened.length) return
    const warnings = opened.flatMap((o) => o.report?.warnings ?? [])
    if (warnings.length) onNotice('info', warnings.join('；'))
    let unplaced = 0
    edit((bundle) => {
      const added = addArticles(bundle, opened.map((o) => o.bundle))
      let d = added.bundle.page
      const keys = into ? added.keys.slice(1) : added.keys
      if (into) d = updateFrame(d, into, { article: added.keys[0]! })
      for (const key of keys) {
        const next = placeArticle(d, index, key, contentGrid(preset.preset, d.pages[index]!))
        if (next === d) unplaced++
        d = next
      }
      return { ...added.bundle, page: d }
    })
    if (unplaced) onNotice('info', `版面已无空处，${unplaced} 篇稿件未放上版面，列在「稿件」中。`)
  }

  /** 自动排版: this 版 drafted again in main's preview worker from its stories and the unplaced ones; one undo step. */
  const autoLayout = async () => {
    setDrafting(true)
    try {
      const draft = await window.banxin.draftPage(tab.page, index)
      if (!draft) return onNotice('info', '自动排版被新的修改打断了，请再试一次。')
      editDoc((d) => withDraftedFrames(d, index, draft.frames))
      setSelected(undefined)
      const left = draft.unplaced.map((key) => `「${doc.articles[key]?.meta.title || '（无题）'}」`)
      onNotice('info', left.length ? `已自动排版；这一版放不下 ${left.join('')}，列在「稿件」中。` : '已自动排版：可再拖动、调整版框，撤销可回到原来的版面。')
    } catch (error) {
      onNotice('error', error instanceof Error ? error.message : String(error))
    } finally {
      setDrafting(false)
    }
  }

  return (
    <div className="bx-page-view" data-testid="page-view">
      <div className="bx-page-tools" role="toolbar" aria-label="版面工具">
        <button type="button" onClick={undo} disabled={!tab.history.past.length} title="撤销（Ctrl+Z）">
          撤销
        </button>
        <button type="button" onClick={redo} disabled={!tab.history.future.length} title="重做（Ctrl+Y）">
          重做
        </button>
        <span className="bx-tool-sep" />
        <button type="button" onClick={() => void addFromFiles()}>
          添加稿件…
        </button>
        <button type="button" disabled={!frame} onClick={() => frame && remove(frame.id)}>
          删除版框
        </button>
        <button type="button" disabled={drafting} onClick={() => void autoLayout()} title="按稿件的主次重排这一版：头条居左上，标题字号随主次递减，版框高度按稿件排下为准">
          {drafting ? '正在自动排版…' : '自动排版'}
        </button>
        <span className="bx-tool-sep" />
        <label>
          版面
          <select value={index} aria-label="版面" onChange={(e) => setPageIndex(Number(e.currentTarget.value))}>
            {doc.pages.map((p, i) => (
              <option key={i} value={i}>
                第 {p.number} 版 {p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="bx-inline">
          <input type="checkbox" checked={guides} onChange={(e) => setGuides(e.currentTarget.checked)} /> 栏格与基线
        </label>
        <ZoomSelect zoom={zoom} fits={['fit-page', 'fit-width']} onChange={setZoom} />
        <span className="bx-note">{preset.preset.name}</span>
        {drawing.busy ? <span className="bx-busy">{drawing.result ? '更新中…' : '正在排版…'}</span> : null}
      </div>
      {drawing.error ? (
        <p className="bx-error" role="alert">
          排版失败：{drawing.error}
        </p>
      ) : null}
      <div className="bx-page-body">
        <div className="bx-sheet-pane" ref={setScroller}>
          <PageCanvas
            layout={layout}
            spec={spec}
            articles={doc.articles}
            scale={scale}
            {...(drawing.urls[index] ? { drawn: drawing.urls[index] } : {})}
            status={drawing.status}
            guides={guides}
            {...(frame ? { selected: frame.id } : {})}
            onSelect={setSelected}
            onMove={move}
            onResize={resize}
            onRemove={remove}
            onOpenArticle={openArticleOf}
          />
        </div>
        {editing && editingArticle ? (
          <PageArticleEditor
            key={`${tab.id}:${editing}`}
            article={editingArticle}
            assetData={tab.page.assetData[editing] ?? {}}
            commands={commands}
            settings={settings}
            templates={templates}
            portalMainColor={portalMainColor}
            onSettingsChange={onSettingsChange}
            onChange={(change) => editArticle(editing, change)}
            onClose={() => setEditing(undefined)}
          />
        ) : (
          <aside className="bx-page-side" aria-label="版面属性">
            <PageHeadPanel doc={doc} pageIndex={index} onChange={(next, group) => editDoc(() => next, group)} />
            {frame ? (
              <FramePanel
                key={frame.id}
                doc={doc}
                frame={frame}
                grid={layout.content}
                {...(drawing.status.get(frame.id) ? { status: drawing.status.get(frame.id)! } : {})}
                onUpdate={(patch) => editDoc((d) => updateFrame(d, frame.id, patch))}
                onMove={(c, r) => move(frame.id, c, r)}
                onResize={(by) => resize(frame.id, by)}
                onLead={() => editDoc((d) => setLeadStory(d, frame.id))}
                onSwapWith={(other) => editDoc((d) => swapArticles(d, frame.id, other))}
                onArticleFromFile={() => void addFromFiles(frame.id)}
                onEdit={() => setEditing(frame.article)}
                onRemove={() => remove(frame.id)}
              />
            ) : (
              <p className="bx-note bx-page-hint">点选版框可调整位置、标题和边框；方向键按栏、按行移动，Shift+方向键调整大小。</p>
            )}
            <OversetPanel doc={doc} {...(drawing.result ? { frames: drawing.result.frames } : {})} onSelectFrame={selectFrame} />
            <ArticlesPanel
              doc={doc}
              onSelectFrame={selectFrame}
              onPlace={(key) => {
                if (placeArticle(doc, index, key, layout.content) === doc) onNotice('info', '这一版已无空处：先缩小或删除版框，再放上这篇稿件。')
                else editDoc((d) => placeArticle(d, index, key, contentGrid(preset.preset, d.pages[index]!)))
              }}
              onRemoveArticle={(key) => edit((b) => removeArticle(b, key))}
              onAdd={() => void addFromFiles()}
            />
          </aside>
        )}
      </div>
    </div>
  )
}
