import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  JSON_EXPORT_FORMAT,
  canonical,
  money,
  renderJsonExport
} from "./chunk-OLT2PR56.js";
import "./chunk-WJNSGI4L.js";
import "./chunk-KTDFVEFM.js";
import "./chunk-BSZHNATA.js";
import "./chunk-IDOCBWWJ.js";
import "./chunk-VPFUFNNR.js";
import "./chunk-KYC6NPH2.js";
import "./chunk-ZDDSTFLK.js";
import "./chunk-BTYQCHNT.js";
export {
  JSON_EXPORT_FORMAT,
  canonical,
  money,
  renderJsonExport
};
