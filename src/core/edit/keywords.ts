/** Keywords typed as one line, separated the ways editors do: 、 ， , ； ; or spaces. */
export function parseKeywords(text: string): string[] {
  const seen = new Set<string>()
  for (const word of text.split(/[、，,；;\s\u3000]+/)) if (word) seen.add(word)
  return [...seen]
}

export function formatKeywords(keywords: readonly string[] | undefined): string {
  return (keywords ?? []).join('、')
}
