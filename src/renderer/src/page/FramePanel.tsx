import type { Article } from '../../../core/model/article'
import type { ArticleFrame, FrameBox, HeadlineSpec, HeadlineWeight, PageDocument } from '../../../core/page/page'
import { FRAME_BOXES, HEADLINE_WEIGHTS } from '../../../core/page/page'
import type { ContentGrid } from '../../../core/page/content-grid'
import type { EdgeDeltas } from '../../../core/page/frame-moves'
import type { FrameStatus } from './PageCanvas'

const BOX_NAMES: Record<FrameBox, string> = { line: '单线框', double: '文武线框', flower: '花边框' }
const WEIGHT_NAMES: Record<HeadlineWeight, string> = { 1: '1 级（头条）', 2: '2 级', 3: '3 级', 4: '4 级', 5: '5 级' }
const FROM_FILE = '\u0000file'

interface Props {
  doc: PageDocument
  frame: ArticleFrame
  grid: ContentGrid
  status?: FrameStatus
  onUpdate(patch: Partial<Omit<ArticleFrame, 'id'>>): void
  onMove(columns: number, rows: number): void
  onResize(by: EdgeDeltas): void
  onLead(): void
  onSwapWith(other: string): void
  onArticleFromFile(): void
  onEdit(): void
  onRemove(): void
}

const hasImage = (a: Article | undefined) => !!a?.blocks.some((b) => b.type === 'image')

function NumberField({ label, value, min, max, onChange }: { label: string; value: number; min: number; max: number; onChange(n: number): void }) {
  return (
    <label className="bx-frame-number">
      <span>{label}</span>
      <input
        type="number"
        value={value}
        min={min}
        max={max}
        onChange={(e) => {
          const n = Number(e.currentTarget.value)
          if (Number.isInteger(n) && n >= min && n <= max) onChange(n)
        }}
      />
    </label>
  )
}

