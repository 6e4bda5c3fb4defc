import type { Article } from '../../model/article'
import { validateArticle } from '../../model/schema'

/**
 * The import does not parse its own Article through the schema at run time (`assemble-result.ts`); the tests
 * hold it to the schema instead. Problems: the schema's errors, or keys in another order than the schema's
 * parse gives them (the order files are written in, so a draft saves to the same bytes however it was read).
 */
export function schemaProblems(article: Article): string[] {
  const checked = validateArticle(article)
  if (!checked.ok) return checked.errors
  return JSON.stringify(checked.value) === JSON.stringify(article)
    ? []
    : [`keys out of the schema's order: ${JSON.stringify(article).slice(0, 200)}`]
}
