/**
 * An error meant for the person using Banxin: `message` is a sentence in Chinese that says what went
 * wrong and what to do next; `code` is stable for tests and the CLI.
 */
export class UserError extends Error {
  readonly code: string
  readonly details: readonly string[]

  constructor(code: string, message: string, details: readonly string[] = []) {
    super(message)
    this.name = 'UserError'
    this.code = code
    this.details = details
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError
}

/** Any thrown value as a sentence for the user; programming errors get a generic sentence. */
export function userMessage(error: unknown): string {
  if (isUserError(error)) return error.details.length ? `${error.message}\n${error.details.join('\n')}` : error.message
  return `发生了意外错误：${error instanceof Error ? error.message : String(error)}`
}
