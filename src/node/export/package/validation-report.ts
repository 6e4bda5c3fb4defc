import type { Article } from '../../../core/model/article'
import type { PackageImage } from '../../../core/portal/image-files'
import { HTML_VALIDATE_VERSION, type HtmlFileReport } from './validate-html'

export interface PublishingCheck {
  id: string
  severity: 'warning'
  message: string
}

/** report/validation.json. axe (WCAG 2.1 AA) needs a browser, so it runs in Banxin's own tests, not here. */
export interface ValidationReport {
  htmlValidate: HtmlFileReport[]
  checks: PublishingCheck[]
}

const ACCESSIBILITY_NOTE = '无障碍检查（axe-core，WCAG 2.1 AA，GB/T 37668 的依据）在版心自身的测试中对本页面模板运行，不在每次导出时运行。'

export function validationJson(report: ValidationReport): string {
  return JSON.stringify({ validator: `html-validate ${HTML_VALIDATE_VERSION}`, ...report, accessibility: ACCESSIBILITY_NOTE }, null, 2) + '\n'
}

/** What a webmaster would otherwise find out after publishing: fields the portal rules require, images without alt text. */
export function publishingChecks(article: Article, images: readonly PackageImage[]): PublishingCheck[] {
  const m = article.meta
  const checks: PublishingCheck[] = []
  const need = (id: string, value: string | undefined, message: string) => {
    if (!value?.trim()) checks.push({ id, severity: 'warning', message })
  }
  need('missing-title', m.title, '缺少标题（ArticleTitle）。')
  need('missing-pubdate', m.publishedAt, '缺少发布时间：门户内容页须有 PubDate（《网页设计规范》）。')
  need('missing-source', m.source, '缺少来源：门户内容页须有 ContentSource，转载须注明来源。')
  const shown = new Set(images.map((i) => i.asset))
  article.blocks.forEach((block, i) => {
    if (block.type === 'image' && shown.has(block.asset) && !block.alt.trim())
      checks.push({ id: 'image-alt', severity: 'warning', message: `第 ${i + 1} 个内容块的图片没有替代文字，读屏软件用户无法知道图片内容。` })
  })
  return checks
}
