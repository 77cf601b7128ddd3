import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  OutputWriteError,
  writeOutputFile
} from "./chunk-5BFWM567.js";
import "./chunk-BTYQCHNT.js";
export {
  OutputWriteError,
  writeOutputFile
};
