import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  checkFile
} from "./chunks/chunk-JNZAC5KO.js";
import "./chunks/chunk-IXSAOZYY.js";
import "./chunks/chunk-HKS45Y5R.js";
import "./chunks/chunk-YGJ7O6WJ.js";
import "./chunks/chunk-WCR6AKDZ.js";
import "./chunks/chunk-6D76KXNS.js";
import "./chunks/chunk-ZDNVIE4O.js";
import "./chunks/chunk-DZU3AKI3.js";
import "./chunks/chunk-5APGV6AL.js";
import "./chunks/chunk-IDOCBWWJ.js";
import "./chunks/chunk-VPFUFNNR.js";
import "./chunks/chunk-2RE557MS.js";
import "./chunks/chunk-ITDLV7NW.js";
import "./chunks/chunk-2C2PYH5G.js";
import "./chunks/chunk-BTYQCHNT.js";

// src/cli/validate-worker.ts
import { parentPort } from "node:worker_threads";
parentPort?.on("message", (request) => {
  const answer = { job: request.job, checked: checkFile(request.file, request.bytes, request.today) };
  parentPort?.postMessage(answer);
});
