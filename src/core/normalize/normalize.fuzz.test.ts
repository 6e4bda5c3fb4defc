import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { article, paragraph, text } from '../model/build'
import { blockText } from '../model/text'
import { applyEdits } from './edit'
import { normalizeArticle, revertChanges, suggestChanges } from './normalize-article'
import { textEdits } from './text-edits'

const UNITS = [
  '我',
  '市',
  '一',
  '的',
  '区',
  'A',
  'b',
  'x',
  '1',
  '0',
  '9',
  ' ',
  ' ',
  '\u00a0',
  '\u3000',
  '\t',
  ',',
  ':',
  ';',
  '?',
  '!',
  '(',
  ')',
  '"',
  "'",
  '“',
  '”',
  '‘',
  '’',
  '，',
  '。',
  '、',
  '（',
  '）',
  '%',
  '‰',
  '.',
  '-',
  '/',
  '+',
  '2020-08-03',
  '16:26:27',
  '0473-8992631',
  '蒙ICP备05000809号',
  '〔2017〕47号',
  'https://a.example/b?c=1,d',
  'a@b.cn',
  '1,000',
  '12.5',
]
const draftText = fc.array(fc.constantFrom(...UNITS), { maxLength: 40 }).map((parts) => parts.join(''))
/** Only wording: Han, Latin letters and digits, in order. */
const wording = (s: string) => s.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '')

describe('normalisation properties (fuzz)', () => {
  it('normalising twice changes nothing', () => {
    fc.assert(
      fc.property(draftText, fc.constantFrom('body' as const, 'headline' as const), (s, kind) => {
        const once = applyEdits(s, textEdits(s, kind))
        expect(textEdits(once, kind)).toEqual([])
      }),
      { numRuns: 1000 },
    )
  })

  it('never changes wording, only punctuation and spacing', () => {
    fc.assert(
      fc.property(draftText, (s) => {
        expect(wording(applyEdits(s, textEdits(s)))).toBe(wording(s))
      }),
      { numRuns: 1000 },
    )
  })

  it('edits never overlap and never insert a space', () => {
    fc.assert(
      fc.property(draftText, (s) => {
        let end = 0
        for (const e of textEdits(s)) {
          expect(e.offset).toBeGreaterThanOrEqual(end)
          expect(s.slice(e.offset, e.offset + e.before.length)).toBe(e.before)
          expect(e.after).not.toMatch(/[ \u00a0\t]/)
          end = e.offset + e.before.length
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('across marked runs: idempotent, and reverting every change restores the text', () => {
    const runs = fc.array(fc.tuple(draftText, fc.boolean()), { minLength: 1, maxLength: 4 })
    fc.assert(
      fc.property(runs, (parts) => {
        const a = article({ title: '' }, [
          paragraph(parts.map(([t, bold]) => text(t, bold ? { bold: true } : {}))),
        ])
        const { article: fixed, changes } = normalizeArticle(a)
        expect(suggestChanges(fixed)).toEqual([])
        expect(blockText(revertChanges(fixed, changes, changes).article.blocks[0]!)).toBe(
          blockText(a.blocks[0]!),
        )
      }),
      { numRuns: 300 },
    )
  })
})
