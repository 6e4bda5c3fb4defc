import { Parser } from 'htmlparser2'
import { MARKS, type ArticleMeta, type Inline, type Mark } from '../model/article'
import { BLOCK, FURNITURE, MARK_TAGS, SKIP, styleMarks } from './html-elements'
import { mergeRuns } from './inlines'
import { LIMITS, tooManyBlocks } from '../limits'
import { MAX_HTML_DEPTH, limitNesting } from './limit-nesting'
import type { LineHint, SourceDrop, SourceItem, TextItem } from './source-item'
import { splitKeywords } from './recognise/meta-line'

/**
 * HTML (a web page, a paste, or what the .docx and Markdown readers produce) → source lines.
 * This is the sanitiser by construction: only text, a few marks and stored images come out, so no
 * script, handler, style, link or external resource can survive. Word/WPS `mso-` markup is
 * ignored along with every other attribute except the bold/italic/hidden bits of `style`.
 */

export interface HtmlOptions {
  /** The asset an <img src> becomes, or undefined to leave it out; called once per image in reading order. */
  image: (src: string, alt: string) => string | undefined
}

export interface HtmlItems {
  items: SourceItem[]
  hints: Partial<ArticleMeta>
  warnings: string[]
  dropped: SourceDrop[]
}

const META_HINTS: Record<string, keyof ArticleMeta> = {
  articletitle: 'title',
  pubdate: 'publishedAt',
  contentsource: 'source',
  author: 'author',
  keywords: 'keywords',
  description: 'summary',
}

/**
 * An open element with what it inherits from its ancestors, so that opening one costs the same at any
 * depth (asking the whole stack at every level made a deeply nested page quadratic).
 */
interface Open {
  name: string
  skip: boolean
  furniture: boolean
  marks: Mark[]
  /** Its own hint or the nearest ancestor's. */
  hint?: LineHint
  /** Inside <article> or <main>. */
  inArticle: boolean
  /** Inside a table row. */
  inRow: boolean
  /** Inside <svg> or <body>, where <title> is not the page's title. */
  inBody: boolean
  /** The nearest <ol>/<ul>. */
  list?: List
}

/** For <ol>: the next item number. */
interface List {
  counter?: number
}

function hintOf(name: string, cls: string): LineHint | undefined {
  if (name === 'h1' || /\bMsoTitle\b/i.test(cls)) return 'title'
  if (/^h[2-6]$/.test(name)) return 'heading'
  if (/\b(MsoSubtitle|subtitle)\b/i.test(cls)) return 'subtitle'
  if (name === 'blockquote') return 'quote'
  if (name === 'tr') return 'table'
  if (name === 'li') return 'list'
  return undefined
}

/** A soft line break in HTML source between two Chinese characters joins them; elsewhere it is a space. */
function resolveBreaks(inlines: Inline[]): Inline[] {
  const full = inlines.map((r) => r.text).join('')
  if (!full.includes('\n')) return inlines
  let pos = 0
  return inlines.map((run) => {
    let out = ''
    for (let k = 0; k < run.text.length; k++) {
      const ch = run.text[k]!
      if (ch === '\n') {
        const prev = full.charCodeAt(pos + k - 1)
        const next = full.charCodeAt(pos + k + 1)
        out += prev > 0x2e7f && next > 0x2e7f ? '' : ' '
      } else out += ch
    }
    pos += run.text.length
    return { ...run, text: out }
  })
}

function siteTitle(title: string): string {
  const parts = title.split(/\s*[_|｜]\s*|\s+[-–—]\s+/u)
  return parts.length > 1 ? parts.slice(0, -1).join(' ').trim() : title.trim()
}

/** Thrown from the parser's callbacks when the page nests deeper than browsers do; the page is then limited and read again. */
const TOO_DEEP = new Error('HTML nested too deep')

