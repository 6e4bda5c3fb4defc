import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { importDraft } from '../../src/core/import/import-draft'
import type { Article, Block } from '../../src/core/model/article'
import { findDate } from '../../src/core/model/dates'
import { blockText } from '../../src/core/model/text'
import { signedDateOf } from '../../src/core/import/recognise/tail'

/**
 * Scores the importer against ../shared/fixtures/drafts: real pages with hand-checked ground truth (its
 * README explains each field). Pure scoring over importDraft's Article, so `npm run eval:import` and the
 * regression test agree on what "right" means.
 */

export const CORPUS_DIR = fileURLToPath(new URL('../../../shared/fixtures/drafts', import.meta.url))

export const hasCorpus = (): boolean => existsSync(join(CORPUS_DIR, 'README.md'))

interface Truth {
  title: string | null
  kicker: string | null
  subtitle: string | null
  date: string | null
  time: string | null
  author: string | null
  source: string | null
  editor: string | null
  headings: string[]
  body_first: string | null
  body_last: string | null
  body_paragraphs: number
  gongwen: {
    doc_number: string | null
    addressee: string | null
    attachments: string[]
    signer: string[]
    signed_date: string | null
  } | null
  articles: number
  drop: string[]
}

export type FieldName =
  | 'title'
  | 'kicker'
  | 'subtitle'
  | 'date'
  | 'time'
  | 'author'
  | 'source'
  | 'editor'
  | 'headings'
  | 'body_first'
  | 'body_last'
  | 'body_paragraphs'
  | 'doc_number'
  | 'addressee'
  | 'attachments'
  | 'signer'
  | 'signed_date'
  | 'articles'

export interface PageScore {
  page: string
  fields: Partial<Record<FieldName, boolean>>
  /** Chrome snippets of the ground truth found in a body paragraph. */
  chromeLeft: string[]
  /** 公文 closing parts (落款, 成文日期, 附件) of the ground truth that are nowhere in the article. */
  closingLost: string[]
}

/** Whitespace and the ASCII/full-width forms of the same punctuation do not count: normalisation's business. */
const squash = (s: string | null | undefined) =>
  (s ?? '')
    .replace(/[\s\u3000]+/gu, '')
    .replace(/[!-~]/g, (c) => (/[,:;?!()]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c))
const same = (a: string | null | undefined, b: string | null | undefined) => squash(a) === squash(b)
const names = (s: string | null | undefined) =>
  [...new Set((s ?? '').split(/[\s、,，;；]+/u).filter(Boolean))].sort().join(' ')

const BODY_ROLES = new Set([undefined, 'body', 'lead', 'note'])
const isBody = (b: Block) => (b.type === 'paragraph' && BODY_ROLES.has(b.role)) || b.type === 'quote'
const role = (article: Article, r: string) =>
  article.blocks.filter((b) => b.type === 'paragraph' && b.role === r).map(blockText)

function headingText(b: Block): string | undefined {
  if (b.type === 'section-heading') return blockText(b).split('\n').join(' / ')
  if (b.type === 'heading' && !b.runIn) return (b.number ?? '') + blockText(b)
  return undefined
}

/**
 * Body paragraphs as printed: a run-in heading (「（一）总体要求。」) opens the paragraph after it on the same
 * line, and the ground truth counts the two as one paragraph (README: run-in headings are not headings); the
 * 电头 import keeps in `meta.byline` opens the lead, as every renderer prints it (docs/import.md, 电头).
 */
function bodyParagraphs(blocks: readonly Block[], byline = ''): string[] {
  const out: string[] = []
  blocks.forEach((b, i) => {
    const prev = blocks[i - 1]
    const runIn = prev?.type === 'heading' && prev.runIn ? (prev.number ?? '') + blockText(prev) : ''
    const dateline = b.type === 'paragraph' && b.role === 'lead' ? byline : ''
    if (isBody(b)) out.push((dateline + runIn + blockText(b)).trim())
  })
  return out
}

