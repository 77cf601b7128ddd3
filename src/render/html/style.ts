// The page's only style sheet, inline (the CSP allows inline styles and nothing else). Colours
// keep a contrast of at least 4.5:1 against their background (WCAG 2.1 AA): text #1b1f24 and
// #3d4451 on white, marks and their labels #1d4ed8, #6d28d9, #9a3412, #b91c1c, #4b5563.
/** The page's monospace fonts: named faces first, the generic family last. */
const PAGE_MONOSPACE = '"DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace';

/**
 * The timeline's rules, shared by the page and the stand-alone SVG file written beside the
 * Markdown export (timeline-file.ts), which passes a generic family only.
 */
export function timelineRules(mono: string): string {
  return `.timeline .tl-label { font: 11px ${mono}; fill: #1b1f24; }
.timeline .tl-lane-name { font-weight: 600; }
.timeline .tl-asof-label { fill: #b91c1c; font-weight: 600; }
.timeline .lane-even { fill: #ffffff; }
.timeline .lane-odd { fill: #f3f4f6; }
.timeline .tl-baseline { stroke: #9ca3af; stroke-width: 1; }
.timeline .tl-grid { stroke: #d1d5db; stroke-width: 1; }
.timeline .tl-leader { stroke: #9ca3af; stroke-width: 0.75; }
.timeline .tl-asof { stroke: #b91c1c; stroke-width: 1.5; stroke-dasharray: 4 3; }
.m-decision { fill: #1d4ed8; } .c-decision { fill: #1d4ed8 !important; }
.m-appeal { fill: #6d28d9; } .c-appeal { fill: #6d28d9 !important; }
.m-liquidation { fill: #9a3412; } .c-liquidation { fill: #9a3412 !important; }
.m-deadline { fill: #ffffff; stroke: #b91c1c; stroke-width: 1.5; } .c-deadline { fill: #b91c1c !important; }
.m-other { fill: #4b5563; }
`;
}

export const STYLE = `
:root { color: #1b1f24; background: #ffffff; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
body { margin: 0 auto; max-width: 62rem; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0; }
h2 { font-size: 1.3rem; margin-top: 2.2rem; border-bottom: 1px solid #c8ccd2; padding-bottom: 0.2rem; }
h3 { font-size: 1.05rem; margin-top: 1.4rem; }
h4 { font-size: 0.95rem; margin: 1rem 0 0.3rem; }
a { color: #1d4ed8; overflow-wrap: anywhere; }
code, .id { color: #3d4451; font-size: 0.9em; overflow-wrap: anywhere; }
p, li, td, th { overflow-wrap: break-word; }
.nowrap { white-space: nowrap; }
.table-wrap { max-width: 100%; overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin: 0.4rem 0 1rem; }
th, td { border: 1px solid #c8ccd2; padding: 0.25rem 0.45rem; text-align: left; vertical-align: top; }
thead th { background: #eef0f3; }
tbody th { font-weight: 600; }
ul.working, ul.notes, ul.sources, ul.facts { padding-left: 1.2rem; margin: 0.3rem 0; }
nav ol { columns: 2; }
figure { margin: 1rem 0; }
.timeline { display: block; width: 100%; height: auto; }
${timelineRules(PAGE_MONOSPACE)}.penalty-chart svg { display: block; max-width: 100%; height: auto; }
.penalty-chart .pc-axis { stroke: #6b7280; stroke-width: 1; }
.penalty-chart .pc-tick { font: 11px "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; fill: #3d4451; }
.pc-accrued { fill: none; stroke: #1d4ed8; stroke-width: 2; }
.pc-liquidated { fill: none; stroke: #9a3412; stroke-width: 2; }
.pc-payable { fill: none; stroke: #047857; stroke-width: 2; stroke-dasharray: 6 3; }
.pc-cap { fill: none; stroke: #b91c1c; stroke-width: 1.5; stroke-dasharray: 2 3; }
.penalty-chart table { width: auto; }
.penalty-chart tbody th { white-space: nowrap; }
.legend { display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; padding: 0; list-style: none; font-size: 0.9rem; }
.legend svg { vertical-align: middle; margin-right: 0.3rem; }
footer { margin-top: 3rem; color: #3d4451; font-size: 0.85rem; }
@media print {
  :root { font-size: 11pt; }
  body { max-width: none; padding: 0; }
  a { color: inherit; }
  a[href]::after { content: " <" attr(href) ">"; font-size: 0.85em; }
  nav { display: none; }
  section.case { break-before: page; }
  table, figure, h4 + ul { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  .table-wrap { overflow: visible; }
}
`;
