import { Tokenizer } from 'htmlparser2'
import { BLOCK, SKIP, VOID, styleMarks } from './html-elements'

/**
 * Browsers stop nesting HTML elements at 512 levels (Chromium's kMaximumHTMLParserDOMTreeDepth, WebKit's
 * maximumHTMLParserDOMTreeDepth) and set deeper ones beside the last allowed ancestor. htmlparser2 keeps its
 * open elements with unshift/shift, so every level costs time in proportion to the depth: 200,000 nested
 * <div>s took minutes. A page that deep is rewritten, in one linear pass over htmlparser2's tokenizer, so
 * that nothing nests below `MAX_HTML_DEPTH`: every character of text stays, deeper block elements become
 * line breaks, deeper inline tags (and their bold/italic) go, and deeper skipped or hidden elements go with
 * their content, as they would have anyway.
 */
export const MAX_HTML_DEPTH = 512

const noop = () => {}

export function limitNesting(html: string, maxDepth = MAX_HTML_DEPTH): string {
  const out: string[] = []
  let copied = 0
  /** Replaces html[start, end) in the output; cuts come in source order and never overlap. */
  const cut = (start: number, end: number, replacement: string) => {
    out.push(html.slice(copied, start), replacement)
    copied = end
  }
  // The open elements, outermost first, with a count per name so a stray closing tag costs nothing.
  const stack: string[] = []
  const openCount = new Map<string, number>()
  const push = (name: string) => {
    stack.push(name)
    openCount.set(name, (openCount.get(name) ?? 0) + 1)
  }
  const pop = () => {
    const name = stack.pop()!
    openCount.set(name, openCount.get(name)! - 1)
    return name
  }
  /** A skipped subtree below the limit: its depth and where its opening tag starts. */
  let dropped: { depth: number; start: number } | undefined

  let name = ''
  let tagStart = 0
  let attribute = ''
  let style = ''
  const openTag = (end: number, selfClosing: boolean) => {
    if (dropped) {
      if (!selfClosing && !VOID.has(name)) push(name)
      return
    }
    const deep = stack.length >= maxDepth
    if (selfClosing || VOID.has(name)) {
      // Nothing to nest; a deep self-closed element that would hide or skip content has none.
      return
    }
    if (deep && (SKIP.has(name) || styleMarks(style).hidden)) dropped = { depth: stack.length, start: tagStart }
    else if (deep) cut(tagStart, end, BLOCK.has(name) ? '<br>' : '')
    push(name)
  }
  const closeTag = (closing: string, start: number, end: number) => {
    if (!openCount.get(closing)) return
    while (stack.length) {
      const depth = stack.length - 1
      const top = pop()
      const explicit = top === closing
      if (dropped && depth === dropped.depth) {
        cut(dropped.start, explicit ? end : start, '')
        dropped = undefined
      } else if (explicit && !dropped && depth >= maxDepth) cut(start, end, BLOCK.has(top) ? '<br>' : '')
      if (explicit) return
    }
  }
  const tokenizer = new Tokenizer(
    { decodeEntities: true, recognizeSelfClosing: true },
    {
      onopentagname(start, end) {
        name = html.slice(start, end).toLowerCase()
        tagStart = start - 1
        style = ''
      },
      onattribname(start, end) {
        attribute = html.slice(start, end).toLowerCase()
      },
      onattribdata(start, end) {
        if (attribute === 'style') style += html.slice(start, end)
      },
      onattribentity(codePoint) {
        if (attribute === 'style') style += String.fromCodePoint(codePoint)
      },
      onattribend: noop,
      onopentagend(end) {
        openTag(end + 1, false)
      },
      onselfclosingtag(end) {
        openTag(end + 1, true)
      },
      onclosetag(start, end) {
        const close = html.indexOf('>', end)
        closeTag(html.slice(start, end).toLowerCase(), start - 2, close < 0 ? html.length : close + 1)
      },
      oncdata: noop,
      oncomment: noop,
      ondeclaration: noop,
      onend: noop,
      onprocessinginstruction: noop,
      ontext: noop,
      ontextentity: noop,
    },
  )
  tokenizer.write(html)
  tokenizer.end()
  if (dropped) cut(dropped.start, html.length, '')
  out.push(html.slice(copied))
  return out.join('')
}
