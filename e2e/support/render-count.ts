import type { Page } from '@playwright/test'

/**
 * A stand-in for React DevTools' global hook, installed before the app loads. React (production builds
 * too) reports every commit to it; the counter walks the committed tree and counts, per component name,
 * the components that rendered: mounted, or with other props or hook state than at the last commit.
 */
export const RENDER_COUNTER = `(() => {
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15])
  let counts = null
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
          if (name && counts) counts[name] = (counts[name] || 0) + 1
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
      walk(root.current)
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onScheduleFiberRoot() {},
    checkDCE() {},
  }
  window.__renderCount = {
    start() { counts = {} },
    stop() { const c = counts; counts = null; return c },
  }
})()`

/** Which components rendered (and how often) while `action` ran in the page; needs `RENDER_COUNTER`. */
export async function rendersDuring(page: Page, action: () => Promise<void>): Promise<Record<string, number>> {
  await page.evaluate('window.__renderCount.start()')
  await action()
  return page.evaluate<Record<string, number>>('window.__renderCount.stop()')
}
