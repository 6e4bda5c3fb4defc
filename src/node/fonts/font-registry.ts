import { existsSync } from 'node:fs'
import { basename } from 'node:path'
import type { Font } from 'fontkit'
import { UserError } from '../../core/errors'
import type { FontRole } from '../../core/styles/fonts'
import { FONT_ROLE_NAMES } from '../../core/styles/fonts'
import type { FaceId, FontFace, FontSource } from '../../core/typeset/font-metrics'
import { faceRole, isBoldFace } from '../../core/typeset/font-metrics'
import { bundledFontName, bundledFontPath } from './bundled-fonts'
import type { FontkitMetrics } from './fontkit-face'
import { fontkitFace } from './fontkit-face'
import { readFont } from './read-font'
import type { SystemFont } from './system-fonts'
import { findFont, fontDirectories, scanFonts } from './system-fonts'

/**
 * Which real font prints each face: a file the user chose (--font fangsong=…), else an installed
 * office font the preset prefers (仿宋_GB2312 …), else the bundled stand-in. Parsed fonts, their metric
 * caches and the system font scan are kept for the life of the process (or worker), so a warm
 * re-typeset never reads a font file again.
 */

export interface LoadedFont {
  face: FaceId
  font: Font
  /** For reports: the family that printed the face, and why. */
  label: string
  /** No bold face was found: layout asks the writers to thicken the strokes instead. */
  syntheticBold: boolean
  /** The installed font the preset prefers for this face, not found: a stand-in prints it. */
  missing?: string
  metrics: FontFace
}

export interface FontChoices {
  /** Installed fonts preferred per role, by family or full name (a preset's `fonts`). */
  preferences?: Partial<Record<FontRole, readonly string[]>>
  /** Font files per role or face (`fangsong`, `hei-bold`); a collection's path may end in #PostScriptName. */
  files?: Partial<Record<FaceId, string>>
  /** Folders to look for installed fonts in; the system's font folders by default. */
  fontDirs?: readonly string[]
}

export interface FontRegistry extends FontSource {
  loaded(face: FaceId): LoadedFont
  /** One line per face used so far: which font printed it. */
  describe(): string[]
}

const parsed = new Map<string, Font>()
const metrics = new WeakMap<Font, FontkitMetrics>()
const scans = new Map<string, SystemFont[]>()

function openFont(path: string, postscriptName?: string): Font {
  const key = `${path}#${postscriptName ?? ''}`
  const cached = parsed.get(key)
  if (cached) return cached
  if (!existsSync(path)) throw new UserError('font.missing', `找不到字体文件「${path}」。`)
  let font: Font | undefined
  try {
    font = readFont(path, postscriptName)
  } catch {
    font = undefined
  }
  if (!font || typeof font.layout !== 'function')
    throw new UserError('font.unreadable', `无法使用字体文件「${path}」${postscriptName ? `中的「${postscriptName}」` : ''}：它不是 TrueType 或 OpenType 字体。`)
  parsed.set(key, font)
  return font
}

function metricsOf(font: Font): FontkitMetrics {
  let m = metrics.get(font)
  if (!m) metrics.set(font, (m = fontkitFace(font)))
  return m
}

/** A font loaded for a face: its metrics (shared by every face the font prints) with the face's own bold rule. */
function loadedFont(face: FaceId, font: Font, label: string, syntheticBold: boolean): LoadedFont {
  return { face, font, label, syntheticBold, metrics: { ...metricsOf(font), syntheticBold } }
}

function systemFonts(dirs: readonly string[]): SystemFont[] {
  const key = dirs.join('\u0000')
  let fonts = scans.get(key)
  if (!fonts) scans.set(key, (fonts = scanFonts(dirs)))
  return fonts
}

/** `path#PostScriptName` → both parts; a plain path has no name. */
function splitFontPath(spec: string): [string, string | undefined] {
  const hash = spec.lastIndexOf('#')
  return hash > 0 ? [spec.slice(0, hash), spec.slice(hash + 1)] : [spec, undefined]
}

const isHeavy = (font: Font) => (font['OS/2']?.usWeightClass ?? 400) >= 600

export function createFontRegistry(choices: FontChoices = {}): FontRegistry {
  const loadedFaces = new Map<FaceId, LoadedFont>()

  const resolve = (face: FaceId): LoadedFont => {
    const role = faceRole(face)
    const bold = isBoldFace(face)
    const roleName = FONT_ROLE_NAMES[role]
    const file = choices.files?.[face] ?? choices.files?.[role]
    if (file) {
      const [path, name] = splitFontPath(file)
      const font = openFont(path, name)
      return loadedFont(face, font, `${font.familyName || basename(path)}（指定文件）`, bold && !isHeavy(font))
    }
    const wanted = choices.preferences?.[role]
    if (wanted?.length) {
      const found = findFont(systemFonts(choices.fontDirs ?? fontDirectories()), wanted, bold)
      if (found) {
        const font = openFont(found.path, found.postscriptName || undefined)
        return loadedFont(face, font, `${found.names[0] ?? found.postscriptName}（系统字体）`, bold && !found.bold)
      }
    }
    const font = openFont(bundledFontPath(face))
    const standIn = role === 'song' || role === 'hei' ? '' : `，代${roleName}`
    const missing = wanted?.length ? `，未找到${wanted[0]}等系统字体` : ''
    return { ...loadedFont(face, font, `${bundledFontName(face)}（内置${standIn}${missing}）`, false), ...(wanted?.length ? { missing: wanted[0] } : {}) }
  }

  const loaded = (face: FaceId): LoadedFont => {
    let l = loadedFaces.get(face)
    if (!l) loadedFaces.set(face, (l = resolve(face)))
    return l
  }

  return {
    face: (id) => loaded(id).metrics,
    loaded,
    describe: () =>
      [...loadedFaces.values()].map((l) => `${FONT_ROLE_NAMES[faceRole(l.face)]}${isBoldFace(l.face) ? '（粗）' : ''}：${l.label}${l.syntheticBold ? '，加粗为笔画加粗' : ''}`),
  }
}
