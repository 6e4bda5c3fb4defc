import type { Article } from '../model/article'
import { BUILTIN_TEMPLATES } from '../styles/builtin-templates'
import { templateOnPortal, type SectionHeadingTemplate } from '../styles/templates'
import { renderBodyHtml, type ImageSrc } from './body-html'
import { articleBody } from './body-view'
import { escapeAttr, escapeText } from './html'
import { pageCss, type FontSizeChoice } from './page-css'
import type { PortalFooter, PortalProfile } from './profile'
import { formatPublishedAt } from '../model/dates'

export interface PortalPageOptions {
  profile: PortalProfile
  imageSrc: ImageSrc
  templates?: readonly SectionHeadingTemplate[]
  /** The 字号 selected when the page opens. */
  fontSize?: FontSizeChoice
  /**
   * The in-app preview shows where the portal template puts the 党政机关标识 and the 找错 entry. An export
   * never carries them: the portal's own template owns those scripts.
   */
  templatePlaceholders?: boolean
  /** The in-app preview marks each body element with its article block (data-block) to follow the caret. */
  blockAnchors?: boolean
}

/**
 * A complete portal article page (header, content, footer zones) as one standalone HTML string. It runs
 * no script: the 字号 switch is radio buttons and CSS, so it works in the app's sandboxed preview frame.
 */
