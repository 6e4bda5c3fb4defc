import { useMemo, useRef } from 'react'
import type { Block } from '../../../core/model/article'
import { headingLabels } from '../../../core/model/numbering'
import { sectionHeadingOrdinals } from '../../../core/styles/section-heading-lines'
import type { SectionHeadingTemplate } from '../../../core/styles/templates'
import type { RenderInfo } from './render-context'

function sameMap<K, V>(a: Map<K, V>, b: Map<K, V>): boolean {
  if (a.size !== b.size) return false
  for (const [k, v] of a) if (b.get(k) !== v) return false
  return true
}

/** Keeps the previous map while its content is the same, so typing does not re-render every heading. */
function useStableMap<K, V>(next: Map<K, V>): Map<K, V> {
  const ref = useRef(next)
  if (!sameMap(ref.current, next)) ref.current = next
  return ref.current
}

export function useRenderInfoValue(
  blocks: readonly Block[],
  templates: readonly SectionHeadingTemplate[],
  imageUrl: (id: string) => string | undefined,
): RenderInfo {
  const labels = useStableMap(useMemo(() => headingLabels(blocks), [blocks]))
  const ordinals = useStableMap(useMemo(() => sectionHeadingOrdinals(blocks), [blocks]))
  return useMemo(
    () => ({ templates, headingLabels: labels, sectionOrdinals: ordinals, imageUrl }),
    [templates, labels, ordinals, imageUrl],
  )
}
