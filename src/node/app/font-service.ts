import type { FontRole } from '../../core/styles/fonts'
import type { Page } from '../../core/typeset/frame'
import { createFontRegistry } from '../fonts/font-registry'
import { fontDirectories, scanFonts, type SystemFont } from '../fonts/system-fonts'
import { pageSvg } from '../export/preview/page-svg'

export interface InstalledFont {
  /** What settings store: the file, with #PostScriptName inside a collection. */
  spec: string
  name: string
}

export interface FontSpecimen {
  /** The sample drawn from the font's own outlines. */
  svg: string
  /** Which font printed it (bundled stand-in, system font, chosen file). */
  label: string
  /** Characters of the sample and the document the font lacks: they would print in a fallback font. */
  missing: string[]
}

const CJK_NAME = /[\u4e00-\u9fff]|CJK|SC\b|GB|Song|Hei|Kai|Fang|Ming|Han/i

/** Installed fonts for the per-role font choice, Chinese ones first. */
export function installedFonts(fonts: readonly SystemFont[] = scanFonts(fontDirectories())): InstalledFont[] {
  const list = fonts.map((f) => ({
    spec: f.index > 0 || /\.(ttc|otc)$/i.test(f.path) ? `${f.path}#${f.postscriptName}` : f.path,
    name: f.names.find((n) => /[\u4e00-\u9fff]/.test(n)) ?? f.names[0] ?? f.postscriptName,
  }))
  const cjk = (f: InstalledFont) => (CJK_NAME.test(f.name) ? 0 : 1)
  return list.sort((a, b) => cjk(a) - cjk(b) || a.name.localeCompare(b.name, 'zh-CN'))
}

const SAMPLE = ['永和九年，岁在癸丑。', '版心排版：“标点”（括号）、顿号；123 ABC']

/** A live specimen of the font a role would print with, and the characters it cannot print. */
export function fontSpecimen(role: FontRole, spec: string | undefined, documentText: string): FontSpecimen {
  const registry = createFontRegistry(spec ? { files: { [role]: spec } } : {})
  const loaded = registry.loaded(role)
  const size = 22
  const page: Page = {
    label: '',
    items: [],
    lines: SAMPLE.map((text, i) => {
      const baseline = 30 + i * 34
      return {
        role: 'body',
        x: 8,
        baseline,
        measure: 480,
        start: 8,
        width: 480,
        justified: false,
        last: true,
        text,
        runs: [{ x: 8, y: baseline, text, face: role, size, color: '#1f1f1f', tracking: 0, glyphs: [...loaded.metrics.shape(text)] }],
      }
    }),
  }
  const missing = new Set<string>()
  for (const ch of SAMPLE.join('') + documentText) {
    if (/\s/.test(ch)) continue
    if (!loaded.font.hasGlyphForCodePoint(ch.codePointAt(0)!)) missing.add(ch)
  }
  return {
    svg: pageSvg(page, { width: 496, height: 30 + SAMPLE.length * 34, bleed: 0, cropMarks: false, processColor: false }, registry),
    label: loaded.label,
    missing: [...missing].slice(0, 60),
  }
}
