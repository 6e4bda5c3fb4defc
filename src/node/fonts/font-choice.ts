import { UserError } from '../../core/errors'
import { FONT_ROLE_NAMES, FONT_ROLES } from '../../core/styles/fonts'
import type { FaceId } from '../../core/typeset/font-metrics'
import { faceId } from '../../core/typeset/font-metrics'

const FACE_IDS = new Set<string>(FONT_ROLES.flatMap((r) => [faceId(r, false), faceId(r, true)]))

/** `--font fangsong=/path/仿宋_GB2312.ttf` (repeatable; `hei-bold=…` for one weight) → font files by face. */
export function parseFontChoices(specs: readonly string[]): Partial<Record<FaceId, string>> {
  const files: Partial<Record<FaceId, string>> = {}
  for (const spec of specs) {
    const eq = spec.indexOf('=')
    const face = spec.slice(0, eq).trim()
    const path = spec.slice(eq + 1).trim()
    if (eq < 0 || !FACE_IDS.has(face) || !path) {
      const roles = FONT_ROLES.map((r) => `${r}（${FONT_ROLE_NAMES[r]}）`).join('、')
      throw new UserError('font.bad-choice', `无法识别字体设置「${spec}」。请写成 角色=字体文件，角色为 ${roles}，粗体在角色后加 -bold。`)
    }
    files[face as FaceId] = path
  }
  return files
}
