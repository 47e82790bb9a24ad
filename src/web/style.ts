/**
 * @module web/style
 * The one stylesheet of the web app, served as `/assets/matome.css` (no inline styles, so the
 * Content-Security-Policy needs no `unsafe-inline`). System Japanese fonts only: nothing is
 * downloaded, so text never shifts when a web font arrives.
 */

/** CSS for every page. */
export const STYLESHEET = `
:root {
  --fg: #1d1d1f; --muted: #5f6368; --line: #dadce0; --accent: #0b57d0; --bg: #fff; --soft: #f6f8fa;
  --mark: #fff4c2; --bg-mark: #eef3fd; --warn: #8a4b00; --warn-bg: #fff3e0;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; color: var(--fg); background: var(--bg);
  font-family: "IPAGothic", "IPAexGothic", "Noto Sans JP", "Noto Sans CJK JP", "Hiragino Kaku Gothic ProN",
    "Hiragino Sans", "Yu Gothic", "Meiryo", system-ui, sans-serif;
  font-size: 16px; line-height: 1.8; letter-spacing: 0.02em; font-feature-settings: "palt" 0;
  line-break: strict; overflow-wrap: anywhere;
}
a { color: var(--accent); text-decoration: none; }
a:hover, a:focus { text-decoration: underline; }
header.site { border-bottom: 1px solid var(--line); background: var(--soft); }
header.site .inner, main, footer.site { max-width: 60rem; margin: 0 auto; padding: 0.75rem 1rem; }
header.site .brand { font-weight: 700; font-size: 1.25rem; color: var(--fg); margin-right: 1rem; }
header.site .nav { margin-right: 1rem; font-size: 0.9rem; }
header.site form { display: inline-flex; gap: 0.5rem; flex-wrap: wrap; }
input, select, button { font: inherit; font-size: 0.95rem; padding: 0.2rem 0.5rem; border: 1px solid var(--line); border-radius: 4px; background: #fff; }
button { cursor: pointer; background: var(--accent); color: #fff; border-color: var(--accent); }
h1 { font-size: 1.6rem; line-height: 1.4; margin: 1rem 0 0.5rem; }
h2 { font-size: 1.25rem; line-height: 1.5; margin: 2rem 0 0.5rem; border-left: 4px solid var(--accent); padding-left: 0.5rem; }
h3 { font-size: 1.05rem; line-height: 1.5; margin: 1.25rem 0 0.25rem; }
p { margin: 0.5rem 0; }
.muted, .meta { color: var(--muted); font-size: 0.875rem; }
ul.stories { list-style: none; padding: 0; margin: 0; }
ul.stories > li { border-bottom: 1px solid var(--line); padding: 0.75rem 0; }
ul.stories .headline { font-size: 1.15rem; font-weight: 700; }
.chips { display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; margin: 0.25rem 0; padding: 0; list-style: none; }
.chips li a, .chip { display: inline-block; font-size: 0.8rem; padding: 0 0.5rem; border: 1px solid var(--line); border-radius: 999px; background: var(--soft); }
.badge { display: inline-block; font-size: 0.75rem; padding: 0 0.4rem; border-radius: 4px; background: var(--soft); border: 1px solid var(--line); }
.badge.growing { background: #e6f4ea; border-color: #a8dab5; }
.badge.background, section.background .badge { background: var(--warn-bg); color: var(--warn); border-color: #f3c892; }
section.source { border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 1rem; margin: 1rem 0; }
section.source.background { border-style: dashed; background: var(--warn-bg); }
ul.points { padding-left: 0; list-style: none; }
ul.points li { padding-left: 1.6em; text-indent: -1.6em; margin: 0.25rem 0; }
.lead { font-size: 1.05rem; background: var(--soft); padding: 0.75rem 1rem; border-radius: 6px; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: var(--soft); }
td:first-child { white-space: nowrap; }
figure.timeline { margin: 1rem 0; }
figure.timeline svg { display: block; width: 100%; height: auto; aspect-ratio: 720 / 200; }
figure.timeline .bar { fill: #8ab4f8; }
figure.timeline .event { fill: #d93025; }
figure.timeline text { font-size: 11px; fill: var(--muted); font-family: inherit; }
ol.events { font-size: 0.95rem; }
article.text p { margin: 0.75rem 0; }
.article .text { white-space: pre-line; font-size: 1.05rem; line-height: 2; }
.cited { background: var(--mark); }
.ent { border-bottom: 2px solid #a8c7fa; }
.ent.PERSON { border-bottom-color: #f6aea9; }
.ent.LOCATION { border-bottom-color: #a8dab5; }
:target { outline: 2px solid var(--accent); background: var(--bg-mark); }
blockquote { margin: 0.5rem 0; padding: 0.25rem 1rem; border-left: 3px solid var(--line); }
nav.pager { margin: 1rem 0; }
footer.site { color: var(--muted); font-size: 0.8rem; border-top: 1px solid var(--line); margin-top: 2rem; }
`