export function htmlToItems(html: string, options: HtmlOptions): HtmlItems {
  let read: ReadItems
  let limited = false
  try {
    read = readItems(html, true)
  } catch (error) {
    if (error !== TOO_DEEP) throw error
    read = readItems(limitNesting(html), false)
    limited = true
  }
  // Images are stored only now, so a page read twice stores each image once.
  const items: SourceItem[] = []
  // A dropped piece stood before a read item; an image that is not stored is not an item.
  const moved: number[] = []
  for (const item of read.items) {
    moved.push(items.length)
    if (item.kind === 'text') items.push(item)
    else {
      const asset = options.image(item.src, item.alt)
      if (asset) items.push({ kind: 'image', asset, alt: item.alt })
    }
  }
  if (limited)
    read.warnings.unshift(
      `网页的标签嵌套超过 ${MAX_HTML_DEPTH} 层（正常网页不超过几十层），更深处的文字已照常导入，但其中的加粗、倾斜等格式未保留。`,
    )
  moved.push(items.length)
  const dropped = read.dropped.map((d) => ({ ...d, item: moved[d.item]! }))
  return { items, hints: read.hints, warnings: read.warnings, dropped }
}

interface ReadItems extends Omit<HtmlItems, 'items'> {
  items: (TextItem | { kind: 'image-src'; src: string; alt: string })[]
}

