/**
 * Font roles. Documents and templates name a role, never a font file: each output maps roles to real
 * fonts (bundled Noto fonts, or the office's 方正小标宋/仿宋_GB2312 when installed).
 */
export type FontRole = 'song' | 'hei' | 'kai' | 'fangsong' | 'xiaobiaosong'

export const FONT_ROLES: readonly FontRole[] = ['song', 'hei', 'kai', 'fangsong', 'xiaobiaosong']

export const FONT_ROLE_NAMES: Record<FontRole, string> = {
  song: '宋体',
  hei: '黑体',
  kai: '楷体',
  fangsong: '仿宋',
  xiaobiaosong: '小标宋',
}

/** CSS font stacks for screen renderers (editor, portal): office fonts first, then what every system has. */
export const FONT_ROLE_CSS: Record<FontRole, string> = {
  song: '"Noto Serif SC", "Source Han Serif SC", "Noto Serif CJK SC", SimSun, "Songti SC", serif',
  hei: '"Noto Sans SC", "Source Han Sans SC", "Noto Sans CJK SC", "Microsoft YaHei", SimHei, "PingFang SC", sans-serif',
  kai: '"楷体_GB2312", KaiTi_GB2312, KaiTi, STKaiti, "Kaiti SC", "Noto Serif SC", "Noto Serif CJK SC", serif',
  fangsong: '"仿宋_GB2312", FangSong_GB2312, FangSong, STFangsong, "Noto Serif SC", "Noto Serif CJK SC", serif',
  xiaobiaosong: '"方正小标宋简体", "FZXiaoBiaoSong-B05S", "Noto Serif SC", "Noto Serif CJK SC", SimSun, serif',
}

/** Chinese size names (号数) in points. */
export const CHINESE_SIZES: Record<string, number> = {
  初号: 42,
  小初: 36,
  一号: 26,
  小一: 24,
  二号: 22,
  小二: 18,
  三号: 16,
  小三: 15,
  四号: 14,
  小四: 12,
  五号: 10.5,
  小五: 9,
}
