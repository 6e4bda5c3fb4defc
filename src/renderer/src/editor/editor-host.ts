import type { NewAsset } from './insert-images'
import type { ReviewHost } from './with-review'

/**
 * What editor plugins need from the React side, updated on every render: plugins are created once per
 * document, props change.
 */
export interface EditorHost extends ReviewHost {
  /** Asset ids the article already uses (plus ones added since the last render). */
  takenAssetIds: Set<string>
  addAsset(asset: NewAsset): void
  notify(message: string): void
}
