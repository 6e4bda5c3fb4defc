import type { Article } from '../model/article'
import { BUILTIN_TEMPLATES } from '../styles/builtin-templates'
import type { SectionHeadingTemplate } from '../styles/templates'
import { renderBodyHtml, type ImageSrc } from './body-html'
import { articleBody } from './body-view'

/**
 * content.html: the body fragment a webmaster pastes into the CMS editor. Inline styles only, no <style>,
 * no classes, no lang=, no data: URIs (UEditor drops data: images and runs its Word filter on any lang=).
 */
export function renderCmsFragment(
  article: Article,
  options: { imageSrc: ImageSrc; templates?: readonly SectionHeadingTemplate[] },
): string {
  return renderBodyHtml(articleBody(article, options.templates ?? BUILTIN_TEMPLATES), options.imageSrc) + '\n'
}
