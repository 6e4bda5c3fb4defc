import type { ComponentProps } from 'react'
import { useStore } from 'zustand'
import { ExportDialog } from '../export/ExportDialog'
import { PageView } from '../page/PageView'
import { exportContent, suggestedFileName } from './document-state'
import { activeDocument, findDocument, type DocumentStore } from './document-store'

/** The 版面 view of page file `id`, which renders again with each edit of the page (not of an article). */
export function PageTabView({
  store,
  id,
  ...props
}: { store: DocumentStore; id: string } & Omit<ComponentProps<typeof PageView>, 'tab'>) {
  const tab = useStore(store, (s) => {
    const doc = findDocument(s, id)
    return doc?.kind === 'page' ? doc : undefined
  })
  return tab ? <PageView tab={tab} {...props} /> : null
}

/** The export dialog for the document in front, as it stands. */
export function ActiveExportDialog({
  store,
  ...props
}: { store: DocumentStore } & Omit<ComponentProps<typeof ExportDialog>, 'content' | 'baseName'>) {
  const doc = useStore(store, activeDocument)
  if (!doc) return null
  return (
    <ExportDialog
      content={exportContent(doc)}
      baseName={suggestedFileName(doc).replace(/\.banxin$/, '')}
      {...props}
    />
  )
}
