import morphdom from 'morphdom'

/**
 * Brings a shown page to `html` in place: only the elements that differ are touched, so the browser restyles
 * and lays out the edited paragraph instead of parsing and laying out the whole page again (a long article's
 * page is a few hundred KB), and the reader's scroll position stays where it was.
 */
export function updatePage(doc: Document, html: string): void {
  const next = new DOMParser().parseFromString(html, 'text/html')
  morphdom(doc.documentElement, next.documentElement, {
    // Equal attributes and children: nothing to do, and a radio the reader switched in the page keeps its state.
    onBeforeElUpdated: (from, to) => !from.isEqualNode(to),
  })
}
