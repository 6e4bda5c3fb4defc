import { useState } from 'react'
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
import { useAssetUrls } from './useAssetUrls'
import { Splitter } from './Splitter'
import { useElementSize } from '../preview/useElementSize'

/** Room for a readable line in the editor (about 12 characters beside the side panel, 24 without it). */
const EDITOR_MIN_WIDTH = 580
/** Below this the preview's tools no longer fit. */
const PREVIEW_MIN_WIDTH = 300
const SPLITTER_WIDTH = 6

interface Props {
  doc: ArticleTab
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
export function Workspace({ doc, commands, settings, profiles, portalMainColor, templates, presets, onChange, onSettingsChange }: Props) {
  const [dragWidth, setDragWidth] = useState<number>()
  const [bench, setBench] = useState<HTMLDivElement | null>(null)
  const layout = settings.layout
  const setLayout = (patch: Partial<Settings['layout']>) => onSettingsChange((s) => ({ ...s, layout: { ...s.layout, ...patch } }))
  const imageUrl = useAssetUrls(doc.bundle.article.assets, doc.bundle.assetData)
  // The preview gives way when the window narrows, so the editor keeps its width and nothing passes the edge.
  const maxWidth = Math.max(PREVIEW_MIN_WIDTH, (useElementSize(bench)?.width ?? Infinity) - EDITOR_MIN_WIDTH - SPLITTER_WIDTH)
  const width = Math.min(maxWidth, Math.max(PREVIEW_MIN_WIDTH, dragWidth ?? layout.previewWidth))

  return (
    <div className="bx-workbench" ref={setBench}>
      <div className="bx-editor-area">
        <ArticleEditor
          article={doc.bundle.article}
          imageUrl={imageUrl}
          commands={commands}
          templates={templates}
          portalMainColor={portalMainColor}
          userTemplates={settings.templates}
          onUserTemplatesChange={(t) => onSettingsChange((s) => ({ ...s, templates: t }))}
          onBlocksChange={(blocks) => onChange((d) => withBlocks(d, blocks))}
          onMetaChange={(meta) => onChange((d) => withMeta(d, meta))}
          onAddAsset={(asset) => onChange((d) => withAsset(d, asset))}
          review={doc.bundle.review}
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
                  article={doc.bundle.article}
                  imageUrl={imageUrl}
                  profiles={profiles}
                  templates={templates}
                  profileId={settings.defaultProfile}
                  onProfileChange={(id) => onSettingsChange((s) => ({ ...s, defaultProfile: id }))}
                />
              }
              print={
                <PrintPreview
                  bundle={doc.bundle}
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