export function renderPortalPage(article: Article, options: PortalPageOptions): string {
  const { profile } = options
  const templates = (options.templates ?? BUILTIN_TEMPLATES).map((t) => templateOnPortal(t, profile.colors.main))
  const items = articleBody(article, templates)
  const body = renderBodyHtml(items, options.imageSrc, { blockAnchors: options.blockAnchors ?? false })
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(pageTitle(article.meta.title, profile.siteName))}</title>`,
    ...metaTags(article, profile),
    `<style>\n${pageCss(profile)}\n</style>`,
    '</head>',
    '<body>',
    '<a class="skip-link" href="#main">跳到正文</a>',
    siteHeader(profile),
    '<main id="main" class="frame">',
    breadcrumb(article),
    '<article class="article" aria-labelledby="article-title">',
    titleBlock(article),
    metaLine(article, options.fontSize ?? 'medium'),
    `<div class="article-body">\n${body}\n</div>`,
    article.meta.editor?.trim() ? `<p class="editor">责任编辑：${escapeText(article.meta.editor)}</p>` : '',
    '</article>',
    '</main>',
    siteFooter(profile.footer, options.templatePlaceholders ?? false),
    '</body>',
    '</html>',
    '',
  ]
    .filter((line, i, all) => line !== '' || i === all.length - 1)
    .join('\n')
}

/** 「标题_网站名」 as portals title their pages; the site name is left off when the whole would be too long. */
function pageTitle(title: string, siteName: string): string {
  const full = `${title.trim() || '无标题'}_${siteName}`
  return full.length <= 70 ? full : title.trim()
}

/**
 * 《网页设计规范》 meta tags: ArticleTitle, PubDate, ContentSource are required on content pages; Author,
 * Keywords, Description optional; SiteName, SiteIDCode and ColumnName identify the site and column.
 */
function metaTags(article: Article, profile: PortalProfile): string[] {
  const m = article.meta
  const tags: [string, string | undefined][] = [
    ['SiteName', profile.siteName],
    ['SiteIDCode', profile.footer.siteIdCode],
    ['ColumnName', m.column],
    ['ArticleTitle', m.title],
    ['PubDate', formatPublishedAt(m.publishedAt)],
    ['ContentSource', m.source],
    ['Author', m.author],
    ['Keywords', m.keywords?.filter((k) => k.trim()).join(',')],
    ['Description', m.summary],
  ]
  return tags
    .filter((t): t is [string, string] => !!t[1]?.trim())
    .map(([name, content]) => `<meta name="${name}" content="${escapeAttr(content.replace(/\s*\n\s*/g, ' '))}">`)
}

function siteHeader(profile: PortalProfile): string {
  const entries = [profile.entries.accessibility ? '无障碍' : '', profile.entries.elderMode ? '长者模式' : ''].filter(Boolean)
  const logo = profile.logo
    ? `<img src="data:${profile.logo.mime};base64,${profile.logo.base64}" alt="${escapeAttr(profile.logo.alt)}" height="${profile.logo.height}">`
    : ''
  return [
    '<header class="site-header">',
    entries.length
      ? `<div class="topbar"><div class="frame"><ul class="entries">${entries.map((e) => `<li><a href="#">${e}</a></li>`).join('')}</ul></div></div>`
      : '',
    `<div class="masthead"><div class="frame">${logo}<p class="site-name">${escapeText(profile.siteName)}</p></div></div>`,
    `<nav class="site-nav" aria-label="网站导航"><div class="frame"><ul>${profile.nav.map((item) => `<li><a href="#">${escapeText(item)}</a></li>`).join('')}</ul></div></nav>`,
    '</header>',
  ]
    .filter(Boolean)
    .join('\n')
}

function breadcrumb(article: Article): string {
  const trail = ['首页', article.meta.column?.trim()].filter((s): s is string => !!s)
  const items = [...trail.map((t) => `<li>${escapeText(t)}</li>`), '<li aria-current="page">正文</li>'].join('')
  return `<nav class="breadcrumb" aria-label="当前位置"><span>当前位置：</span><ol>${items}</ol></nav>`
}

function titleBlock(article: Article): string {
  const { kicker, title, subtitle, docNumber } = article.meta
  return [
    '<header class="title-block">',
    kicker?.trim() ? `<p class="kicker">${escapeText(kicker)}</p>` : '',
    `<h1 id="article-title">${escapeText(title.trim() || '无标题')}</h1>`,
    subtitle?.trim() ? `<p class="subtitle">${escapeText(subtitle)}</p>` : '',
    docNumber?.trim() ? `<p class="doc-number">${escapeText(docNumber)}</p>` : '',
    '</header>',
  ]
    .filter(Boolean)
    .join('\n')
}

const SIZE_LABELS: [FontSizeChoice, string][] = [
  ['large', '大'],
  ['medium', '中'],
  ['small', '小'],
]

function metaLine(article: Article, fontSize: FontSizeChoice): string {
  const m = article.meta
  const fields: [string, string | undefined][] = [
    ['发布时间', formatPublishedAt(m.publishedAt)],
    ['作者', m.author],
    ['来源', m.source],
  ]
  const shown = fields.filter((f): f is [string, string] => !!f[1]?.trim())
  const meta = shown.length ? `<p class="meta">${shown.map(([k, v]) => `<span>${k}：${escapeText(v)}</span>`).join('')}</p>` : ''
  const radios = SIZE_LABELS.map(
    ([value, label]) =>
      `<input type="radio" name="font-size" id="font-${value}" value="${value}"${value === fontSize ? ' checked' : ''}><label for="font-${value}">${label}</label>`,
  ).join('')
  return `<div class="meta-line">${meta}<fieldset class="font-switch"><legend>字号</legend>${radios}</fieldset></div>`
}

function siteFooter(footer: PortalFooter, placeholders: boolean): string {
  const item = (label: string, value: string | undefined) => (value ? `<span class="item">${label}${escapeText(value)}</span>` : '')
  const line = (...items: string[]) => (items.some(Boolean) ? `<p>${items.join('')}</p>` : '')
  return [
    '<footer class="site-footer"><div class="frame">',
    footer.sitemap ? '<p class="footer-links"><a href="#">网站地图</a></p>' : '',
    line(item('主办单位：', footer.sponsor), item(`${footer.operator?.label ?? ''}单位：`, footer.operator?.name)),
    line(item('地址：', footer.address), item('邮编：', footer.postcode), item('联系电话：', footer.phone)),
    line(item('网站标识码：', footer.siteIdCode), item('', footer.icp), item('', footer.publicSecurity)),
    placeholders ? templatePlaceholders(footer) : '',
    '</div></footer>',
  ]
    .filter(Boolean)
    .join('\n')
}

function templatePlaceholders(footer: PortalFooter): string {
  const boxes = [
    footer.conacBadge ? '<span class="placeholder">党政机关标识（门户模板提供）</span>' : '',
    footer.errorReport ? '<span class="placeholder">我为政府网站找错（门户模板提供）</span>' : '',
  ].filter(Boolean)
  return boxes.length ? `<div class="placeholders">${boxes.join('')}</div>` : ''
}
