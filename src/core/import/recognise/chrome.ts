/**
 * Page chrome in text copied from a portal page (design §2, research/portal.md §3): navigation hints,
 * breadcrumbs, toolbars, previous/next links, image file names, 归档时间 and the footer block.
 * Each rule returns the reason shown in the import report, so a wrong drop can be undone.
 */

const TOOLBAR_WORDS = new Set(
  (
    '关闭 关闭窗口 关闭本页 保存 保存本页 打印 打印本页 打印此页 打印文章 分享 分享到 收藏 加入收藏 设为首页 ' +
    '返回 返回顶部 回到顶部 顶部 字体 字号 大 中 小 默认 放大 缩小 字号变大 字号变小 字体变大 字体变小 扫一扫 扫一扫在手机打开当前页 在手机上查看 ' +
    '微信 微博 新浪微博 腾讯微博 QQ QQ空间 朋友圈 复制链接 视力保护色 保护视力色 护眼模式 无障碍 长者模式 关怀版 ' +
    '纠错 我要纠错 网站地图 联系我们 相关链接 相关阅读 相关新闻 【 】 ' +
    '上一篇 下一篇 上一条 下一条 上一页 下一页 24小时 48小时 一周 一月 本周 本月 日榜 周榜 月榜 评论 发表评论 点赞'
  ).split(' '),
)

const NAV_WORDS =
  /^(网站地图|设为首页|加入收藏|联系我们|网站声明|帮助|English|ENGLISH|无障碍|长者模式|关怀版|适老化|首页|网站首页|用户登录|登录|注册|退出|繁体|简体|繁體|手机版|移动版|政务公开|信息公开|新闻中心|新闻动态|办事服务|政务服务|网上办事|互动交流|政民互动|走进[\p{Script=Han}]{1,4}|专题专栏|数据发布|版面导航|标题导航|往期回顾|过往期刊|PDF下载|返回目录)$/u

/**
 * The heading of a widget beside or under the article: rankings, related or recommended articles, an
 * e-paper's list of the page's stories. Its entries — other articles' titles — follow it.
 */
const WIDGET_HEADS =
  /^(热点排行|热门排行|阅读排行|点击排行|排行榜|热门文章|热门新闻|热点新闻|最新动态|最新文章|最新新闻|相关文章|相关新闻|相关阅读|相关稿件|推荐阅读|精彩推荐|猜你喜欢|延伸阅读|您可能更感兴趣的文章|你可能感兴趣的文章|本版新闻列表|本版导航|版面导航|标题导航|往期回顾)\s*[:：]?$/u

export const JUMP_LINE = '转版提示（文章在别的版面接着印）'

// Expressions are constants, not literals in the tests: a literal makes a new RegExp every time it runs, and
// every rule runs on every short line of megabyte drafts.
const SWIPE_HINT = /^(触碰|点击|滑动|左右滑动|向右滑动)[^，。]{0,8}(滑开|查看|展开|浏览)/
const BREADCRUMB_LABEL = /^(当前位置|您的位置|您现在的位置|你的位置|所在位置|位置)\s*[:：]/
const BREADCRUMB_PATH = /(首页|主页)\s*(>|＞|»|→|>>)/
const PREV_NEXT = /^(上一条|下一条|上一篇|下一篇|上一页|下一页)(\s*[:：]|$)/
const ARCHIVED = /^归档(时间|日期)/
const VIEWS = /^(浏览次数|浏览量|阅读次数|阅读量|点击数|点击量|点击次数|访问次数|访问量)\s*[:：]?\s*\d*\s*次?$/
const IMAGE_FILE = /^[^\s，。；、]{1,80}\.(jpe?g|png|gif|bmp|webp|tiff?)$/i