export function scorePage(page: string, truth: Truth, article: Article, articles: number): PageScore {
  const { meta } = article
  const body = bodyParagraphs(article.blocks, meta.byline)
  const snippet = (text: string | undefined) => squash((text ?? '').replace(/^[◆●■▲\s]+/u, '')).slice(0, 10)
  const published = meta.publishedAt ?? ''
  const fields: PageScore['fields'] = {
    title: same(meta.title, truth.title),
    kicker: same(meta.kicker, truth.kicker),
    subtitle: same(meta.subtitle, truth.subtitle),
    date: (published.slice(0, 10) || null) === truth.date,
    time: (published.match(/T(\d\d:\d\d)/)?.[1] ?? null) === truth.time,
    author: names(meta.author) === names(truth.author),
    source: same(meta.source, truth.source),
    editor: same(meta.editor, truth.editor),
    headings:
      squash(article.blocks.map(headingText).filter(Boolean).join('|')) === squash(truth.headings.join('|')),
    body_first: snippet(body[0]) === snippet(truth.body_first ?? ''),
    body_last: snippet(body.at(-1)) === snippet(truth.body_last ?? ''),
    body_paragraphs: body.length === truth.body_paragraphs,
    articles: articles === truth.articles,
  }
  const closingLost: string[] = []
  if (truth.gongwen) {
    const g = truth.gongwen
    const signers = role(article, 'signoff')
    const dates = role(article, 'signed-date').map(
      (d) => signedDateOf(d.trim()) ?? findDate(d)?.iso.slice(0, 10),
    )
    const attachments = role(article, 'attachment').join('')
    fields.doc_number = same(meta.docNumber, g.doc_number)
    fields.addressee = same(role(article, 'addressee')[0]?.replace(/[:：]\s*$/u, ''), g.addressee)
    fields.attachments =
      g.attachments.every((a) => squash(attachments).includes(squash(a))) &&
      (g.attachments.length > 0 || !attachments)
    fields.signer = squash(signers.join('|')) === squash(g.signer.join('|'))
    fields.signed_date = (dates[0] ?? null) === g.signed_date
    const everything = squash(article.blocks.map(blockText).join('\n'))
    for (const s of [...g.signer, ...g.attachments]) if (!everything.includes(squash(s))) closingLost.push(s)
    if (
      g.signed_date &&
      !dates.includes(g.signed_date) &&
      !article.blocks.some((b) => findDate(blockText(b))?.iso.startsWith(g.signed_date!))
    )
      closingLost.push(g.signed_date)
  }
  const bodyText = body.map(squash)
  const chromeLeft = truth.drop.filter((d) => squash(d) && bodyText.some((p) => p.includes(squash(d))))
  return { page, fields, chromeLeft, closingLost }
}

export async function evaluateCorpus(): Promise<PageScore[]> {
  const pages = readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
  const scores: PageScore[] = []
  for (const file of pages) {
    const truth = JSON.parse(readFileSync(join(CORPUS_DIR, file.replace(/\.txt$/, '.json')), 'utf8')) as Truth
    const { bundle, page } = await importDraft(new Uint8Array(readFileSync(join(CORPUS_DIR, file))), file)
    scores.push(scorePage(file.replace(/\.txt$/, ''), truth, bundle.article, page?.articles.length ?? 1))
  }
  return scores
}

export interface Totals {
  right: number
  fields: number
  chromeLeft: number
  closingLost: number
}

export function totals(scores: readonly PageScore[]): Totals {
  const all = scores.flatMap((s) => Object.values(s.fields))
  return {
    right: all.filter(Boolean).length,
    fields: all.length,
    chromeLeft: scores.reduce((n, s) => n + s.chromeLeft.length, 0),
    closingLost: scores.reduce((n, s) => n + s.closingLost.length, 0),
  }
}

/** The baseline: for each page, the fields that were right. A regression is a field listed here that is now wrong. */
export type Baseline = Record<string, FieldName[]>

export function baselineOf(scores: readonly PageScore[]): Baseline {
  return Object.fromEntries(
    scores.map((s) => [s.page, (Object.keys(s.fields) as FieldName[]).filter((f) => s.fields[f])]),
  )
}

export function regressions(scores: readonly PageScore[], baseline: Baseline): string[] {
  return scores.flatMap((s) =>
    (baseline[s.page] ?? []).filter((f) => !s.fields[f]).map((f) => `${s.page}: ${f}`),
  )
}
