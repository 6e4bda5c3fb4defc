/** Which parser a decoded text draft needs: by content first, with the file extension as a hint. */

export type TextKind = 'txt' | 'html' | 'md'

const HTML_START = /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<!--)/i
const HTML_BLOCKS = /<(p|div|br|span|table|h[1-6]|ul|ol|li|strong|b)[\s>/]/gi

export function textKind(text: string, fileName = ''): TextKind {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? ''
  const start = text.slice(0, 4096)
  if (HTML_START.test(start)) return 'html'
  if (['html', 'htm', 'xhtml'].includes(ext) && /<[a-z!]/i.test(start)) return 'html'
  if (ext === 'md' || ext === 'markdown') return 'md'
  if (/^\s*</.test(start) && (start.match(HTML_BLOCKS)?.length ?? 0) >= 3) return 'html'
  if ((text.slice(0, 65536).match(/^#{1,6} \S/gm)?.length ?? 0) >= 2 && ext !== 'txt') return 'md'
  return 'txt'
}
