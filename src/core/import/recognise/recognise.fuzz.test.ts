import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { UserError } from '../../errors'
import { blockText } from '../../model/text'
import { importPlainText } from '../import-draft'
import { schemaProblems } from '../testing/schema-problems'

/** Fragments that exercise every rule: sentences, short lines, chrome, meta, headings, datelines, sign-offs. */
const LINES = [
  '近年来，我市把加强基层党建与推进乡村振兴结合起来，取得明显成效。',
  '今年以来,全区新建党群服务中心12个,覆盖率达到100 %。',
  '筑牢战斗堡垒',
  '为乡村振兴添动力',
  '抓党建 促发展',
  '“走，看看去！”',
  '（完）',
  '记者 林晓',
  '发布时间:2020-08-03 16:26:27 作者:颜慧 来源:乌海日报 浏览次数:',
  '来源：新华社',
  '【责任编辑：孙悦】',
  '发布时间：',
  '2024-05-20 09:15',
  '一、总体要求',
  '（一）工作目标。到2025年底建成储备点。',
  '1.生活类物资',
  '（1）饮用水',
  '二、保障措施',
  '本报讯（记者 林晓）3月18日清晨，茶园里一片忙碌。',
  '本报讯（记者 林晓）',
  '编者按：本报推出系列报道。',
  '——合作社带动农户增收',
  '附件：1.参考目录',
  '2.建设标准',
  '河川市人民政府办公室',
  '2024年3月15日',
  '（此件公开发布）',
  '触碰右侧滑开',
  '关闭',
  '打印本页 关闭窗口',
  '分享到:',
  '上一条:某某会议',
  '网站地图|设为首页|加入收藏',
  '主办:某某办公室 维护:某某中心',
  '京ICP备12345678号',
  '归档时间：2024-01-01',
  'a.jpg',
  '关键词：党建 乡村振兴',
  '  ',
  '',
]
const draft = fc.array(fc.constantFrom(...LINES), { maxLength: 30 }).map((lines) => lines.join('\n'))
const squash = (s: string) => s.replace(/[\s\u00a0\u3000]/gu, '')
const GONGWEN_NUMBER = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、]|（\d+）)/u

describe('structure recognition properties (fuzz)', () => {
  it('never throws anything but a UserError, and always yields a valid article', () => {
    fc.assert(
      fc.property(draft, fc.boolean(), (source, document) => {
        let result
        try {
          result = importPlainText(source, { document })
        } catch (e) {
          expect(e).toBeInstanceOf(UserError)
          return
        }
        expect(schemaProblems(result.bundle.article)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('loses no text: every line is in the article, or reported as dropped or taken into the meta', () => {
    fc.assert(
      fc.property(draft, (source) => {
        const { bundle, report } = importPlainText(source, { document: true })
        const body = squash(bundle.article.blocks.map((b) => blockText(b)).join(''))
        const meta = squash(Object.values(bundle.article.meta).flat().join(''))
        for (const raw of source.split('\n')) {
          const line = raw.trim()
          if (!line) continue
          // A label standing alone and the value under it are listed, or guessed, as one item of two lines.
          const listed = (item: { text: string }) => item.text.split('\n').includes(line)
          if (report.dropped.some(listed) || report.guesses.some(listed))
            continue
          const content = squash(line).replace(GONGWEN_NUMBER, '')
          // A lead that opened with a 电头: the 电头 went to the meta, the rest stayed in the body.
          const byline = squash(bundle.article.meta.byline ?? '')
          const splitByline = byline !== '' && content.startsWith(byline) && body.includes(content.slice(byline.length))
          expect(body.includes(content) || meta.includes(content) || splitByline, `「${line}」 was lost`).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })
})
