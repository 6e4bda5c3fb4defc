import type { Page } from '@playwright/test'

/**
 * A stand-in for React DevTools' global hook, installed before the app loads. React (production builds
 * too) reports every commit to it; the counter walks the committed tree and lists, per commit, the names
 * of the components that rendered: mounted, or with other props or hook state than at the last commit.
 */
export const RENDER_COUNTER = `(() => {
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15])
  let commits = null
  let commit = null
  /** Each component's props and hook state as last seen, by its fiber pair (React keeps two per component). */
  const seen = new WeakMap()
  const nameOf = (type) =>
    type && (type.displayName || type.name || (type.render && type.render.name) || (type.type && (type.type.displayName || type.type.name)))
  const walk = (first) => {
    for (let fiber = first; fiber; fiber = fiber.sibling) {
      if (COMPONENT_TAGS.has(fiber.tag)) {
        const last = seen.get(fiber) || (fiber.alternate && seen.get(fiber.alternate))
        // A render makes new hook objects (and its parent new props); a bail-out copies both unchanged.
        if (!last || last.props !== fiber.memoizedProps || last.state !== fiber.memoizedState) {
          const name = nameOf(fiber.type)
          if (name && commit) commit.push(name)
        }
        const now = { props: fiber.memoizedProps, state: fiber.memoizedState }
        seen.set(fiber, now)
        if (fiber.alternate) seen.set(fiber.alternate, now)
      }
      walk(fiber.child)
    }
  }
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject(renderer) {
      const id = this.renderers.size + 1
      this.renderers.set(id, renderer)
      return id
    },
    onCommitFiberRoot(_id, root) {
      commit = commits ? [] : null
      walk(root.current)
      if (commit && commit.length) commits.push(commit)
      commit = null
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onScheduleFiberRoot() {},
    checkDCE() {},
  }
  window.__renderCount = {
    start() { commits = [] },
    stop() { const c = commits; commits = null; return c },
  }
})()`

/** The components each commit rendered while `action` ran in the page, commit by commit; needs `RENDER_COUNTER`. */
export async function commitsDuring(page: Page, action: () => Promise<void>): Promise<string[][]> {
  await page.evaluate('window.__renderCount.start()')
  await action()
  return page.evaluate<string[][]>('window.__renderCount.stop()')
}

/** How often each component rendered in these commits. */
export function tally(commits: readonly string[][]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const name of commits.flat()) counts[name] = (counts[name] ?? 0) + 1
  return counts
}
