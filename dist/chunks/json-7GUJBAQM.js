import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  JSON_EXPORT_FORMAT,
  canonical,
  money,
  renderJsonExport
} from "./chunk-3V2FARXT.js";
import "./chunk-WJNSGI4L.js";
import "./chunk-SK7OFLC5.js";
import "./chunk-BSZHNATA.js";
import "./chunk-6VQSKIXT.js";
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
