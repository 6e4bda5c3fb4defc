import morphdom from 'morphdom'

/** A line of the page that starts a body element marked with its article block (`blockAnchors`). */
const BLOCK_LINE = /^<[a-z][a-z0-9]* data-block="(\d+)"/
/** The line that closes the article body (`renderPortalPage`). */
const BODY_END = '</div>'

/**
 * Brings the shown page, made from `shown`, to `html` in place, and the reader's scroll position stays where
 * it was. An edit inside the body (typing, a block changed) replaces only the blocks whose lines changed; any
 * other change is applied by morphdom, which touches only the elements that differ. Either way the browser
 * restyles and lays out what changed, not a long article's whole page (a few hundred KB), which would also
 * have to be parsed on the editor's thread while the user types.
 */
export function updatePage(doc: Document, shown: string, html: string): void {
  if (html === shown) return
  if (!replaceChangedBlocks(doc, shown.split('\n'), html.split('\n'))) morphPage(doc, html)
}

function morphPage(doc: Document, html: string): void {
  const next = new DOMParser().parseFromString(html, 'text/html')
  morphdom(doc.documentElement, next.documentElement, {
    // Equal attributes and children: nothing to do, and a radio the reader switched in the page keeps its state.
    onBeforeElUpdated: (from, to) => !from.isEqualNode(to),
  })
}

/**
 * The body renders one block per line (`renderBodyHtml`), so when the lines that differ are all whole body
 * blocks, the shown elements of the old lines are swapped for the new lines' elements. False, touching
 * nothing, when the change is anything else.
 */
function replaceChangedBlocks(doc: Document, before: string[], after: string[]): boolean {
  let start = 0
  while (start < before.length && start < after.length && before[start] === after[start]) start++
  let end = 0
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++
  const removed = before.slice(start, before.length - end)
  const added = after.slice(start, after.length - end)
  // The line after the change starts another block or ends the body, so no changed block runs on past its line.
  const following = after[after.length - end]
  if (!removed.length || !added.length || following === undefined) return false
  if (!(BLOCK_LINE.test(following) || following === BODY_END)) return false
  if (![...removed, ...added].every((line) => BLOCK_LINE.test(line))) return false

  const shown: Element[] = []
  for (const line of removed) {
    const found = doc.querySelectorAll(`[data-block="${BLOCK_LINE.exec(line)![1]}"]`)
    const element = found[0]
    if (found.length !== 1 || (shown.length && shown.at(-1)!.nextElementSibling !== element)) return false
    shown.push(element!)
  }
  const parent = shown[0]!.parentElement!
  const context = doc.createRange()
  context.selectNodeContents(parent)
  const fragment = context.createContextualFragment(added.join('\n'))
  if (fragment.childElementCount !== added.length) return false
  const range = doc.createRange()
  range.setStartBefore(shown[0]!)
  range.setEndAfter(shown.at(-1)!)
  range.deleteContents()
  range.insertNode(fragment)
  return true
}
