import { codePoints, isBracketed } from './line-shapes'

/**
 * A photo caption whose photo is not in the draft: text copied off a page keeps the caption line and loses the
 * image, so the caption would read as a paragraph (or, being short, as a section heading). Such a line is left
 * out of the body and listed in the report, from where the user can restore it. Evidence, strongest first:
 * a photographer's credit at its end (「…陈某 摄」), a position marker after a name (「王某（右）…」), a scene
 * wholly in brackets between paragraphs (「（在某村调研）」), a bare scene label (「调研现场」).
 */

/**
 * 「…。陈某 摄」, 「…（记者 李某 摄）」, 「张某/摄」: a credit for the photo, not the text. Tried only on a line holding 摄: the
 * expression may start anywhere, and every line of the body is asked.
 */
const PHOTO_CREDIT = /(^|[\s\u3000。）)])[\p{Script=Han}·]{2,6}[\s\u3000]*[/／]?[\s\u3000]*摄[）)]?$/u
/** 「王某（右）」, 「（左二）」, 「（前排中）」: who is where in the picture. */
const POSITION = /[（(](前排|后排|中排)?[左右中][一二三四五六七八九\d]?[）)]/u
/** A jump line (「（下转2版）」) or a credit (「（记者 王某）」) is not a scene. */
const NOT_A_SCENE = /转\s*\d+\s*版|接\s*\d+\s*版|记者|通讯员|作者|来源|编辑|[完续]/u
/** A scene label left where the photo stood: 「调研现场」, 「活动合影」. */
const SCENE_LABEL = /^\p{Script=Han}{0,8}(现场|合影|剪影|掠影|图集)$/u

/**
 * Why `line` reads as the caption of a photo the draft does not hold, or undefined. `after`: body text follows
 * it; `others`: the article has body text besides it (pure photo news is its caption alone). A credit or a
 * position marker says caption wherever it stands; a scene in brackets or a scene label only between paragraphs
 * (a bracketed line at the end is a 附注 or a jump line).
 */
export function orphanCaption(line: string, where: { after: boolean; others: boolean }): string | undefined {
  const n = codePoints(line)
  if (!where.others || n > 100) return undefined
  const seen =
    line.includes('摄') && PHOTO_CREDIT.test(line) && n >= 8
      ? '以摄影者署名“某某 摄”结尾'
      : POSITION.test(line) && n <= 60
        ? '人名后有“（左）”“（右）”一类的位置说明'
        : !where.after
          ? undefined
          : isBracketed(line) && n >= 6 && n <= 50 && !/[。：:]/u.test(line) && !NOT_A_SCENE.test(line)
            ? '整行在括号中的场景说明，位于两段正文之间'
            : SCENE_LABEL.test(line)
              ? '短行，以“现场”“合影”一类的词结尾'
              : undefined
  return seen && `图片说明，稿中没有这张图片（${seen}）`
}
