/**
 * A file name made from a title, safe on Windows, macOS and Linux: no characters Windows forbids
 * (\ / : * ? " < > | and controls), no spaces, no trailing dot, not a device name (CON, NUL, COM1 …),
 * and short enough to leave room for the folder. Empty when nothing usable is left.
 */

const FORBIDDEN = /[\\/:*?"<>|\p{Cc}\s\u3000]+/gu
const DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/iu
const MAX_CHARS = 40

export function fileNameFrom(text: string): string {
  const name = [...text.replace(FORBIDDEN, '')].slice(0, MAX_CHARS).join('').replace(/[.]+$/u, '')
  return DEVICE.test(name) ? `_${name}` : name
}
