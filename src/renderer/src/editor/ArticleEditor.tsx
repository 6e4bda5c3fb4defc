import { memo, useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react'
import type { Descendant } from 'slate'
import { Transforms } from 'slate'
import { Editable, ReactEditor, Slate, useComposing, useSlateSelector, useSlateStatic } from 'slate-react'
import type { Article, ArticleMeta, Block } from '../../../core/model/article'
import { LOW_CONFIDENCE, type ImportReview } from '../../../core/model/review'
import { DEFAULT_TEMPLATE_ID, templateOnPortal, type SectionHeadingTemplate } from '../../../core/styles/templates'
import type { CommandBus } from '../app/command-bus'
import { FindBar } from '../panels/FindBar'
import { SidePanel, type PanelId } from '../panels/SidePanel'
import { OutlinePanel } from '../panels/OutlinePanel'
import { CountPanel } from '../panels/CountPanel'
import { TemplatePanel } from '../panels/TemplatePanel'
import { LintPanel } from '../panels/LintPanel'
import { ReviewPanel } from '../panels/ReviewPanel'
import { createArticleEditor } from './create-editor'
import { NativeSelectionIntake } from './dom-selection'
import { renderChunk } from './chunk'
import { renderElement, renderLeaf } from './elements'
import { handleEditorKeyDown } from './hotkeys'
import { insertImages, isImageFile, type NewAsset } from './insert-images'
import { MetaFields } from './MetaFields'
import { RenderContext } from './render-context'
import { scrollCaretIntoView } from './scroll-caret'
import { Toolbar } from './Toolbar'
import { useFind, type Find } from './use-find'
import { useContextMenu } from './use-context-menu'
import { useRenderInfoValue } from './use-render-info'
import { withPaste } from './with-paste'
import { withReview, type ReviewEditor } from './with-review'
import type { EditorHost } from './editor-host'
import './slate-types'
import './editor.css'

interface Props {
  /**
   * The article as it stood when typing last paused (the side panel and find's caption count show it);
   * the text as typed is Slate's. The editor starts from its blocks.
   */
  settled: Article
  /** The title block's fields as they are now. */
  meta: ArticleMeta
  /** The article's images as they are now. */
  assets: Article['assets']
  /** Commands from the menu and app shortcuts (find, replace, toggle-outline …). */
  commands: CommandBus
  imageUrl(assetId: string): string | undefined
  /** Every section-heading template (built-in and the user's, from the catalogue). */
  templates: readonly SectionHeadingTemplate[]
  /** The main colour of the portal the preview shows: template colours that follow the portal take it here too. */
  portalMainColor: string
  /** Section-heading templates the user made, kept in settings. */
  userTemplates: readonly SectionHeadingTemplate[]
  onUserTemplatesChange(templates: SectionHeadingTemplate[]): void
  onBlocksChange(blocks: Block[]): void
  onMetaChange(meta: ArticleMeta): void
  /** Stores an inserted or pasted image's bytes with the document. */
  onAddAsset(asset: NewAsset): void
  /** What import did to the draft (导入检查); absent for a document that was not imported. */
  review?: ImportReview
  onReviewChange?(review: ImportReview | undefined): void
}

/** One Slate editor per open document; the parent re-creates it (by key) when another document opens. */
export function ArticleEditor(props: Props) {
  const { settled, meta, assets, onAddAsset } = props
  const host = useRef<EditorHost>({
    takenAssetIds: new Set(),
    addAsset: onAddAsset,
    notify: () => {},
    meta,
    setMeta: () => {},
    // The editor holds the review from here on: it moves with every edit and every undo.
    review: props.review,
    setReview: () => {},
  })
  const [editor] = useState(() => withPaste(withReview(createArticleEditor(settled.blocks.length), () => host.current), () => host.current))
  const [notice, setNotice] = useState<string>()
  const h = host.current
  h.addAsset = onAddAsset
  h.notify = setNotice
  h.meta = meta
  h.setMeta = (meta) => {
    h.meta = meta
    props.onMetaChange(meta)
  }
  h.setReview = (review) => {
    h.review = review
    props.onReviewChange?.(review)
  }
  for (const id of Object.keys(assets)) h.takenAssetIds.add(id)
  const [initialValue] = useState(() => settled.blocks as Descendant[])

  return (
    <Slate
      editor={editor}
      initialValue={initialValue}
      onValueChange={(value) => props.onBlocksChange(value as Block[])}
    >
      <EditorView {...props} host={h} notice={notice} onNotice={setNotice} onReviewStep={editor.reviewStep} />
    </Slate>
  )
}

interface ViewProps extends Props {
  host: EditorHost
  notice: string | undefined
  onNotice(text: string | undefined): void
  onReviewStep: ReviewEditor['reviewStep']
}

function firstTemplate(blocks: readonly Block[]): string {
  const heading = blocks.find((b) => b.type === 'section-heading')
  return heading?.type === 'section-heading' ? heading.template : DEFAULT_TEMPLATE_ID
}

function EditorView({
  settled,
  meta,
  commands,
  imageUrl,
  templates,
  portalMainColor,
  userTemplates,
  onUserTemplatesChange,
  onMetaChange,
  review,
  host,
  notice,
  onNotice,
  onReviewStep,
}: ViewProps) {
  const editor = useSlateStatic()
  const composing = useComposing()
  const find = useFind(editor, settled.blocks, meta)
  const [panel, setPanel] = useState<PanelId>('outline')
  const [sidePanelOpen, setSidePanelOpen] = useState(true)
  const [defaultTemplate, setDefaultTemplate] = useState(() => firstTemplate(settled.blocks))
  const titleBlock = useRef<HTMLDivElement>(null)
  const shownTemplates = useMemo(() => templates.map((t) => templateOnPortal(t, portalMainColor)), [templates, portalMainColor])

  const panelRef = useRef(panel)
  panelRef.current = panel
  const showOutline = useCallback(() => {
    setSidePanelOpen((open) => !(open && panelRef.current === 'outline'))
    setPanel('outline')
  }, [])
  const { open: openFind } = find
  useEffect(
    () =>
      commands.subscribe((command) => {
        if (command === 'find') openFind('find')
        else if (command === 'replace') openFind('replace')
        else if (command === 'toggle-outline') showOutline()
      }),
    [commands, openFind, showOutline],
  )

  useEffect(() => {
    if (!notice) return
    const timer = setTimeout(() => onNotice(undefined), 6000)
    return () => clearTimeout(timer)
  }, [notice, onNotice])

  const addImages = useCallback(
    (files: File[]) => void insertImages(editor, files, host),
    [editor, host],
  )
  // The insert-picture dialog is main's (native in Electron): it can open from the right-click menu,
  // where a page's file input would not (no user activation), and main checks what was chosen.
  const pickImages = useCallback(async () => {
    const { selection } = editor
    try {
      const picked = await window.banxin.chooseImages()
      if (!picked) return
      if (selection) Transforms.select(editor, selection)
      addImages(picked.map((p) => new File([p.bytes as Uint8Array<ArrayBuffer>], p.name, { type: p.mime })))
    } catch (error) {
      onNotice((error as Error).message)
    }
  }, [editor, addImages, onNotice])
  const { open: openFindMode, mode: findMode } = find
  const openFindBar = useCallback(() => openFindMode(findMode ?? 'find'), [openFindMode, findMode])
  const insertPickedImages = useCallback(() => void pickImages(), [pickImages])
  const onContextMenu = useContextMenu(editor, { defaultTemplate, insertImages: insertPickedImages, openFind: openFindBar })
  const jumpToTitle = useCallback(
    () => titleBlock.current?.querySelector<HTMLElement>('[data-field="title"]')?.focus(),
    [],
  )

  const onDrop = useCallback(
    (event: DragEvent) => {
      const files = [...event.dataTransfer.files].filter(isImageFile)
      if (!files.length) return false
      // Images dropped on the text are inserted where they land; other files bubble up to the app (open).
      event.preventDefault()
      event.stopPropagation()
      const range = ReactEditor.findEventRange(editor, event)
      if (range) editor.select(range)
      addImages(files)
      return true
    },
    [editor, addImages],
  )

  return (
    <div className="bx-editor" data-composing={composing || undefined}>
      <Toolbar
        sidePanelOpen={sidePanelOpen}
        defaultTemplate={defaultTemplate}
        onToggleSidePanel={() => setSidePanelOpen((o) => !o)}
        onFind={openFindBar}
        onInsertImage={insertPickedImages}
      />
      {find.mode ? <FindBar find={find} /> : null}
      <div className="bx-editor-main">
        {sidePanelOpen ? (
          <SidePanel
            panel={panel}
            onPanel={setPanel}
            onClose={() => setSidePanelOpen(false)}
            counts={{ review: review ? review.dropped.length + review.guesses.filter((g) => g.confidence < LOW_CONFIDENCE).length : 0 }}
          >
            <>
              {panel === 'outline' ? (
                <OutlinePanel article={settled} onJumpToTitle={jumpToTitle} />
              ) : null}
              {panel === 'count' ? <CountPanel article={settled} /> : null}
              {panel === 'templates' ? (
                <TemplatePanel
                  article={settled}
                  templates={shownTemplates}
                  stored={templates}
                  userTemplates={userTemplates}
                  onUserTemplatesChange={onUserTemplatesChange}
                  onDefaultTemplate={setDefaultTemplate}
                />
              ) : null}
              {panel === 'lint' ? <LintPanel article={settled} onMetaChange={onMetaChange} /> : null}
              {panel === 'review' ? (
                <ReviewPanel
                  article={settled}
                  review={review}
                  current={() => ({ article: { ...settled, meta: host.meta, blocks: editor.children as Block[] }, review: host.review })}
                  onStep={onReviewStep}
                />
              ) : null}
            </>
          </SidePanel>
        ) : null}
        <div className="bx-editor-scroll">
          <div className="bx-page" ref={titleBlock}>
            <MetaFields
              meta={meta}
              onChange={onMetaChange}
              onTitleEnter={() => ReactEditor.focus(editor)}
            />
            <EditorBody
              templates={shownTemplates}
              imageUrl={imageUrl}
              decorate={find.decorate}
              onDrop={onDrop}
              onContextMenu={onContextMenu}
            />
          </div>
        </div>
      </div>
      {notice ? (
        <div className="bx-editor-notice" role="status">
          {notice}
          <button
            type="button"
            className="bx-icon-button"
            onClick={() => onNotice(undefined)}
            aria-label="知道了"
          >
            ×
          </button>
        </div>
      ) : null}
    </div>
  )
}

interface BodyProps {
  templates: readonly SectionHeadingTemplate[]
  imageUrl(assetId: string): string | undefined
  decorate: Find['decorate']
  onDrop(event: DragEvent): boolean
  onContextMenu: ReturnType<typeof useContextMenu>
}

/**
 * The text: the one part of the editor that renders again with each keystroke. Heading labels and
 * ordinals are read from the text as it is, so a heading made by Enter is numbered in the same frame.
 * Memoised so that the panels' update after a pause does not render it: Editable's render puts Slate's
 * selection back into the DOM, and a caret the user moved a moment before (a click, Home) whose
 * `selectionchange` had not yet reached Slate would jump back.
 */
const EditorBody = memo(function EditorBody({ templates, imageUrl, decorate, onDrop, onContextMenu }: BodyProps) {
  const editor = useSlateStatic()
  const blocks = useSlateSelector((e) => e.children) as Block[]
  const info = useRenderInfoValue(blocks, templates, imageUrl)
  const chunked = editor.getChunkSize(editor) !== null
  return (
    <RenderContext.Provider value={info}>
      <NativeSelectionIntake />
      <Editable
        className="bx-body"
        data-testid="article-body"
        aria-label="正文"
        renderElement={renderElement}
        renderLeaf={renderLeaf}
        renderChunk={chunked ? renderChunk : undefined}
        decorate={decorate}
        onKeyDown={(e) => handleEditorKeyDown(editor, e)}
        onDrop={onDrop}
        onContextMenu={onContextMenu}
        scrollSelectionIntoView={scrollCaretIntoView}
        spellCheck={false}
        placeholder="在此输入正文"
      />
    </RenderContext.Provider>
  )
})
