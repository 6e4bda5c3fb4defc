import type { CssDeclarations } from '../styles/template-css'

/**
 * The only way text reaches HTML output. Every string from the Article, a profile or a template passes
 * through `escapeText` exactly once, at the point where markup is assembled; nothing else builds tags
 * from data, so no script, handler or URL can arrive from input.
 */

// C0/C1 controls other than tab and newline are not allowed in HTML text and show as nothing anyway.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g

/** Text as it is shown: controls removed. Plain-text outputs use this too, so all outputs agree. */
export function visibleText(text: string): string {
  return text.replace(CONTROL, '').replace(/\r\n?/g, '\n')
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

export function escapeText(text: string): string {
  return visibleText(text).replace(/[&<>]/g, (c) => ENTITIES[c]!)
}

/** For attribute values, which Banxin always writes in double quotes. */
export function escapeAttr(text: string): string {
  return visibleText(text).replace(/[&<>"]/g, (c) => ENTITIES[c]!)
}

/** A style attribute from CSS declarations; font stacks use single quotes so the attribute stays readable. */
export function styleAttr(css: CssDeclarations): string {
  const text = Object.entries(css)
    .map(([k, v]) => `${k}:${v.replace(/"/g, "'")}`)
    .join(';')
  return ` style="${escapeAttr(text)}"`
}

/** Relative paths (images/01.jpg) and blob: object URLs only; anything else could leave the page. */
export function isSafeImageSrc(src: string): boolean {
  if (/^blob:/i.test(src)) return !/[\s"'<>]/.test(src)
  return /^(?:\.\/)?[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_.-]+)*\.(?:jpe?g|png|gif|webp)$/i.test(src) && !src.includes('..')
}
