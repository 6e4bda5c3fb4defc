import type { Article, AssetData } from '../../../core/model/article'
import type { Settings } from '../../../core/settings/schema'
import type { SectionHeadingTemplate } from '../../../core/styles/templates'
import type { CommandBus } from '../app/command-bus'
import { bundleWithAsset } from '../app/document-state'
import { useAssetUrls } from '../app/useAssetUrls'
import { ArticleEditor } from '../editor/ArticleEditor'
import { useDebouncedValue } from '../preview/useDebouncedValue'

interface Props {
  article: Article
  assetData: AssetData
  commands: CommandBus
  settings: Settings
  templates: readonly SectionHeadingTemplate[]
  portalMainColor: string
  onSettingsChange(patch: (s: Settings) => Settings): void
  onChange(change: (article: Article, assetData: AssetData) => { article: Article; assetData?: AssetData }): void
  onClose(): void
}

/** A story on the page opened in the article editor beside the page: its frame re-flows as it is edited. */
export function PageArticleEditor({ article, assetData, commands, settings, templates, portalMainColor, onSettingsChange, onChange, onClose }: Props) {
  const imageUrl = useAssetUrls(article.assets, assetData)
  // The side panel and find's caption count follow the text once typing pauses, as in the article view.
  const settled = useDebouncedValue(article, 300)
  return (
    <section className="bx-page-editor" aria-label={`编辑稿件「${article.meta.title}」`}>
      <div className="bx-page-editor-head">
        <span>编辑稿件：{article.meta.title || '（无题）'}</span>
        <button type="button" className="bx-primary" onClick={onClose}>
          完成
        </button>
      </div>
      <ArticleEditor
        settled={settled}
        meta={article.meta}
        assets={article.assets}
        imageUrl={imageUrl}
        commands={commands}
        templates={templates}
        portalMainColor={portalMainColor}
        userTemplates={settings.templates}
        onUserTemplatesChange={(t) => onSettingsChange((s) => ({ ...s, templates: t }))}
        onBlocksChange={(blocks) => onChange((a) => ({ article: { ...a, blocks } }))}
        onMetaChange={(meta) => onChange((a) => ({ article: { ...a, meta } }))}
        onAddAsset={(asset) => onChange((a, data) => bundleWithAsset({ article: a, assetData: data }, asset))}
      />
    </section>
  )
}
