/**
 * Marks a line may not start or end with, judged from the outside. Deliberately the union of clreq's
 * basic and strict levels (§3.1.7 prohibition rules: stop and pause marks, closing quotes and brackets,
 * connectors, interpuncts, solidus, and —— / …… at line start), Word's zh-CN additions and
 * ../shared/tools/pdfcheck's lists, kept apart from the engine's own tables (core/typeset/char-classes)
 * so a mistake there cannot hide here.
 */
export const LINE_START_PROHIBITED = new Set(
  '、，。．：；！？' +
    '”’」』）〕］｝】〗〉》〙〛〞' +
    '－～–—…‥·・／' +
    '％‰℃°′″' +
    'ー々〻ゝゞヽヾ' +
    ',.;:?!%)]}',
)

export const LINE_END_PROHIBITED = new Set('“‘「『（〔［｛【〖〈《〘〚〝' + '([{' + '／$£¥￥')

const HAN = /\p{Script=Han}/u
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u

export const isHan = (ch: string) => HAN.test(ch)
export const isCjk = (ch: string) => CJK.test(ch)
