/**
 * Whether an IME composition is in progress anywhere in the page. Work that changes React state waits
 * for it, so nothing re-renders the text node the IME holds (slate#4127).
 */
let composing = false
let waiting: (() => void)[] = []
window.addEventListener('compositionstart', () => (composing = true), true)
window.addEventListener(
  'compositionend',
  () => {
    composing = false
    const run = waiting
    waiting = []
    for (const work of run) work()
  },
  true,
)

export const isComposing = (): boolean => composing

/** Runs `work` now, or when the composition in progress ends. */
export function afterComposition(work: () => void): void {
  if (composing) waiting.push(work)
  else work()
}
