import { useState } from 'react'
import { useStore } from 'zustand'
import type { Settings } from '../../../core/settings/schema'
import type { PortalProfile } from '../../../core/portal/profile'
import type { SectionHeadingTemplate } from '../../../core/styles/templates'
import { ArticleEditor } from '../editor/ArticleEditor'
import { PreviewPane } from '../preview/PreviewPane'
import { PortalPreview } from '../preview/PortalPreview'
import { PrintPreview } from '../preview/PrintPreview'
import type { PresetChoice } from '../export/ExportDialog'
import type { CommandBus } from './command-bus'
import { withAsset, withBlocks, withMeta, withReview, type ArticleTab } from './document-state'
import { findArticle, type DocumentStore } from './document-store'
import { useSettled } from './useSettled'
import { useAssetUrls } from './useAssetUrls'
import { Splitter } from './Splitter'
import { useElementSize } from '../preview/useElementSize'

/** Room for a readable line in the editor (about 12 characters beside the side panel, 24 without it). */
const EDITOR_MIN_WIDTH = 580
/** Below this the preview's tools no longer fit. */
const PREVIEW_MIN_WIDTH = 300
const SPLITTER_WIDTH = 6
/**
 * The side panel, the previews and find's caption count follow the text once typing has paused this
 * long: a keystroke re-renders the editor's text only, so it is painted sooner (docs/editor.md).
 */
const SETTLE_MS = 300
/** A closed tab's (for the moment between its removal and this view's). */
const NONE = {}

interface Props {
  store: DocumentStore
  /** The article tab shown. */
  id: string
  commands: CommandBus
  settings: Settings
  profiles: readonly PortalProfile[]
  portalMainColor: string
  templates: readonly SectionHeadingTemplate[]
  presets: readonly PresetChoice[]
  onChange(change: (doc: ArticleTab) => ArticleTab): void
  onSettingsChange(patch: (s: Settings) => Settings): void
}

/** One document: the editor in the centre, the resizable, collapsible preview on the right. */
export function Workspace({ store, id, commands, settings, profiles, portalMainColor, templates, presets, onChange, onSettingsChange }: Props) {
  const [dragWidth, setDragWidth] = useState<number>()
  const [bench, setBench] = useState<HTMLDivElement | null>(null)
  const layout = settings.layout
  const setLayout = (patch: Partial<Settings['layout']>) => onSettingsChange((s) => ({ ...s, layout: { ...s.layout, ...patch } }))
  // What the editor shows as it is now: each changes with an edit of its own, never with typed text.
  const meta = useStore(store, (s) => findArticle(s, id)?.bundle.article.meta)
  const assets = useStore(store, (s) => findArticle(s, id)?.bundle.article.assets ?? NONE)
  const assetData = useStore(store, (s) => findArticle(s, id)?.bundle.assetData ?? NONE)
  const review = useStore(store, (s) => findArticle(s, id)?.bundle.review)
  const settled = useSettled(store, (s) => findArticle(s, id)?.bundle, SETTLE_MS)
  const imageUrl = useAssetUrls(assets, assetData)
  // The preview gives way when the window narrows, so the editor keeps its width and nothing passes the edge.
  const maxWidth = Math.max(PREVIEW_MIN_WIDTH, (useElementSize(bench)?.width ?? Infinity) - EDITOR_MIN_WIDTH - SPLITTER_WIDTH)
  const width = Math.min(maxWidth, Math.max(PREVIEW_MIN_WIDTH, dragWidth ?? layout.previewWidth))
  // The tab was just closed: App unmounts this next.
  if (!meta || !settled) return null

  return (
    <div className="bx-workbench" ref={setBench}>
      <div className="bx-editor-area">
        <ArticleEditor
          settled={settled.article}
          meta={meta}
          assets={assets}
          imageUrl={imageUrl}
          commands={commands}
          templates={templates}
          portalMainColor={portalMainColor}
          userTemplates={settings.templates}
          onUserTemplatesChange={(t) => onSettingsChange((s) => ({ ...s, templates: t }))}
          onBlocksChange={(blocks) => onChange((d) => withBlocks(d, blocks))}
          onMetaChange={(meta) => onChange((d) => withMeta(d, meta))}
          onAddAsset={(asset) => onChange((d) => withAsset(d, asset))}
          review={review}
          onReviewChange={(review) => onChange((d) => withReview(d, review))}
        />
      </div>
      {layout.previewOpen ? (
        <>
          <Splitter width={width} min={PREVIEW_MIN_WIDTH} max={maxWidth} onResize={setDragWidth} onCommit={(w) => setLayout({ previewWidth: w })} />
          <div className="bx-preview-slot" style={{ width }}>
            <PreviewPane
              mode={layout.previewMode}
              onModeChange={(previewMode) => setLayout({ previewMode })}
              onClose={() => setLayout({ previewOpen: false })}
              portal={
                <PortalPreview
                  article={settled.article}
                  imageUrl={imageUrl}
                  profiles={profiles}
                  templates={templates}
                  profileId={settings.defaultProfile}
                  onProfileChange={(id) => onSettingsChange((s) => ({ ...s, defaultProfile: id }))}
                />
              }
              print={
                <PrintPreview
                  bundle={settled}
                  presets={presets}
                  presetId={settings.defaultPreset}
                  onPresetChange={(id) => onSettingsChange((s) => ({ ...s, defaultPreset: id }))}
                />
              }
            />
          </div>
        </>
      ) : (
        <button type="button" className="bx-preview-open" onClick={() => setLayout({ previewOpen: true })} aria-label="展开预览" title="展开预览">
          ⟨ 预览
        </button>
      )}
    </div>
  )
}
