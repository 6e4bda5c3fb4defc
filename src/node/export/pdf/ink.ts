/**
 * Layout colours (#RRGGBB) as the PDF writes them. RGB stays RGB. As process inks, a neutral grey or
 * black is printed with black ink alone (K only: no registration trouble, no rich black in small text)
 * and other colours are separated naively, without an ICC profile — a printing house's RIP applies its own.
 */

export type Cmyk = [number, number, number, number]
export type Ink = (hex: string) => string | Cmyk

/** Crop marks print on every plate. */
export const REGISTRATION: Cmyk = [100, 100, 100, 100]

export function inks(processColor: boolean): Ink {
  return processColor ? toCmyk : (hex) => hex
}

export function toCmyk(hex: string): Cmyk {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number]
  const k = 1 - Math.max(r, g, b)
  const percent = (v: number) => Math.round(v * 1000) / 10
  if (r === g && g === b) return [0, 0, 0, percent(k)]
  const part = (v: number) => percent((1 - v - k) / (1 - k))
  return [part(r), part(g), part(b), percent(k)]
}