/** The selected frame: its story, place on the grid, headline, image span, box and rules. */
export function FramePanel({ doc, frame, grid, status, ...on }: Props) {
  const article = doc.articles[frame.article]
  const others = doc.pages.flatMap((p) => p.frames).filter((f) => f.id !== frame.id)
  const headline = (patch: Partial<HeadlineSpec>) => on.onUpdate({ headline: { ...frame.headline, ...patch } })
  const vertical = frame.headline.direction === 'vertical'
  const maxSpan = vertical ? frame.columns - 1 : frame.columns

  return (
    <section className="bx-page-panel" aria-labelledby="frame-title">
      <h3 id="frame-title">版框</h3>
      {status?.overset ? (
        <p className="bx-overset-note" role="status">
          溢出 {status.overset} 行：加大版框或删减稿件。
        </p>
      ) : null}
      {status?.problems.map((p) => (
        <p key={p} className="bx-warning">
          {p}
        </p>
      ))}
      <label className="bx-head-field">
        <span>稿件</span>
        <select
          value={frame.article}
          aria-label="版框中的稿件"
          onChange={(e) => (e.currentTarget.value === FROM_FILE ? on.onArticleFromFile() : on.onUpdate({ article: e.currentTarget.value }))}
        >
          {Object.entries(doc.articles).map(([key, a]) => (
            <option key={key} value={key}>
              {a.meta.title || '（无题）'}
            </option>
          ))}
          <option value={FROM_FILE}>从文件打开…</option>
        </select>
      </label>
      {others.length ? (
        <label className="bx-head-field">
          <span>交换</span>
          <select value="" aria-label="与另一版框交换稿件" onChange={(e) => e.currentTarget.value && on.onSwapWith(e.currentTarget.value)}>
            <option value="">与另一版框交换稿件…</option>
            {others.map((f) => (
              <option key={f.id} value={f.id}>
                {doc.articles[f.article]?.meta.title || '（无题）'}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <div className="bx-frame-grid">
        <NumberField label="起始栏" value={frame.column + 1} min={1} max={grid.columns - frame.columns + 1} onChange={(n) => on.onMove(n - 1 - frame.column, 0)} />
        <NumberField label="栏数" value={frame.columns} min={vertical ? 2 : 1} max={grid.columns - frame.column} onChange={(n) => on.onResize({ right: n - frame.columns })} />
        <NumberField label="起始行" value={frame.row + 1} min={1} max={grid.rows - frame.rows + 1} onChange={(n) => on.onMove(0, n - 1 - frame.row)} />
        <NumberField label="行数" value={frame.rows} min={2} max={grid.rows - frame.row} onChange={(n) => on.onResize({ bottom: n - frame.rows })} />
      </div>
      <fieldset className="bx-frame-headline">
        <legend>标题</legend>
        <div className="bx-segmented" role="group" aria-label="标题方向">
          <button type="button" aria-pressed={!vertical} onClick={() => headline({ direction: 'across', columns: frame.columns })}>
            横题
          </button>
          <button type="button" aria-pressed={vertical} disabled={frame.columns < 2} title={frame.columns < 2 ? '竖题要留出正文的栏：版框至少两栏' : undefined} onClick={() => headline({ direction: 'vertical', columns: 1 })}>
            竖题
          </button>
        </div>
        <NumberField label="标题跨栏" value={frame.headline.columns} min={1} max={Math.max(1, maxSpan)} onChange={(n) => headline({ columns: n })} />
        {vertical ? (
          <div className="bx-segmented" role="group" aria-label="竖题位置">
            <button type="button" aria-pressed={frame.headline.side === 'left'} onClick={() => headline({ side: 'left' })}>
              居左
            </button>
            <button type="button" aria-pressed={frame.headline.side === 'right'} onClick={() => headline({ side: 'right' })}>
              居右
            </button>
          </div>
        ) : null}
        <label className="bx-head-field">
          <span>级别</span>
          <select value={frame.headline.weight} aria-label="标题级别" onChange={(e) => headline({ weight: Number(e.currentTarget.value) as HeadlineWeight })}>
            {HEADLINE_WEIGHTS.map((w) => (
              <option key={w} value={w}>
                {WEIGHT_NAMES[w]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={frame.headline.weight === 1} onClick={on.onLead}>
          设为头条
        </button>
      </fieldset>
      {hasImage(article) ? (
        <label className="bx-check">
          <input
            type="checkbox"
            checked={!!frame.figure}
            onChange={(e) => on.onUpdate({ figure: e.currentTarget.checked ? { columns: frame.columns } : undefined })}
          />{' '}
          题图跨栏
          {frame.figure ? (
            <input
              type="number"
              aria-label="题图跨栏数"
              className="bx-inline-number"
              value={frame.figure.columns}
              min={1}
              max={frame.columns}
              onChange={(e) => {
                const n = Number(e.currentTarget.value)
                if (Number.isInteger(n) && n >= 1 && n <= frame.columns) on.onUpdate({ figure: { columns: n } })
              }}
            />
          ) : null}
        </label>
      ) : null}
      <label className="bx-head-field">
        <span>边框</span>
        <select value={frame.box ?? ''} aria-label="边框" onChange={(e) => on.onUpdate({ box: (e.currentTarget.value || undefined) as FrameBox | undefined })}>
          <option value="">无</option>
          {FRAME_BOXES.map((b) => (
            <option key={b} value={b}>
              {BOX_NAMES[b]}
            </option>
          ))}
        </select>
      </label>
      <label className="bx-check">
        <input type="checkbox" checked={!!frame.columnRules} onChange={(e) => on.onUpdate({ columnRules: e.currentTarget.checked ? true : undefined })} /> 栏线
      </label>
      <div className="bx-frame-actions">
        <button type="button" onClick={on.onEdit}>
          编辑稿件
        </button>
        <button type="button" onClick={on.onRemove}>
          删除版框
        </button>
      </div>
    </section>
  )
}
