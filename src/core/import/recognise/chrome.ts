/**
 * Page chrome in text copied from a portal page (design §2, research/portal.md §3): navigation hints,
 * breadcrumbs, toolbars, previous/next links, image file names, 归档时间 and the footer block.
 * Each rule returns the reason shown in the import report, so a wrong drop can be undone.
 */

const TOOLBAR_WORDS = new Set(
  (
    '关闭 关闭窗口 关闭本页 保存 保存本页 打印 打印本页 打印此页 打印文章 分享 分享到 收藏 加入收藏 设为首页 ' +
    '返回 返回顶部 回到顶部 顶部 字体 字号 大 中 小 默认 放大 缩小 扫一扫 扫一扫在手机打开当前页 在手机上查看 ' +
    '微信 微博 新浪微博 腾讯微博 QQ QQ空间 朋友圈 复制链接 视力保护色 保护视力色 护眼模式 无障碍 长者模式 关怀版 ' +
    '纠错 我要纠错 网站地图 联系我们 相关链接 相关阅读 相关新闻 【 】'
  ).split(' '),
)

const NAV_WORDS = /^(网站地图|设为首页|加入收藏|联系我们|网站声明|帮助|English|无障碍|长者模式|关怀版)$/

const RULES: readonly { test: (line: string) => boolean; reason: string }[] = [
  {
    test: (l) => /^(触碰|点击|滑动|左右滑动|向右滑动)[^，。]{0,8}(滑开|查看|展开|浏览)/.test(l),
    reason: '页面导航提示',
  },
  {
    test: (l) =>
      /^(当前位置|您的位置|您现在的位置|你的位置|所在位置|位置)\s*[:：]/.test(l) ||
      /(首页|主页)\s*(>|＞|»|→|>>)/.test(l),
    reason: '页面路径（面包屑导航）',
  },
  {
    test: (l) => /^(上一条|下一条|上一篇|下一篇|上一页|下一页)(\s*[:：]|$)/.test(l),
    reason: '上一篇/下一篇链接',
  },
  { test: (l) => /^归档(时间|日期)/.test(l), reason: '归档时间（网站后台信息）' },
  {
    test: (l) =>
      /^(浏览次数|浏览量|阅读次数|阅读量|点击数|点击量|点击次数|访问次数|访问量)\s*[:：]?\s*\d*\s*次?$/.test(
        l,
      ),
    reason: '浏览次数（由网站运行时填写）',
  },
  { test: (l) => /^[^\s，。；、]{1,80}\.(jpe?g|png|gif|bmp|webp|tiff?)$/i.test(l), reason: '图片文件名' },
  { test: isNavBar, reason: '网站导航栏' },
  { test: isToolbar, reason: '页面工具栏（关闭、打印、分享、字号等）' },
]

function isToolbar(line: string): boolean {
  if (line.length > 40) return false
  const words = line.split(/[\s|｜丨·•/【】[\]（）()：:]+/u).filter(Boolean)
  return words.length > 0 && words.every((w) => TOOLBAR_WORDS.has(w))
}

function isNavBar(line: string): boolean {
  if (!/[|｜丨]/.test(line)) return false
  const parts = line.split(/[|｜丨]/).map((p) => p.trim())
  return parts.length >= 3 && parts.every((p) => p.length <= 12) && parts.some((p) => NAV_WORDS.test(p))
}

/** Chrome lines are short; a paragraph is never tested against the rules (they run on every line). */
const MAX_CHROME_LINE = 100

/** Chrome recognisable anywhere on the page. */
export function chromeReason(line: string): string | undefined {
  return line.length > MAX_CHROME_LINE ? undefined : RULES.find((rule) => rule.test(line))?.reason
}

const FOOTER =
  /(主办|承办|协办|维护|主管|版权所有|Copyright|©|地址\s*[:：]|邮编|邮政编码|电话\s*[:：]|传真|公网安备|ICP\s*备|ICP\s*证|标识码|技术支持|建议使用|分辨率|浏览器|网站找错|党政机关|门户网站)/i

/** A line of the site footer (主办, 维护, 地址, ICP备 …); only trusted in the page's tail, never in the body. */
export function isFooterLine(line: string): boolean {
  return line.length <= 120 && FOOTER.test(line)
}
