import type { RecoveryEntry } from '../../../core/ipc/contract'

interface Props {
  entries: RecoveryEntry[]
  onRecover(entry: RecoveryEntry): void
  onDiscard(entry: RecoveryEntry): void
}

/** Offered at start when autosaved copies were left behind by a crash. */
export function RecoveryBanner({ entries, onRecover, onDiscard }: Props) {
  if (!entries.length) return null
  return (
    <section className="bx-recovery" aria-label="恢复未保存的文档" data-testid="recovery">
      <strong>上次有未保存的修改，可以恢复：</strong>
      <ul>
        {entries.map((e) => (
          <li key={e.id}>
            <span>
              {e.title || '（无标题）'} — {e.displayName}，{new Date(e.savedAt).toLocaleString('zh-CN')}
            </span>
            <button type="button" onClick={() => onRecover(e)}>
              恢复
            </button>
            <button type="button" onClick={() => onDiscard(e)}>
              丢弃
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
