import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  timelineRules,
  timelineSvg
} from "./chunk-44VQ7RAH.js";
import {
  timelinePictureLabels
} from "./chunk-H74OB55Y.js";
import "./chunk-WJNSGI4L.js";
import "./chunk-ILGGZZFQ.js";
import "./chunk-ZDNVIE4O.js";
import {
  htmlLabels,
  markdownLabels
} from "./chunk-7JT4PE2B.js";
import "./chunk-5APGV6AL.js";
import "./chunk-IDOCBWWJ.js";
import "./chunk-VPFUFNNR.js";
import "./chunk-ITDLV7NW.js";
import "./chunk-2C2PYH5G.js";
import "./chunk-BTYQCHNT.js";

// src/render/html/timeline-file.ts
var STANDALONE_STYLE = `
.timeline .tl-background { fill: #ffffff; }
${timelineRules("monospace")}`;
function renderTimelineSvgFile(view, options = {}) {
  const locale = options.locale ?? "en";
  const svg = timelineSvg(view, markdownLabels(locale), htmlLabels(locale), {
    lang: locale,
    description: timelinePictureLabels(locale).description(view.cases.length),
    head: [`<style>${STANDALONE_STYLE}</style>`, '<rect x="0" y="0" width="100%" height="100%" class="tl-background"/>']
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
${svg}
`;
}
export {
  renderTimelineSvgFile
};
