import { createContext, useContext } from 'react'
import type { SectionHeadingTemplate } from '../../../core/styles/templates'
import { BUILTIN_TEMPLATES } from '../../../core/styles/builtin-templates'

/** What element renderers need beyond the node: templates, numbering and image URLs. */
export interface RenderInfo {
  templates: readonly SectionHeadingTemplate[]
  /** 公文 heading labels (一、（一）…) by top-level block index. */
  headingLabels: Map<number, string>
  /** Section-heading ordinals by top-level block index, for 序号 templates. */
  sectionOrdinals: Map<number, number>
  imageUrl(assetId: string): string | undefined
}

export const RenderContext = createContext<RenderInfo>({
  templates: BUILTIN_TEMPLATES,
  headingLabels: new Map(),
  sectionOrdinals: new Map(),
  imageUrl: () => undefined,
})

export const useRenderInfo = () => useContext(RenderContext)
