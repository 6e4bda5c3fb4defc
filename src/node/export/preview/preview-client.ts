import { Worker } from 'node:worker_threads'
import type { ArticleBundle } from '../../../core/model/article'
import type { PageBundle } from '../../../core/page/page'
import type { PagePreviewResult, PrintPreviewResult } from '../../../core/ipc/contract'
import { UserError } from '../../../core/errors'
import type { LayoutOptions } from '../../layout/layout-bundle'
import type { PageLayoutOptions } from '../../layout/layout-page'
import type { PageDraft } from '../../../core/makeup/draft-page'

/** What the preview worker is asked: an article's print preview, a page file's pages for the 版面 view, or 自动排版 of one 版. */
export type PreviewRequest =
  | { id: number; kind: 'article'; bundle: ArticleBundle; options: LayoutOptions }
  | { id: number; kind: 'page'; bundle: PageBundle; options: PageLayoutOptions }
  | { id: number; kind: 'draft'; bundle: PageBundle; index: number; options: PageLayoutOptions }

type Result = PrintPreviewResult | PagePreviewResult | PageDraft
type Reply = { id: number; result: Result } | { id: number; error: string }
/** A request before it is numbered (distributed over the union, so each kind keeps its own fields). */
type Unnumbered<R> = R extends unknown ? Omit<R, 'id'> : never
type Job = Unnumbered<PreviewRequest>

/**
 * Talks to the preview worker. Only the newest request matters: an older one still waiting is answered
 * with null as soon as a newer one arrives, so a burst of edits costs one typeset, not many.
 */
export class PrintPreviewClient {
  private worker?: Worker
  private next = 0
  private waiting = new Map<number, (reply: Reply | null) => void>()
  private queued?: PreviewRequest
  private busy = false

  constructor(private readonly workerPath: string) {}

  async render(bundle: ArticleBundle, options: LayoutOptions): Promise<PrintPreviewResult | null> {
    return (await this.request({ kind: 'article', bundle, options })) as PrintPreviewResult | null
  }

  /** A page file composed with its own page preset (the page's compositor stays warm in the worker). */
  async renderPage(bundle: PageBundle, options: PageLayoutOptions): Promise<PagePreviewResult | null> {
    return (await this.request({ kind: 'page', bundle, options })) as PagePreviewResult | null
  }

  /** 自动排版 of the page file's 版 `index`, with the worker's warm fonts (null when a newer request overtook it). */
  async draftPage(bundle: PageBundle, index: number, options: PageLayoutOptions): Promise<PageDraft | null> {
    return (await this.request({ kind: 'draft', bundle, index, options })) as PageDraft | null
  }

  private async request(job: Job): Promise<Result | null> {
    const id = ++this.next
    if (this.queued) this.waiting.get(this.queued.id)?.(null)
    this.queued = { ...job, id } as PreviewRequest
    const reply = await new Promise<Reply | null>((resolve) => {
      this.waiting.set(id, resolve)
      this.pump()
    })
    this.waiting.delete(id)
    if (!reply) return null
    if ('error' in reply) throw new UserError('preview.failed', reply.error)
    return reply.result
  }

  private pump(): void {
    if (this.busy || !this.queued) return
    const job = this.queued
    this.queued = undefined
    this.busy = true
    this.ensureWorker().postMessage(job)
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(this.workerPath)
    worker.unref()
    worker.on('message', (reply: Reply) => {
      this.busy = false
      this.waiting.get(reply.id)?.(reply)
      this.pump()
    })
    worker.on('error', (error) => {
      // A crashed worker fails what it was doing and is started afresh next time.
      this.worker = undefined
      this.busy = false
      for (const [id, resolve] of this.waiting) resolve({ id, error: `排版进程出错：${error.message}` })
      this.waiting.clear()
    })
    this.worker = worker
    return worker
  }

  dispose(): void {
    void this.worker?.terminate()
  }
}
