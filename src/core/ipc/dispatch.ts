import type { z } from 'zod'
import { UserError, userMessage } from '../errors'
import { INVOKE, type InvokeHandlers, type InvokeName, type IpcResult } from './contract'

export type RawHandler = (...args: unknown[]) => Promise<IpcResult<unknown>>

/** 「0.autosaveSeconds：自动保存间隔至少 1 秒」 without the argument index the user never sees. */
function issueText(issue: z.core.$ZodIssue): string {
  const path = issue.path.slice(1).join('.')
  return path ? `${path}：${issue.message}` : issue.message
}

/**
 * The handler table as IPC sees it: each call's arguments are parsed with its channel's schema before
 * the handler runs, and any error comes back as data so its Chinese message survives the crossing.
 */
export function dispatcher(handlers: InvokeHandlers): Record<InvokeName, RawHandler> {
  const raw = {} as Record<InvokeName, RawHandler>
  for (const name of Object.keys(INVOKE) as InvokeName[]) {
    const handler = handlers[name] as (...args: unknown[]) => Promise<unknown>
    raw[name] = async (...args) => {
      try {
        const parsed = INVOKE[name].args.safeParse(args)
        if (!parsed.success)
          throw new UserError('ipc.bad-arguments', '程序内部传递的数据无效，操作已取消。', parsed.error.issues.slice(0, 5).map(issueText))
        return { ok: true, value: await handler(...(parsed.data as unknown[])) }
      } catch (error) {
        return { ok: false, error: { code: error instanceof UserError ? error.code : 'internal', message: userMessage(error) } }
      }
    }
  }
  return raw
}
