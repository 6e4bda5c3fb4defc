import type { ArticleBundle } from '../../core/model/article'
import type { ExportOrder, ExportProgressEvent, ExportResult } from '../../core/ipc/contract'
import type { Settings } from '../../core/settings/schema'
import { presetOf, profileOf, templatesOf } from '../../core/settings/catalogue'
import { UserError } from '../../core/errors'
import { runExportInWorker } from '../export/jobs/run-in-worker'
import type { ExportOutcome, ExportRequest } from '../export/jobs/export-request'

/** Turns what the renderer asked for into a full request, taking profiles and templates from settings. */
export function requestFor(order: ExportOrder, bundle: ArticleBundle, settings: Settings): ExportRequest {
  const templates = templatesOf(settings)
  switch (order.kind) {
    case 'package': {
      const profile = profileOf(settings, order.profileId)
      return {
        kind: 'package',
        bundle,
        target: { kind: order.folder ? 'folder' : 'zip', path: order.target },
        options: { profile, templates },
      }
    }
    case 'text':
      return { kind: 'text', bundle, target: order.target, templates }
    case 'pdf':
      return {
        kind: 'pdf',
        bundle,
        target: order.target,
        options: { preset: presetOf(settings, order.presetId), fonts: settings.fonts, templates, pdfa: order.pdfa ?? false, ...(order.pages ? { pages: order.pages } : {}) },
      }
  }
}

export function resultFrom(outcome: ExportOutcome): ExportResult {
  const reports = outcome.validation?.htmlValidate ?? []
  const messages = [
    ...reports.flatMap((r) => r.messages.map((m) => `${r.file}:${m.line}:${m.column} ${m.message}`)),
    ...(outcome.validation?.checks.map((c) => c.message) ?? []),
  ]
  return {
    path: outcome.path,
    ...(outcome.files ? { files: outcome.files } : {}),
    ...(outcome.validation
      ? {
          validation: {
            errors: reports.reduce((n, r) => n + r.errorCount, 0),
            warnings: reports.reduce((n, r) => n + r.warningCount, 0) + outcome.validation.checks.length,
            messages,
          },
        }
      : {}),
    warnings: outcome.warnings,
    ...(outcome.fonts ? { fonts: outcome.fonts } : {}),
  }
}

/** Running exports by job id, so the renderer can cancel one. */
export class ExportJobs {
  private running = new Map<string, AbortController>()

  constructor(
    private readonly workerPath: string,
    private readonly sendProgress: (event: ExportProgressEvent) => void,
  ) {}

  async run(jobId: string, request: ExportRequest): Promise<ExportResult | null> {
    if (this.running.has(jobId)) throw new UserError('export.duplicate', '这项导出已在进行中。')
    const controller = new AbortController()
    this.running.set(jobId, controller)
    try {
      const outcome = await runExportInWorker(this.workerPath, request, {
        signal: controller.signal,
        onProgress: (p) => this.sendProgress({ jobId, ...p }),
      })
      return outcome && resultFrom(outcome)
    } finally {
      this.running.delete(jobId)
    }
  }

  cancel(jobId: string): void {
    this.running.get(jobId)?.abort()
  }
}
