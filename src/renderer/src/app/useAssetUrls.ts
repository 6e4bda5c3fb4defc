import { useCallback, useEffect, useMemo } from 'react'
import type { AssetData } from '../../../core/model/article'

/** Object URLs for the document's images, revoked when the images change. */
export function useAssetUrls(assets: Record<string, { mime: string }>, data: AssetData): (id: string) => string | undefined {
  const urls = useMemo(() => {
    const map = new Map<string, string>()
    for (const [id, bytes] of Object.entries(data)) {
      map.set(id, URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: assets[id]?.mime ?? 'application/octet-stream' })))
    }
    return map
  }, [assets, data])
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls])
  return useCallback((id: string) => urls.get(id), [urls])
}
