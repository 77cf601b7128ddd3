import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  OutputWriteError,
  checkOutputTarget,
  writeOutputFile
} from "./chunk-XJTAXN74.js";
import "./chunk-BTYQCHNT.js";
export {
  OutputWriteError,
  checkOutputTarget,
  writeOutputFile
};
