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
} from "./chunk-77VLO4R7.js";
import "./chunk-BTYQCHNT.js";
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
