import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  checkFile
} from "./chunks/chunk-MXPYXSKY.js";
import "./chunks/chunk-QAF7DISC.js";
import "./chunks/chunk-3R5TQ6XM.js";
import "./chunks/chunk-HMHTNVU4.js";
import "./chunks/chunk-YGJ7O6WJ.js";
import "./chunks/chunk-JGG73HBY.js";
import "./chunks/chunk-6DNOKIJJ.js";
import "./chunks/chunk-2C3KGN4C.js";
import "./chunks/chunk-DZU3AKI3.js";
import "./chunks/chunk-BSZHNATA.js";
import "./chunks/chunk-6VQSKIXT.js";
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
