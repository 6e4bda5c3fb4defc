import { createRequire } from 'node:module'
import type { FaceId } from '../../core/typeset/font-metrics'

/**
 * The fonts Banxin ships (npm packages of Google's Noto Serif SC and Noto Sans SC, OFL). Only 宋 and 黑
 * have a bundled face of their own; the other roles stand in with a weight of Noto Serif SC chosen to
 * keep their place in a page's hierarchy: 楷 → Medium, 仿宋 → Light (仿宋 is a lighter, thinner Song),
 * 小标宋 → Bold. Offices that have 楷体_GB2312, 仿宋_GB2312 or 方正小标宋简体 installed get those.
 */

const serif = (weight: string) => `@expo-google-fonts/noto-serif-sc/${weight}/NotoSerifSC_${weight}.ttf`
const sans = (weight: string) => `@expo-google-fonts/noto-sans-sc/${weight}/NotoSansSC_${weight}.ttf`

const BUNDLED: Record<FaceId, string> = {
  song: serif('400Regular'),
  'song-bold': serif('700Bold'),
  hei: sans('400Regular'),
  'hei-bold': sans('700Bold'),
  kai: serif('500Medium'),
  'kai-bold': serif('700Bold'),
  fangsong: serif('300Light'),
  'fangsong-bold': serif('600SemiBold'),
  xiaobiaosong: serif('700Bold'),
  'xiaobiaosong-bold': serif('900Black'),
}

// Not named `require`: electron-vite's ESM output declares its own `require` shim in the same scope.
const resolveModule = createRequire(import.meta.url)

export function bundledFontPath(face: FaceId): string {
  return resolveModule.resolve(BUNDLED[face])
}

/** Human names for reports: 「Noto Serif SC Light（代仿宋）」. */
export function bundledFontName(face: FaceId): string {
  const file = BUNDLED[face]
  const family = file.includes('sans') ? 'Noto Sans SC' : 'Noto Serif SC'
  return `${family} ${file.match(/\/\d00(\w+)\//)![1]}`
}
