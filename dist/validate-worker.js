import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  checkFile
} from "./chunks/chunk-KCYT3R5Z.js";
import "./chunks/chunk-AIYQFYUL.js";
import "./chunks/chunk-HKS45Y5R.js";
import "./chunks/chunk-YGJ7O6WJ.js";
import "./chunks/chunk-WCR6AKDZ.js";
import "./chunks/chunk-IPNTD5G7.js";
import "./chunks/chunk-PT5V3CO4.js";
import "./chunks/chunk-DZU3AKI3.js";
import "./chunks/chunk-HOM5GJUY.js";
import "./chunks/chunk-IDOCBWWJ.js";
import "./chunks/chunk-VPFUFNNR.js";
import "./chunks/chunk-KYC6NPH2.js";
import "./chunks/chunk-ZDDSTFLK.js";
import "./chunks/chunk-BTYQCHNT.js";

// src/cli/validate-worker.ts
import { parentPort } from "node:worker_threads";
parentPort?.on("message", (request) => {
  const answer = { job: request.job, checked: checkFile(request.file, request.bytes, request.today) };
  parentPort?.postMessage(answer);
});
