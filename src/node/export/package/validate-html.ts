import { HtmlValidate, version, type ConfigData, type Message } from 'html-validate'

/**
 * html-validate on every export, with the rules a portal page needs. Inline styles are allowed: they are
 * the one kind of styling that survives a CMS paste, so content.html depends on them by design.
 */

const PAGE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: { 'no-inline-style': 'off' },
}

/** A body fragment has no doctype or <h1> (the CMS supplies the title), so its outline starts at <h2>. */
const FRAGMENT_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: { 'no-inline-style': 'off', 'heading-level': ['error', { minInitialRank: 'h2' }] },
}

export interface HtmlFileReport {
  file: string
  kind: 'page' | 'fragment'
  valid: boolean
  errorCount: number
  warningCount: number
  messages: { rule: string; severity: 'error' | 'warning'; message: string; line: number; column: number; selector: string | null }[]
}

let validators: { page: HtmlValidate; fragment: HtmlValidate } | undefined

export const HTML_VALIDATE_VERSION: string = version

export async function validateHtml(file: string, html: string, kind: 'page' | 'fragment'): Promise<HtmlFileReport> {
  validators ??= { page: new HtmlValidate(PAGE_CONFIG), fragment: new HtmlValidate(FRAGMENT_CONFIG) }
  const report = await validators[kind].validateString(html, file)
  const messages = report.results.flatMap((r) => r.messages).map((m: Message) => ({
    rule: m.ruleId,
    severity: m.severity === 2 ? ('error' as const) : ('warning' as const),
    message: m.message,
    line: m.line,
    column: m.column,
    selector: m.selector,
  }))
  return {
    file,
    kind,
    valid: report.valid,
    errorCount: report.errorCount,
    warningCount: report.warningCount,
    messages,
  }
}