const RULES: readonly { test: (line: string) => boolean; reason: string }[] = [
  { test: (l) => SWIPE_HINT.test(l), reason: '页面导航提示' },
  {
    // The path's expression may start anywhere; it needs 首页 or 主页.
    test: (l) => BREADCRUMB_LABEL.test(l) || ((l.includes('首页') || l.includes('主页')) && BREADCRUMB_PATH.test(l)),
    reason: '页面路径（面包屑导航）',
  },
  { test: (l) => PREV_NEXT.test(l), reason: '上一篇/下一篇链接' },
  { test: (l) => ARCHIVED.test(l), reason: '归档时间（网站后台信息）' },
  { test: (l) => VIEWS.test(l), reason: '浏览次数（由网站运行时填写）' },
  { test: (l) => l.includes('.') && IMAGE_FILE.test(l), reason: '图片文件名' },
  { test: isNavBar, reason: '网站导航栏' },
  { test: isJumpLine, reason: JUMP_LINE },
  { test: isMarkupLeak, reason: '网页源码残留（模板字段、HTML 注释、文件名）' },
  { test: (l) => WIDGET_HEADS.test(l), reason: '排行、相关文章或版面目录的栏目名' },
  { test: isCommentNotice, reason: '留言板须知或免责声明' },
  { test: isToolbar, reason: '页面工具栏（关闭、打印、分享、字号等）' },
]

const TOOLBAR_SEPARATORS = /[\s|｜丨·•/【】[\]（）()：:]+/u

const PAGE_COUNTER = /^\d{1,3}$/u

function isToolbar(line: string): boolean {
  if (line.length > 40) return false
  // Most lines have no separator: the line is then one word (every line is tested, so it is not split).
  if (!TOOLBAR_SEPARATORS.test(line)) return TOOLBAR_WORDS.has(line)
  // A page counter may sit among the tools (「3 上一篇 放大 缩小 默认」).
  const words = line.split(TOOLBAR_SEPARATORS).filter((w) => w && !PAGE_COUNTER.test(w))
  return words.length > 0 && words.every((w) => TOOLBAR_WORDS.has(w))
}

/**
 * A site's navigation or header bar: short tokens with no sentence punctuation, either separated by bars
 * (「首页 | 新闻中心 | 政务公开」) or by spaces with at least two the header words (「用户登录 繁体 无障碍」).
 * Spaces alone are not enough: a headline's parts are separated by spaces too (「抓党建 促发展 保民生」).
 */
const SENTENCE_MARK = /[，。；！？,;!?]/u
const BAR = /[|｜丨]/
const ANY_SPACE = /\s/u
const SPACES = /[\s\u3000]+/u

function isNavBar(line: string): boolean {
  if (SENTENCE_MARK.test(line)) return false
  const barred = BAR.test(line)
  // Without a bar or a space the line is one part, too few (every line is tested, so it is not split).
  if (!barred && !ANY_SPACE.test(line)) return false
  const parts = line
    .split(barred ? BAR : SPACES)
    .map((p) => p.trim())
    .filter(Boolean)
  if (parts.length < 3 || !parts.every((p) => p.length <= 12)) return false
  const navWords = parts.filter((p) => NAV_WORDS.test(p)).length
  return barred ? navWords >= 1 || parts.length >= 4 : navWords >= 2
}

/**
 * A comment board's rules or a disclaimer under the article: 「2.本站有权删除留言…」, 「免责声明：…」, and the
 * board's heading among its buttons (「我要评报 隐藏留言须知」).
 */
const NOTICE_HEAD = /^(免责声明|版权声明|留言须知|评论须知|网友评论|发表评论)\s*[:：]?/u
const BOARD_BUTTON = /(留言须知|评论须知|留言规则|评论规则|我要评论|我要留言|我要评报|发表评论|网友评论)/u
const NUMBERED_RULE = /^\d{1,2}[.．、]/u
const BOARD_WORD = /(留言|评论|跟帖|笔名)/u
const RULE_WORD = /(本站|本网|网站|管理员|有权|权力|权利|法律|法规|责任)/u

export function isCommentNotice(line: string): boolean {
  if (NOTICE_HEAD.test(line)) return true
  if (line.length <= 30 && !SENTENCE_MARK.test(line) && BOARD_BUTTON.test(line)) return true
  return NUMBERED_RULE.test(line) && BOARD_WORD.test(line) && RULE_WORD.test(line)
}

