import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  JSON_EXPORT_FORMAT,
  canonical,
  money,
  renderJsonExport
} from "./chunk-VXOB4YFI.js";
import "./chunk-WJNSGI4L.js";
import "./chunk-7JT4PE2B.js";
import "./chunk-5APGV6AL.js";
import "./chunk-IDOCBWWJ.js";
import "./chunk-VPFUFNNR.js";
import "./chunk-ITDLV7NW.js";
import "./chunk-2C2PYH5G.js";
import "./chunk-BTYQCHNT.js";
export {
  JSON_EXPORT_FORMAT,
  canonical,
  money,
  renderJsonExport
};
