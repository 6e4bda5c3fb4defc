import type { Article, Inline } from '../../model/article'
import { article, heading, image, paragraph, quote, sectionHeading, text } from '../../model/build'
import { validateArticle } from '../../model/schema'
import example from '../../../../resources/examples/example.json' with { type: 'json' }

/**
 * Original articles for the portal tests (fictional places and people): a feature with a full headline
 * stack, three section-heading templates and three images; a 公文-style notice with numbered headings,
 * a run-in heading, an attachment line and a sign-off; and the bundled example. Articles only: the
 * image bytes live in test/fixtures/portal (see articles.ts there).
 */

function checked(a: Article): Article {
  const result = validateArticle(a)
  if (!result.ok) throw new Error(`fixture is not a valid Article: ${result.errors.join('; ')}`)
  return a
}

export function exampleArticle(): Article {
  return checked(structuredClone(example) as Article)
}

export function teaFeatureArticle(): Article {
  const rich: Inline[] = [
    text('“过去茶叶卖给收购商，价格人家说了算；现在有了合作社和自己的牌子，'),
    text('一斤明前茶能多卖六十多元', { bold: true }),
    text('。”茶农罗永贵一边翻看手机上的订单一边说。'),
  ]
  return checked(
    article(
      {
        kicker: '产业帮扶见实效',
        title: '山乡茶园　春来满目新',
        subtitle: '——青石镇发展特色茶产业助农增收纪实',
        byline: '本报讯（记者 苏远航 通讯员 何婧）',
        author: '苏远航 何婧',
        source: '河川日报',
        publishedAt: '2026-04-08T10:15:00+08:00',
        editor: '陈立',
        column: '河川要闻',
        keywords: ['茶产业', '乡村振兴', '青石镇'],
        summary: '青石镇依托山地资源发展特色茶产业，以合作社带动茶农抱团经营，今年春茶产量和收入均有提升。',
      },
      [
        paragraph('清明前后，青石镇漫山的茶园进入采摘旺季。天刚亮，采茶工已背着竹篓穿行在茶垄间，镇上的加工厂里杀青、揉捻、烘干几道工序连轴运转，空气里满是新茶的清香。', 'lead'),
        sectionHeading('选准一片叶', '为产业发展找准路子', 'left-rule'),
        paragraph('青石镇地处山区，耕地零散，种粮收益有限。几年前，镇里请来农业专家对土壤、气候逐村“体检”，认定海拔六百米以上的坡地最适宜种植高山绿茶，随后制定了茶产业三年发展规划。'),
        paragraph([
          text('规划明确，新建茶园必须'),
          text('集中连片、统一品种、统一管护', { emphasis: true }),
          text('。截至目前，全镇茶园面积达到1.2万亩，带动1300余户农户参与种植。'),
        ]),
        image('tea-hills', '清晨的青石镇高山茶园，层层茶垄沿山坡铺开，几位采茶工正在采摘', '青石镇高山茶园进入春茶采摘期', '苏远航 摄'),
        paragraph(rich),
        quote('“茶园就是我们的‘绿色银行’，管护得越用心，收成越有保障。”'),
        sectionHeading('带富一方人', '让茶农腰包鼓起来', 'band'),
        paragraph('为解决茶农“单打独斗”议价难的问题，镇里引导成立了5家茶叶专业合作社，推行“合作社+基地+农户”模式，统一提供茶苗、技术培训和收购服务，茶农按鲜叶交售量和入股份额参与分红。'),
        image('service-hall', '青石镇茶叶服务中心外景，门前有几位前来咨询的群众', '青石镇茶叶服务中心为茶农提供技术培训和订单对接', '何婧 摄'),
        paragraph('今年一季度，全镇春茶鲜叶收购量同比增长18%，茶农户均增收4600元。合作社还与城区多家商超签订长期供货协议，让山里的好茶走进城里人的茶杯。'),
        image('sales-chart', '柱状图：近五年青石镇茶叶销售额逐年上升', '近五年青石镇茶叶销售额变化'),
        sectionHeading('守好一片绿', '把生态优势转化为发展优势', 'brackets'),
        paragraph('在茶园管护上，青石镇推广生物防虫、有机肥替代化肥等绿色技术，严控农药使用。镇农业综合服务中心负责人介绍，下一步将建设茶旅融合示范带，发展采茶体验、茶园民宿等新业态，让茶产业链条越拉越长。'),
      ],
      {
        'tea-hills': { mime: 'image/jpeg', name: '高山茶园.jpg' },
        'service-hall': { mime: 'image/jpeg', name: '服务中心.jpg' },
        'sales-chart': { mime: 'image/png', name: '销售额图表.png', width: 600, height: 300 },
      },
    ),
  )
}

export function fireNoticeArticle(): Article {
  return checked(
    article(
      {
        title: '示例市人民政府办公室关于做好2026年春季森林防火工作的通知',
        docNumber: '示政办发〔2026〕5号',
        source: '示例市人民政府办公室',
        publishedAt: '2026-03-02T08:00:00Z',
        editor: '王磊',
        column: '通知公告',
        keywords: ['森林防火', '通知'],
      },
      [
        paragraph('各县（区）人民政府，市政府各部门：'),
        paragraph('春季是森林火灾易发高发期。为切实做好今年春季森林防火工作，保障人民群众生命财产安全和森林资源安全，经市政府同意，现就有关事项通知如下。'),
        heading(1, '总体要求'),
        paragraph('坚持预防为主、积极消灭，压紧压实各级防火责任，全面排查整治火灾隐患，确保不发生重大森林火灾。'),
        heading(1, '重点任务'),
        heading(2, '压实防火责任。', true),
        paragraph('各县（区）要落实行政首长负责制，层层签订防火责任书，把责任落实到山头地块和具体人员。'),
        heading(2, '加强火源管控。', true),
        paragraph('清明、“五一”等重点时段，在林区主要路口设立检查站，严禁携带火种进山。'),
        heading(3, '开展隐患排查'),
        paragraph('重点检查林区内坟地、景区、施工现场等部位，发现问题立即整改。'),
        heading(3, '做好应急准备'),
        paragraph('各级扑火队伍实行24小时值班，储备足够的扑火物资，确保一旦发生火情能够快速处置。'),
        heading(1, '工作要求'),
        paragraph('各地各部门要于3月31日前将工作开展情况报送市应急管理局。联系电话：0999-7654321。'),
        paragraph('附件：示例市春季森林防火重点时段安排表', 'attachment'),
        paragraph('示例市人民政府办公室', 'signoff'),
        paragraph('2026年3月2日', 'signed-date'),
        paragraph('（此件公开发布）', 'annotation'),
        paragraph('抄送：市委办公室，市人大常委会办公室，市政协办公室。', 'cc'),
        paragraph('示例市人民政府办公室　　2026年3月2日印发', 'imprint'),
      ],
    ),
  )
}
