import type { FaceId } from './font-metrics'

export interface TextStyle {
  face: FaceId
  size: number
  color: string
  italic?: true
  underline?: true
  /** 着重号. */
  emphasis?: true
}

/** A piece of a paragraph's text in one style. */
export interface Span {
  text: string
  style: TextStyle
}

export function sameLook(a: TextStyle, b: TextStyle): boolean {
  return a.face === b.face && a.size === b.size && a.color === b.color && a.italic === b.italic
}
