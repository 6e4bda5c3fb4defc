/**
 * Whether an IME composition is in progress anywhere in the page. Autosave and other background work wait
 * for it, so nothing re-renders the text node the IME holds (slate#4127).
 */
let composing = false
window.addEventListener('compositionstart', () => (composing = true), true)
window.addEventListener('compositionend', () => (composing = false), true)

export const isComposing = (): boolean => composing
