import type { Article } from '../../../core/model/article'
import type { PackageImage } from '../../../core/portal/image-files'
import { formatPublishedAt } from '../../../core/model/dates'

/** README.txt: what a webmaster does with the package, in three steps, and what each file is for. */
export function renderReadme(input: { article: Article; images: readonly PackageImage[]; toolVersion: string }): string {
  const { article, images } = input
  const captions = new Map(article.blocks.flatMap((b) => (b.type === 'image' ? [[b.asset, b.caption ?? b.alt] as const] : [])))
  const imageLines = images.length
    ? images.map((img) => `  ${img.file.padEnd(16)}${(captions.get(img.asset) ?? '').replace(/\s+/g, ' ').slice(0, 40)}`)
    : ['  （本文没有图片）']
  return [
    '版心 HTML 文件包（供网站管理员发布使用）',
    '',
    `文章：${article.meta.title}`,
    `发布时间：${formatPublishedAt(article.meta.publishedAt) ?? '（未填写）'}`,
    `生成工具：版心 Banxin ${input.toolVersion}`,
    '',
    '一、发布步骤',
    '1. 在网站内容管理系统（CMS）中新建文章，按 fields.txt 逐项填写标题、引题、副题、作者、来源、',
    '   发布时间、责任编辑、关键词、摘要。',
    '2. 用浏览器打开 content.html，全选（Ctrl+A）并复制（Ctrl+C），粘贴到 CMS 编辑器的正文区。',
    '   段落缩进、小标题、图注等样式写在每个段落上，粘贴后会保留。',
    '   编辑器只接受纯文本时，改用 content.txt：全选复制后粘贴。',
    '3. 图片需要在 CMS 中逐张上传：images 文件夹中的图片按文中出现的顺序编号，',
    '   上传后放到正文中对应图注的上方。图片的替代文字、图注和署名见 meta.json。',
    '',
    '发布前可用浏览器打开 preview.html 对照：它是送审用的完整页面样稿，也可直接打印（A4）。',
    '',
    '二、文件说明',
    '  README.txt              本说明',
    '  fields.txt              文章字段，每行一项，供填写 CMS 表单',
    '  meta.json               字段、图片信息（替代文字、图注、署名、尺寸）、各文件的 SHA-256 校验值、工具版本',
    '  content.html            正文片段（只用行内样式），用于粘贴到 CMS 编辑器',
    '  content.txt             正文纯文本，段落之间空一行，用于只能粘贴纯文本的编辑器',
    '  preview.html            门户样式的完整预览页，含打印样式',
    '  images/                 原图，按文中出现顺序编号：',
    ...imageLines,
    '  report/validation.json  HTML 检查结果（html-validate）及发布前提示',
    '  report/changes.log      导入时所做的标点、空格等规范化修改（修改前 → 修改后）',
    '',
    '三、说明',
    '- 党政机关标识、“我为政府网站找错”入口和浏览次数由门户网站模板提供，本文件包不含这些内容。',
    '- 文件包中没有脚本，也没有指向外部网站的链接。',
    '- fields.txt 和 meta.json 中的标题、作者、图注等是稿件原文，未做 HTML 转义（如“<”“&”原样保留）。',
    '  导入 CMS 时请作为纯文本处理，不要当作 HTML 插入页面。',
    '- 文本文件均为 UTF-8 编码（带 BOM），Windows 记事本可以直接打开。',
    '',
  ].join('\n')
}
