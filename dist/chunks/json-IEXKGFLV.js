import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  JSON_EXPORT_FORMAT,
  canonical,
  money,
  renderJsonExport
} from "./chunk-ACFMR7R2.js";
import "./chunk-PEH7JRTY.js";
import "./chunk-GZFHJSUE.js";
import "./chunk-HDVBDKUU.js";
export {
  JSON_EXPORT_FORMAT,
  canonical,
  money,
  renderJsonExport
};
