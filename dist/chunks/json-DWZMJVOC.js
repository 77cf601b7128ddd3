import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  JSON_EXPORT_FORMAT,
  canonical,
  money,
  renderJsonExport
} from "./chunk-OSUVAIGU.js";
import "./chunk-WJNSGI4L.js";
import "./chunk-ZTF5DBSC.js";
import "./chunk-HOM5GJUY.js";
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
