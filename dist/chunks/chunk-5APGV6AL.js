import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);

// src/model/kinds.ts
var EVENT_KINDS = [
  "complaint",
  "investigation",
  "formal-notice",
  "notice-of-intent",
  "hearing",
  "draft-decision",
  "objection",
  "referral",
  "binding-decision",
  "decision",
  "notification",
  "publication",
  "appeal-filed",
  "judgment",
  "liquidation",
  "collection",
  "payment",
  "compliance",
  "other"
];
var APPEAL_OUTCOMES = ["pending", "dismissed", "allowed", "partly-allowed", "remitted", "withdrawn", "unknown"];
var EFFECTS = ["upheld", "annulled", "reduced", "remitted", "set-aside"];
var SUSPENSION_SCOPES = ["payment", "compliance", "accrual"];
var PENALTY_UNITS = ["day", "breach", "lump-sum", "unknown"];
var ORDER_KINDS = [
  "stop-processing",
  "delete-data",
  "answer-access-requests",
  "appoint-representative",
  "report-compliance",
  "inform-data-subjects",
  "bring-into-compliance",
  "other"
];
var CORRECTIVE_POWERS = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
var FINDING_KINDS = ["infringement", "unlawful-processing", "no-infringement", "request-refused", "other"];

export {
  EVENT_KINDS,
  APPEAL_OUTCOMES,
  EFFECTS,
  SUSPENSION_SCOPES,
  PENALTY_UNITS,
  ORDER_KINDS,
  CORRECTIVE_POWERS,
  FINDING_KINDS
};
