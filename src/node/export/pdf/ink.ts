/**
 * Layout colours (#RRGGBB) as PDF colour operators. Black and neutral greys are black ink alone, in
 * every job: DeviceGray in an RGB document (an office printer prints it the same, and a printing house
 * that gets the file separates it to the black plate only, not to four plates in register) and K in a
 * process-colour job — never rich black, which would print body text on four plates. Other colours
 * are RGB in an RGB document and separated naively (no ICC profile) in a process-colour job, as spot
 * colours of a layout are few and flat (a 公文's red 版头, a heading band).
 */

export type Cmyk = [number, number, number, number]

/** The operators that set the fill and the stroke colour. */
export interface Paint {
  fill: string
  stroke: string
}

export type Ink = (hex: string) => Paint

const num = (v: number) => String(Math.round(v * 1000) / 1000)
const paint = (values: readonly number[], op: string): Paint => ({ fill: `${values.map(num).join(' ')} ${op}`, stroke: `${values.map(num).join(' ')} ${op.toUpperCase()}` })

/** Crop marks print on every plate. */
export const REGISTRATION: Paint = paint([1, 1, 1, 1], 'k')

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number]

export function inks(processColor: boolean): Ink {
  // A document has a handful of colours and draws thousands of runs in them.
  const painted = new Map<string, Paint>()
  const paintOf = (hex: string): Paint => {
    const [r, g, b] = channels(hex)
    if (processColor) return paint(toCmyk(hex).map((v) => v / 100), 'k')
    return r === g && g === b ? paint([r], 'g') : paint([r, g, b], 'rg')
  }
  return (hex) => {
    let p = painted.get(hex)
    if (!p) painted.set(hex, (p = paintOf(hex)))
    return p
  }
}

/** Percent of each ink. */
export function toCmyk(hex: string): Cmyk {
  const [r, g, b] = channels(hex)
  const k = 1 - Math.max(r, g, b)
  const percent = (v: number) => Math.round(v * 1000) / 10
  if (r === g && g === b) return [0, 0, 0, percent(k)]
  const part = (v: number) => percent((1 - v - k) / (1 - k))
  return [part(r), part(g), part(b), percent(k)]
}
