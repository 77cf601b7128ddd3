import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);

// src/render/deadline-label.ts
function deadlineLabel(d, paymentOf) {
  return d.kind === "payment" ? `${paymentOf}${d.label}` : d.label;
}

export {
  deadlineLabel
};
