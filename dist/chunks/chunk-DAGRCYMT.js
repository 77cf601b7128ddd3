import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);

// src/render/jurisdiction-text.ts
function jurisdictionText(c, notStated) {
  return c.jurisdiction === "custom" ? `custom (${c["custom-rule"] ?? notStated})` : c.jurisdiction;
}

export {
  jurisdictionText
};
