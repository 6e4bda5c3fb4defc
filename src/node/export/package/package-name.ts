import { pinyin } from 'pinyin-pro'
import type { Article } from '../../../core/model/article'
import { publishDateStamp } from '../../../core/portal/publish-time'

const MAX_SLUG = 32

/**
 * 「20200803-zhuadangjian」: the publish date and the pinyin of the title's first phrase. ASCII only, so
 * the name survives every zip tool, CMS upload form and mail gateway.
 */
export function suggestPackageBaseName(article: Article, now: Date = new Date()): string {
  return `${publishDateStamp(article.meta.publishedAt, now)}-${titleSlug(article.meta.title)}`
}

export function suggestPackageName(article: Article, now: Date = new Date()): string {
  return `${suggestPackageBaseName(article, now)}.zip`
}

/** The first phrase of the title (up to a space or punctuation) in toneless pinyin, syllables run together. */
export function titleSlug(title: string): string {
  const phrases = title.split(/[\s\u3000，。、；：！？“”‘’（）《》【】—…·,.;:!?()"'-]+/).filter(Boolean)
  let slug = ''
  for (const phrase of phrases) {
    const part = phraseSlug(phrase)
    if (!part) continue
    const joined = slug ? `${slug}-${part}` : part
    if (slug && joined.length > MAX_SLUG) break
    slug = joined
    if (slug.length >= 12) break
  }
  return slug.slice(0, MAX_SLUG).replace(/-+$/, '') || 'article'
}

function phraseSlug(phrase: string): string {
  const syllables = pinyin(phrase, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
  return syllables
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
}