function readItems(html: string, guardDepth: boolean): ReadItems {
  const items: ReadItems['items'] = []
  const hints: Partial<ArticleMeta> = {}
  const warnings: string[] = []
  const dropped: HtmlItems['dropped'] = []
  const stack: Open[] = []
  let line: Inline[] = []
  let furnitureText = ''
  let titleText = ''
  let inTitle = false
  let pre = 0
  let tableRows = 0
  let cell = 0
  let links = 0
  let scriptLinks = 0
  const skipped = new Map<string, number>()

  const top = () => stack.at(-1)
  const skipping = () => !!top()?.skip
  const inFurniture = () => !!top()?.furniture

  /** Ends the current line; `hint` is the hint of the element the line belongs to (the closing one, on close). */
  const flush = (hint = top()?.hint) => {
    const runs = mergeRuns(resolveBreaks(line))
    line = []
    if (!runs.some((r) => /[^\s\u00a0\u3000]/u.test(r.text))) return
    runs[0] = { ...runs[0]!, text: runs[0]!.text.replace(/^[ \t\r\n]+/, '') }
    const last = runs.length - 1
    runs[last] = { ...runs[last]!, text: runs[last]!.text.replace(/[ \t\r\n]+$/, '') }
    // Checked while parsing: a page of millions of short paragraphs is refused before they are all made.
    if (items.length === LIMITS.blocks) throw tooManyBlocks()
    items.push(
      hint
        ? { kind: 'text', inlines: runs.filter((r) => r.text), hint }
        : { kind: 'text', inlines: runs.filter((r) => r.text) },
    )
  }

  const addText = (value: string) => {
    const marks = top()?.marks ?? []
    const run: Inline = { text: value }
    // In the model's order of marks, whatever order the tags nested in, so the same text saves the same.
    for (const m of MARKS) if (marks.includes(m)) run[m] = true
    line.push(run)
  }

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (guardDepth && stack.length >= MAX_HTML_DEPTH) throw TOO_DEEP
        const parent = top()
        if (name === 'title') inTitle = !parent?.inBody
        if (name === 'meta') {
          const key = META_HINTS[(attrs.name ?? '').toLowerCase()]
          const content = attrs.content?.trim()
          if (key && content) {
            if (key === 'keywords') hints.keywords = splitKeywords(content)
            else (hints as Record<string, string>)[key] = content
          }
        }
        const { marks: styled, hidden } = styleMarks(attrs.style ?? '')
        const inArticle = !!parent?.inArticle || name === 'article' || name === 'main'
        const furniture =
          !!parent?.furniture || (FURNITURE.has(name) && (name === 'nav' || !parent?.inArticle))
        const skip = !!parent?.skip || SKIP.has(name) || hidden
        if (SKIP.has(name)) skipped.set(name, (skipped.get(name) ?? 0) + 1)
        // Inside a table row, paragraphs in cells stay on the row's line: a row is flattened to one line.
        const inRow = !!parent?.inRow && name !== 'tr' && name !== 'table'
        if ((BLOCK.has(name) || name === 'br') && !inRow) flush()
        else if (inRow && name === 'br') addText(' ')
        const inherited = parent?.marks ?? []
        const added = [...(MARK_TAGS[name] ? [MARK_TAGS[name]] : []), ...styled].filter(
          (m) => !inherited.includes(m),
        )
        const hint = hintOf(name, attrs.class ?? '') ?? parent?.hint
        const list = name === 'ol' ? { counter: Number(attrs.start) || 1 } : name === 'ul' ? {} : parent?.list
        const open: Open = {
          name,
          skip,
          furniture,
          marks: added.length ? [...inherited, ...added] : inherited,
          inArticle,
          inRow: !!parent?.inRow || name === 'tr',
          inBody: !!parent?.inBody || name === 'svg' || name === 'body',
          ...(hint ? { hint } : {}),
          ...(list ? { list } : {}),
        }
        stack.push(open)
        if (skip || furniture) return
        if (name === 'pre') pre++
        if (name === 'tr') {
          tableRows++
          cell = 0
        }
        if ((name === 'td' || name === 'th') && cell++ > 0) addText('\u3000')
        if (name === 'li' && parent?.list?.counter !== undefined) addText(`${parent.list.counter++}.`)
        if (name === 'a' && attrs.href && !attrs.href.startsWith('#')) {
          links++
          if (/^\s*(javascript|vbscript|data):/i.test(attrs.href)) scriptLinks++
        }
        if (name === 'img') {
          flush()
          items.push({ kind: 'image-src', src: (attrs.src ?? '').trim(), alt: (attrs.alt ?? '').trim() })
        }
      },
      ontext(value) {
        if (inTitle) titleText += value
        if (skipping()) return
        if (inFurniture()) {
          furnitureText += value
          return
        }
        if (pre) {
          const parts = value.split(/\r\n|\r|\n/)
          parts.forEach((part, i) => {
            if (i > 0) flush()
            if (part) addText(part)
          })
          return
        }
        addText(value.replace(/[ \t\r\n\f]*[\r\n][ \t\r\n\f]*/g, '\n').replace(/[ \t\f]+/g, ' '))
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false
        let open: Open | undefined
        while ((open = stack.pop()) && open.name !== name);
        if (!open) return
        if (open.furniture && !top()?.furniture && FURNITURE.has(name)) {
          const text = furnitureText.replace(/\s+/g, ' ').trim()
          if (text)
            dropped.push({
              text,
              item: items.length,
              kind: 'chrome',
              reason: `网页的${{ nav: '导航栏', header: '页眉', footer: '页脚', aside: '侧栏' }[name]}（<${name}>）`,
            })
          furnitureText = ''
        }
        if (open.skip || open.furniture) return
        if (name === 'pre') pre--
        if (BLOCK.has(name) && !top()?.inRow) flush(open.hint)
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  )
  parser.write(html)
  parser.end()
  flush()

  if (!hints.title && titleText.trim()) hints.title = siteTitle(titleText.replace(/\s+/g, ' '))
  const active = [...skipped].filter(([name]) =>
    ['script', 'iframe', 'object', 'embed', 'applet', 'frame'].includes(name),
  )
  if (active.length)
    warnings.push(`已去掉网页中的脚本和嵌入内容（${active.map(([n, c]) => `<${n}> ${c} 处`).join('，')}）。`)
  if (tableRows) warnings.push(`表格已转为文字（${tableRows} 行，单元格之间用全角空格分隔），请检查。`)
  if (links)
    warnings.push(
      `已去掉 ${links} 个链接的地址，只保留链接文字${scriptLinks ? `（其中 ${scriptLinks} 个是 javascript: 等脚本链接）` : ''}。`,
    )
  return { items, hints, warnings, dropped }
}
