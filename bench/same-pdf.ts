/**
 * `npx tsx bench/same-pdf.ts [--save file | --against file]`: a digest of what every preset prints, so
 * a change meant only to make export faster can be shown to leave the PDF as it was. For each case
 * (the user's sample imported as `banxin export` does, a 60-page text, the typesetting fixtures in
 * every built-in preset, newspaper pages with an across and a vertical headline) it hashes the layout's
 * glyphs (face, size, position, glyph ids, advances and offsets of every run) and the PDF's bytes,
 * written with a fixed date. Save the digests before the change, compare after it.
 */
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ArticleBundle } from '../src/core/model/article'
import type { Layout } from '../src/core/typeset/frame'
import { BUILTIN_PRESETS } from '../src/core/typeset/builtin-presets'
import { blockText } from '../src/core/model/text'
import { loadDraft } from '../src/cli/commands/export'
import { layoutBundle } from '../src/node/layout/layout-bundle'
import { layoutPage } from '../src/node/layout/layout-page'
import { exportPagePdf, exportPdf } from '../src/node/export/pdf/export-pdf'
import { gongwenArticle, hasUserSample, punctuationWithPhoto, stressArticle, USER_SAMPLE } from '../test/fixtures/typeset/fixtures'
import { headline, pageBundle } from '../test/fixtures/pages/front-page'

const CREATED = new Date('2026-03-16T09:30:00+08:00')

const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex').slice(0, 16)

/** Every glyph the layout placed, as the writers read it. */
function glyphDigest(layout: Layout): string {
  const runs = layout.pages.flatMap((page, p) =>
    page.lines.flatMap((line) => line.runs.map((r) => [p, r.face, r.size, r.x, r.y, r.tracking, r.text, r.glyphs.map((g) => [g.id, g.advance, g.dx, g.dy, g.start, g.end])])),
  )
  return sha(JSON.stringify(runs))
}

/** A text of some 60 A4 pages in the shape of a .txt draft: a title, then the fixtures' paragraphs over and over. */
function longDraft(): string {
  const paragraphs = [...punctuationWithPhoto().article.blocks, ...gongwenArticle().blocks].filter((b) => b.type === 'paragraph').map(blockText)
  const lines = ['长文排版的对照']
  for (let i = 0; lines.length < 640; i++) lines.push(paragraphs[i % paragraphs.length]!)
  return lines.join('\n\n') + '\n'
}

interface Digest {
  glyphs: string
  pdf: string
  pages: number
}

async function articleDigest(bundle: ArticleBundle, preset: string): Promise<Digest> {
  const { layout } = layoutBundle(bundle, { preset })
  const pdf = await exportPdf(bundle, { preset, creationDate: CREATED })
  return { glyphs: glyphDigest(layout), pdf: sha(pdf.bytes), pages: pdf.pages }
}

async function digests(): Promise<Record<string, Digest>> {
  const dir = mkdtempSync(join(tmpdir(), 'banxin-same-pdf-'))
  try {
    const long = join(dir, 'long.txt')
    writeFileSync(long, longDraft())
    const drafts: [string, () => Promise<ArticleBundle>][] = [
      ...(hasUserSample() ? [['sample', async () => (await loadDraft(USER_SAMPLE, true)).bundle] as [string, () => Promise<ArticleBundle>]] : []),
      ['long', async () => (await loadDraft(long, true)).bundle],
      ['punctuation', async () => punctuationWithPhoto()],
      ['gongwen', async () => ({ article: gongwenArticle(), assetData: {} })],
      ['stress', async () => ({ article: stressArticle(), assetData: {} })],
    ]
    const out: Record<string, Digest> = {}
    for (const [name, draft] of drafts) {
      const bundle = await draft()
      for (const preset of BUILTIN_PRESETS) if (name !== 'long' || preset.id === 'a4') out[`${name} / ${preset.id}`] = await articleDigest(bundle, preset.id)
    }
    for (const preset of ['sikai', 'duikai']) {
      const page = pageBundle([[['lead', 0, 4, 0, 40, { headline: headline(4, 1) }], ['brief', 4, 2, 0, 30, { headline: headline(2, 3, 'vertical') }]]], preset)
      const pdf = await exportPagePdf(page, { creationDate: CREATED })
      out[`page / ${preset}`] = { glyphs: glyphDigest(layoutPage(page).layout), pdf: sha(pdf.bytes), pages: pdf.pages }
    }
    return out
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const [flag, file] = process.argv.slice(2)
const now = await digests()
if (flag === '--save' && file) {
  writeFileSync(file, JSON.stringify(now, null, 1) + '\n')
  process.stdout.write(`${Object.keys(now).length} cases saved to ${file}\n`)
} else if (flag === '--against' && file) {
  const before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Digest>
  let differ = 0
  for (const [name, d] of Object.entries(now)) {
    const b = before[name]
    const what = !b ? 'new case' : [b.glyphs !== d.glyphs && 'glyphs', b.pdf !== d.pdf && 'PDF bytes'].filter(Boolean).join(' and ')
    if (what) differ++
    process.stdout.write(`${what ? 'DIFFERS' : 'same   '}  ${name} (${d.pages} pages)${what ? `: ${what}` : ''}\n`)
  }
  process.stdout.write(differ ? `${differ} of ${Object.keys(now).length} cases differ\n` : `all ${Object.keys(now).length} cases the same\n`)
  process.exitCode = differ ? 1 : 0
} else process.stdout.write(JSON.stringify(now, null, 1) + '\n')
