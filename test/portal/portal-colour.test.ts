import { describe, expect, it } from 'vitest'
import { article, paragraph, sectionHeading } from '../../src/core/model/build'
import { BUILTIN_PROFILES } from '../../src/core/portal/builtin-profiles'
import { renderPortalPage } from '../../src/core/portal/render-page'
import { BUILTIN_TEMPLATES } from '../../src/core/styles/builtin-templates'
import { findPreset } from '../../src/core/typeset/builtin-presets'
import { resolvePreset } from '../../src/core/typeset/preset'
import { fixedMetrics } from '../../src/core/typeset/testing/fixed-metrics'
import { typeset } from '../../src/core/typeset/typeset'

const withBand = article({ title: '色块' }, [sectionHeading('筑牢基层堡垒', '为乡村治理添动力', 'band'), paragraph('正文。')])
const [blue, red] = BUILTIN_PROFILES as [(typeof BUILTIN_PROFILES)[number], (typeof BUILTIN_PROFILES)[number]]

/** The inline style of the heading's main line on the portal page. */
function bandStyle(profile: typeof blue): string {
  const html = renderPortalPage(withBand, { profile, imageSrc: () => undefined, templates: BUILTIN_TEMPLATES })
  return html.match(/<h2[^>]*><span style="([^"]*)">筑牢基层堡垒/)![1]!
}

describe('templates in the portal’s main colour', () => {
  it('the 色块 heading takes each portal’s main colour, so one template suits every site', () => {
    expect(blue.colors.main).not.toBe(red.colors.main)
    expect(bandStyle(blue)).toContain(`background-color:${blue.colors.main}`)
    expect(bandStyle(red)).toContain(`background-color:${red.colors.main}`)
  })

  it('print keeps the template’s own colour', () => {
    const band = BUILTIN_TEMPLATES.find((t) => t.id === 'band')!
    const layout = typeset({ article: withBand, preset: resolvePreset(findPreset('a4')), fonts: fixedMetrics(), templates: BUILTIN_TEMPLATES })
    const boxes = layout.pages.flatMap((p) => p.items).flatMap((i) => (i.kind === 'box' ? [i.color] : []))
    expect(boxes).toEqual([band.decoration.kind === 'band' ? band.decoration.color : 'a band'])
  })
})
