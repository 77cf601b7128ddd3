import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  Argument,
  Command,
  CommanderError,
  Help,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  Option,
  createArgument,
  createCommand,
  createOption,
  program
} from "./chunk-M7CZ3JJD.js";
import "./chunk-HDVBDKUU.js";
export {
  Argument,
  Command,
  CommanderError,
  Help,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  Option,
  createArgument,
  createCommand,
  createOption,
  program
};
