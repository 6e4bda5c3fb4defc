interface Props {
  recent: string[]
  onNew(): void
  onNewPage(): void
  onOpen(): void
  onOpenPath(path: string): void
  onExample(): void
}

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path

/** Shown when no document is open: start something new or pick up recent work. */
export function Welcome({ recent, onNew, onNewPage, onOpen, onOpenPath, onExample }: Props) {
  return (
    <div className="bx-welcome" data-testid="welcome">
      <h1>版心</h1>
      <p className="bx-note">中文稿件编辑与印刷排版</p>
      <div className="bx-welcome-actions">
        <button type="button" className="bx-primary" onClick={onNew}>
          新建稿件
        </button>
        <button type="button" onClick={onNewPage}>
          新建版面…
        </button>
        <button type="button" onClick={onOpen}>
          打开或导入…
        </button>
        <button type="button" onClick={onExample}>
          打开示例文章
        </button>
      </div>
      <p className="bx-note">支持 .banxin、Word（.docx）、文本（.txt，含 GBK 编码）、网页（.html）和 Markdown（.md），也可以把文件拖到窗口里。</p>
      {recent.length ? (
        <section aria-label="最近打开">
          <h2>最近打开</h2>
          <ul className="bx-recent">
            {recent.map((path) => (
              <li key={path}>
                <button type="button" onClick={() => onOpenPath(path)} title={path}>
                  <strong>{fileName(path)}</strong>
                  <span>{path}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