/**
 * A newspaper's jump line: the story goes on (「（下转2版）」) or comes from (「（上接第一版）」) another page. It says
 * where the rest is printed, which an article of its own does not need.
 */
const JUMP = /^[（(]?\s*(?:下转|上接|紧接|转|接)\s*(?:第\s*)?[A-Z]?[\d一二三四五六七八九十]{1,3}\s*版\s*[)）]?$/u

function isJumpLine(line: string): boolean {
  return JUMP.test(line)
}

/**
 * Page source that leaked into the text: a template's field list or an HTML comment (「… content_52384.html 1
 * 标题 /enpproperty-->」), a tag. A sentence may name a web address, so a line with a sentence stop is text.
 */
const SENTENCE_STOP = /[。！？]/u
const MARKUP = /<!--|-->|<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/iu
const PAGE_FILE = /(?:^|\s)[\w.-]+\.(?:s?html?|jsp|aspx?|php)(?:\s|$)/iu

function isMarkupLeak(line: string): boolean {
  if (SENTENCE_STOP.test(line)) return false
  // Both expressions may start anywhere: a tag or comment needs < or -->, a file name a dot.
  return (
    ((line.includes('<') || line.includes('-->')) && MARKUP.test(line)) || (line.includes('.') && PAGE_FILE.test(line))
  )
}

/**
 * A numbered rule of a comment board beside one `isCommentNotice` found (「2.…拥有管理笔名和留言的一切权力。」 next
 * to 「3.…有权转载…」): the same list when its number is one off the notice's.
 */
export function continuesNumberedList(line: string, notice: string, step: 1 | -1): boolean {
  const number = (l: string) => /^(\d{1,2})[.．、]/u.exec(l)?.[1]
  const [a, b] = [number(line), number(notice)]
  return !!a && !!b && Number(a) === Number(b) + step && line.length <= MAX_CHROME_LINE
}

/**
 * A photo's caption whose picture is not in the text: a position note after a name (「王某（右）和…」) or the
 * photographer's credit at its end (「… 李某 摄」).
 */
export function isPhotoCaption(line: string): boolean {
  return (
    line.length <= 80 &&
    !/[。！？].+[。！？]/u.test(line) &&
    (/\p{Script=Han}[（(](?:左|右|中|前排|后排)[一二三四五六七八九十]?[）)]/u.test(line) ||
      /\s摄[）)]?[。]?$/u.test(line))
  )
}

/** Chrome lines are short; a paragraph is never tested against the rules (they run on every line). */
const MAX_CHROME_LINE = 100

/** Chrome recognisable anywhere on the page. */
export function chromeReason(line: string): string | undefined {
  return line.length > MAX_CHROME_LINE ? undefined : RULES.find((rule) => rule.test(line))?.reason
}

/** A line that opens a list of other articles: a widget's heading, or 上一篇/下一篇 alone (its title follows). */
const PREV_NEXT_ALONE = /^(上一篇|下一篇|上一条|下一条)\s*[:：]?$/u

export function opensArticleList(line: string): boolean {
  return WIDGET_HEADS.test(line) || PREV_NEXT_ALONE.test(line)
}

/** An entry of such a list: another article's title, short, no sentence inside (a rank number may lead). */
export function isListedTitle(line: string): boolean {
  return line.length <= 40 && !/[。！？；]/u.test(line.replace(/[。！？]$/u, ''))
}

const FOOTER =
  /(主办|承办|协办|维护|主管|版权所有|Copyright|©|地址\s*[:：]|邮编|邮政编码|电话\s*[:：]|传真|公网安备|ICP\s*备|ICP\s*证|标识码|技术支持|建议使用|分辨率|浏览器|网站找错|党政机关|门户网站|友情链接|网站链接|刊号|出版物号|许可证)/i

/** A line of the site footer (主办, 维护, 地址, ICP备 …); only trusted in the page's tail, never in the body. */
export function isFooterLine(line: string): boolean {
  return line.length <= 120 && FOOTER.test(line)
}
