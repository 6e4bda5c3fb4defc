import { FONT_ROLE_CSS } from '../styles/fonts'
import type { PortalProfile } from './profile'

/** 字号 大/中/小 in px. 中 is the browser default, so the body looks the same with or without this sheet. */
export const FONT_SIZES = { large: 20, medium: 16, small: 14 } as const
export type FontSizeChoice = keyof typeof FONT_SIZES

const MUTED = '#595959'
const RULE = '#dcdfe4'

/**
 * The page chrome's stylesheet, from the profile's three colours and width. The article body does not
 * depend on it (its styles are inline), except for the body size the 字号 switch sets.
 */
export function pageCss(profile: PortalProfile): string {
  const { main, dark, background } = profile.colors
  return `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:${background};color:#333;font-family:${FONT_ROLE_CSS.hei};line-height:1.6}
a{color:inherit;text-decoration:none}
a:hover{text-decoration:underline}
a:focus-visible,.font-switch input:focus-visible+label{outline:2px solid ${main};outline-offset:2px}
.frame{width:min(100% - 32px,${profile.contentWidth}px);margin:0 auto}
.skip-link{position:absolute;left:8px;top:-48px;z-index:10;padding:8px 16px;background:#fff;color:${main};border:2px solid ${main}}
.skip-link:focus{top:8px}
.topbar{background:#fff;border-bottom:1px solid ${RULE};font-size:13px;color:${MUTED}}
.topbar .frame{display:flex;justify-content:flex-end;min-height:34px;align-items:center}
.entries{display:flex;gap:20px;margin:0;padding:0;list-style:none}
.entries a{color:${MUTED}}
.masthead{background:${main} linear-gradient(100deg,rgba(255,255,255,0) 40%,rgba(255,255,255,0.1) 75%,rgba(255,255,255,0) 100%);color:#fff}
.masthead .frame{display:flex;align-items:center;gap:16px;min-height:112px}
.site-name{margin:0;font-family:${FONT_ROLE_CSS.xiaobiaosong};font-size:34px;font-weight:bold;letter-spacing:0.08em;line-height:1.3}
.site-nav{background:${dark}}
.site-nav ul{display:flex;margin:0 auto;padding:0;list-style:none}
.site-nav li{flex:1 1 0;text-align:center}
.site-nav a{display:block;padding:0 12px;line-height:48px;color:#fff;font-size:17px;white-space:nowrap}
.site-nav li:first-child a{background:rgba(255,255,255,0.14)}
.breadcrumb{display:flex;flex-wrap:wrap;gap:4px;margin:20px 0 14px;font-size:14px;color:${MUTED}}
.breadcrumb ol{display:flex;flex-wrap:wrap;margin:0;padding:0;list-style:none}
.breadcrumb li+li::before{content:"›";margin:0 8px}
.article{background:#fff;padding:44px 88px 40px;margin-bottom:32px;border-top:3px solid ${main}}
.title-block{text-align:center;margin-bottom:20px}
.kicker,.subtitle{margin:0;font-size:18px;color:#444;line-height:1.6}
.kicker{margin-bottom:8px}
.subtitle{margin-top:10px}
.doc-number{margin:10px 0 0;font-size:16px;color:#444}
.article h1{margin:0;font-family:${FONT_ROLE_CSS.xiaobiaosong};font-size:28px;font-weight:bold;line-height:1.45;color:#1a1a1a}
.meta-line{display:flex;flex-wrap:wrap;justify-content:center;align-items:center;gap:6px 28px;padding:10px 0;margin-bottom:28px;border-top:1px solid ${RULE};border-bottom:1px solid ${RULE};font-size:14px;color:${MUTED}}
.meta{display:flex;flex-wrap:wrap;justify-content:center;gap:4px 24px;margin:0}
.font-switch{display:flex;align-items:center;gap:2px;margin:0;padding:0;border:0}
.font-switch legend{float:left;padding:0;margin-right:4px}
.font-switch input{position:absolute;opacity:0;width:1px;height:1px;margin:0}
.font-switch label{padding:0 6px;cursor:pointer;color:${main}}
.font-switch input:checked+label{font-weight:bold;text-decoration:underline;text-underline-offset:4px}
.article:has(#font-large:checked) .article-body{font-size:${FONT_SIZES.large}px}
.article:has(#font-small:checked) .article-body{font-size:${FONT_SIZES.small}px}
.editor{margin:28px 0 0;padding-top:12px;border-top:1px solid ${RULE};text-align:right;font-size:14px;color:${MUTED}}
.site-footer{background:${dark};color:#fff;font-size:14px;padding:24px 0 28px;text-align:center}
.site-footer p{margin:4px 0}
.site-footer .item{display:inline-block;margin:0 10px}
.footer-links a{color:#fff}
.placeholders{display:flex;justify-content:center;gap:16px;margin-top:14px}
.placeholder{display:inline-flex;align-items:center;justify-content:center;min-width:120px;min-height:44px;padding:4px 10px;border:1px dashed #fff;font-size:13px}
@media (max-width:720px){
.frame{width:calc(100% - 24px)}
.masthead .frame{min-height:72px}
.site-name{font-size:22px;letter-spacing:0.04em}
.site-nav .frame{width:100%}
.site-nav ul{overflow-x:auto}
.site-nav li{flex:0 0 auto}
.site-nav a{line-height:42px;font-size:16px}
.breadcrumb{margin:12px 0 10px}
.article{padding:24px 16px 28px}
.article h1{font-size:22px}
.kicker,.subtitle{font-size:16px}
.meta-line{justify-content:flex-start;gap:6px 16px}
.meta{justify-content:flex-start;gap:2px 16px}
.font-switch label{padding:4px 10px}
.site-footer .item{display:block;margin:0}
}
@media print{
@page{size:A4;margin:18mm 16mm 20mm}
body{background:#fff}
.skip-link,.site-header,.breadcrumb,.font-switch,.editor,.site-footer{display:none}
.frame{width:auto}
.article{padding:0;margin:0;border:0}
.meta-line{border-top:0;margin-bottom:20px}
.article-body img{break-inside:avoid}
.article-body p:has(>img){break-after:avoid}
.article-body h2,.article-body h3,.article-body h4,.article-body h5{break-after:avoid}
}
`.trim()
}
