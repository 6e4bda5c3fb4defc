import type { z } from 'zod'

/** zod issues keyed by dotted path, so a form can show each message beside its field. */
export function fieldErrors(result: z.ZodSafeParseResult<unknown>): Record<string, string> {
  if (result.success) return {}
  const out: Record<string, string> = {}
  for (const issue of result.error.issues) {
    const key = issue.path.join('.')
    out[key] ??= issue.message
  }
  return out
}
