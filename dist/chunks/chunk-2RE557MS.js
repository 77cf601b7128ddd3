import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);

// src/core/time/conventions-at-de.ts
var GERMAN_LANDS = [
  ["DE-BW", "Baden-W\xFCrttemberg"],
  ["DE-BY", "Bavaria"],
  ["DE-BE", "Berlin"],
  ["DE-BB", "Brandenburg"],
  ["DE-HB", "Bremen"],
  ["DE-HH", "Hamburg"],
  ["DE-HE", "Hesse"],
  ["DE-MV", "Mecklenburg-Western Pomerania"],
  ["DE-NI", "Lower Saxony"],
  ["DE-NW", "North Rhine-Westphalia"],
  ["DE-RP", "Rhineland-Palatinate"],
  ["DE-SL", "Saarland"],
  ["DE-SN", "Saxony"],
  ["DE-ST", "Saxony-Anhalt"],
  ["DE-SH", "Schleswig-Holstein"],
  ["DE-TH", "Thuringia"]
];
function austriaConvention(weekend) {
  return {
    jurisdiction: "AT",
    name: "Austria",
    rule: "AVG \xA7\xA7 32\u201333",
    nonWorkingWeekdays: weekend,
    holidays: "statutory holidays (Feiertagsruhegesetz 1957), Good Friday and 24 December (AVG \xA7 33(2))",
    extend: true,
    decisionPeriod: {
      extend: true,
      assumption: "at-decision-period"
    },
    note: "at-note",
    closingTime: "24:00"
  };
}
function germanConvention(jurisdiction, land, weekend) {
  return {
    jurisdiction,
    name: `Germany (${land})`,
    rule: "VwVfG \xA7 31 with BGB \xA7\xA7 187\u2013193 (courts: VwGO \xA7 57 with ZPO \xA7 222)",
    nonWorkingWeekdays: weekend,
    holidays: `statutory holidays of ${land} (the place where the act is done), incl. 3 October`,
    extend: true,
    decisionPeriod: {
      extend: true,
      assumption: "de-decision-period"
    },
    closingTime: "24:00"
  };
}

// src/core/time/conventions-eea-west.ts
function irelandConvention(weekend) {
  return {
    jurisdiction: "IE",
    name: "Ireland",
    rule: "Interpretation Act 2005 s.18(h); Rules of the Superior Courts O.122 r.1 and r.3",
    nonWorkingWeekdays: weekend,
    holidays: "public holidays (Organisation of Working Time Act 1997 Sch. 2, St Brigid's Day from 2023)",
    extend: true,
    decisionPeriod: {
      extend: true,
      assumption: "ie-decision-period"
    },
    startDayIncluded: {
      rule: "Interpretation Act 2005 s.18(h)",
      includedReading: "ie-start-day-counted",
      excludedReading: "ie-start-day-not-counted"
    },
    openPoints: [
      {
        when: "extended",
        note: "ie-open-point"
      }
    ],
    closingTime: "24:00"
  };
}
function luxembourgConvention(weekend) {
  return {
    jurisdiction: "LU",
    name: "Luxembourg",
    rule: "Loi du 30 mai 1984 (European Convention on the Calculation of Time-Limits, ETS 76) art. 2",
    nonWorkingWeekdays: weekend,
    holidays: "legal holidays (Europe Day 9 May since 2019, National Day 23 June); Saturday counts as one for the end (loi 1984 art. 2)",
    extend: true,
    decisionPeriod: {
      extend: true,
      assumption: "lu-decision-period"
    },
    closingTime: "24:00"
  };
}
function spainConvention(weekend) {
  return {
    jurisdiction: "ES",
    name: "Spain",
    rule: "Ley 39/2015 art. 30 (court appeals: LJCA arts. 46.1 and 128.2)",
    nonWorkingWeekdays: weekend,
    holidays: "national holidays; community and municipal holidays are not in the table (Ley 39/2015 art. 30.6)",
    extend: true,
    decisionPeriod: {
      extend: true,
      assumption: "es-decision-period"
    },
    daysAreWorkingDays: { rule: "Ley 39/2015 art. 30.2: d\xEDas h\xE1biles" },
    openPoints: [
      {
        when: "always",
        note: "es-open-point"
      }
    ],
    closingTime: "24:00"
  };
}
function belgiumConvention(weekend) {
  return {
    jurisdiction: "BE",
    name: "Belgium",
    rule: "Code judiciaire arts. 52\u201354",
    nonWorkingWeekdays: weekend,
    holidays: "legal holidays (loi du 4 janvier 1974)",
    extend: true,
    decisionPeriod: {
      extend: false,
      assumption: "be-decision-period"
    },
    note: "be-note",
    closingTime: "24:00"
  };
}

// src/core/time/conventions-eea-north.ts
function polandConvention(weekend) {
  return {
    jurisdiction: "PL",
    name: "Poland",
    rule: "KPA art. 57 and Kodeks cywilny art. 115",
    nonWorkingWeekdays: weekend,
    holidays: "statutory days off (ustawa z 18 stycznia 1951), incl. 24 December since 2025",
    extend: true,
    decisionPeriod: {
      extend: true,
      assumption: "pl-decision-period"
    },
    openPoints: [{ when: "day-period", note: "pl-open-point" }],
    note: "pl-note",
    closingTime: "24:00"
  };
}
function swedenConvention(weekend) {
  return {
    jurisdiction: "SE",
    name: "Sweden",
    rule: "Lag (1930:173) om ber\xE4kning av lagstadgad tid \xA7\xA7 1\u20132",
    nonWorkingWeekdays: weekend,
    holidays: "allm\xE4nna helgdagar (lag 1989:253), midsommarafton, julafton and ny\xE5rsafton (\xA7 2)",
    extend: true,
    decisionPeriod: {
      extend: true,
      assumption: "se-decision-period"
    },
    openPoints: [
      {
        when: "day-period",
        note: "se-open-point"
      }
    ],
    closingTime: "24:00"
  };
}
function norwayConvention(weekend) {
  return {
    jurisdiction: "NO",
    name: "Norway",
    rule: "Domstolloven \xA7\xA7 148\u2013149",
    nonWorkingWeekdays: weekend,
    holidays: "helligdager, and 1 and 17 May (days equated by law)",
    extend: true,
    decisionPeriod: {
      extend: true,
      assumption: "no-decision-period"
    },
    note: "no-note",
    closingTime: "24:00"
  };
}
function denmarkConvention(weekend) {
  return {
    jurisdiction: "DK",
    name: "Denmark",
    rule: "For\xE6ldelsesloven \xA7 27 (by analogy; no general act on periods)",
    nonWorkingWeekdays: weekend,
    holidays: "helligdage, grundlovsdag (5 June), 24 and 31 December (for\xE6ldelsesloven \xA7 27)",
    extend: true,
    decisionPeriod: { extend: true },
    openPoints: [
      {
        when: "always",
        note: "dk-open-point"
      }
    ],
    closingTime: "24:00"
  };
}
function finlandConvention(weekend) {
  return {
    jurisdiction: "FI",
    name: "Finland",
    rule: "Laki s\xE4\xE4dettyjen m\xE4\xE4r\xE4aikain laskemisesta (150/1930) \xA7\xA7 2\u20135",
    nonWorkingWeekdays: weekend,
    holidays: "pyh\xE4p\xE4iv\xE4t, itsen\xE4isyysp\xE4iv\xE4, vapunp\xE4iv\xE4, juhannusaatto, jouluaatto and Saturdays (\xA7 5); not 31 December",
    extend: true,
    decisionPeriod: {
      extend: true,
      assumption: "fi-decision-period"
    },
    note: "fi-note",
    closingTime: "24:00"
  };
}

// src/core/time/conventions-eea.ts
var EEA_JURISDICTIONS = ["IE", "LU", "ES", "BE", "PL", "SE", "NO", "DK", "FI"];
var EEA_OPTION_DOCS = [
  {
    name: "startDayIncluded",
    appliesTo: ["IE"],
    defaultValue: true,
    meaning: "the day of service or notification is day 1 of the period; false counts from the next day. Open for the DPA 2018 periods: the other reading is shown whenever its last day differs",
    basis: "Interpretation Act 2005 s.18(h) (default, subject to a contrary intention, s.4(1))"
  },
  {
    name: "naturalDays",
    appliesTo: ["ES"],
    defaultValue: false,
    meaning: "count a period in days in calendar days (d\xEDas naturales), where a law or EU law says so; by default only d\xEDas h\xE1biles count",
    basis: "Ley 39/2015 art. 30.2"
  }
];
function eeaConventions(weekend) {
  return {
    IE: irelandConvention(weekend),
    LU: luxembourgConvention(weekend),
    ES: spainConvention(weekend),
    BE: belgiumConvention(weekend),
    PL: polandConvention(weekend),
    SE: swedenConvention(weekend),
    NO: norwayConvention(weekend),
    DK: denmarkConvention(weekend),
    FI: finlandConvention(weekend)
  };
}

// src/core/time/conventions.ts
var JURISDICTIONS = [
  "EU",
  "FR",
  "IT",
  "GR",
  "GB",
  "NL",
  "AT",
  "DE-BW",
  "DE-BY",
  "DE-BE",
  "DE-BB",
  "DE-HB",
  "DE-HH",
  "DE-HE",
  "DE-MV",
  "DE-NI",
  "DE-NW",
  "DE-RP",
  "DE-SL",
  "DE-SN",
  "DE-ST",
  "DE-SH",
  "DE-TH",
  ...EEA_JURISDICTIONS
];
function isJurisdiction(value) {
  return typeof value === "string" && JURISDICTIONS.includes(value);
}
function jurisdictionProblem(code) {
  if (code.toUpperCase() === "DE") {
    return `Germany needs a Land, as holidays differ by Land (use the one where the act is done): ${JURISDICTIONS.filter((j) => j.startsWith("DE-")).join(", ")}`;
  }
  return `"${code}" is not a supported jurisdiction; use one of ${JURISDICTIONS.join(", ")}`;
}
var SATURDAY_AND_SUNDAY = [6, 0];
var CONVENTIONS = {
  // [C]: art. 3(1) event day excluded; 3(2)(c) same date or last day of month; 3(4) a last day
  // that is a public holiday, Saturday or Sunday ends with the next working day; 2(1) holidays of
  // the Member State or institution where the act is done. Art. 3(5) is [M].
  EU: {
    jurisdiction: "EU",
    name: "European Union",
    rule: "Regulation (EEC, Euratom) No 1182/71 art. 3",
    nonWorkingWeekdays: SATURDAY_AND_SUNDAY,
    holidays: "public holidays of the Member State where the act is to be done (art. 2(1))",
    extend: true,
    decisionPeriod: { extend: true },
    minimumWorkingDays: {
      count: 2,
      fromDays: 2,
      rule: "Reg. 1182/71 art. 3(5)",
      assumption: "eu-minimum-working-days"
    },
    closingTime: "24:00"
  },
  // [C]: CPC 641 same quantième or last day of month; 642 Saturday, Sunday, jour férié or
  // chômé → next working day. Whether 642 reaches a CNIL compliance deadline is open [I].
  FR: {
    jurisdiction: "FR",
    name: "France",
    rule: "Code de proc\xE9dure civile art. 640\u2013642",
    nonWorkingWeekdays: SATURDAY_AND_SUNDAY,
    holidays: "jours f\xE9ri\xE9s (Code du travail art. L3133-1)",
    extend: true,
    decisionPeriod: {
      extend: true,
      assumption: "fr-decision-period"
    },
    closingTime: "24:00"
  },
  // [C]: c.p.c. 155 — holidays inside the period count; a last day that is a holiday moves to
  // the next non-holiday; since 2006 (L. 263/2005) Saturday too, for acts done outside a hearing.
  IT: {
    jurisdiction: "IT",
    name: "Italy",
    rule: "Codice di procedura civile art. 155",
    nonWorkingWeekdays: SATURDAY_AND_SUNDAY,
    holidays: "giorni festivi (L. 260/1949)",
    extend: true,
    decisionPeriod: {
      extend: true,
      assumption: "it-decision-period"
    },
    saturdayAssumption: "it-saturday",
    closingTime: "24:00"
  },
  // [C]: AK 242 — the next working day if the last day is a legal holiday. AK names only
  // holidays; Saturday follows ΚΠολΔ 144(3) [C], the Council of State rule is unverified.
  GR: {
    jurisdiction: "GR",
    name: "Greece",
    rule: "\u0391\u03C3\u03C4\u03B9\u03BA\u03CC\u03C2 \u039A\u03CE\u03B4\u03B9\u03BA\u03B1\u03C2 (Civil Code) art. 240\u2013246",
    nonWorkingWeekdays: SATURDAY_AND_SUNDAY,
    holidays: "public holidays, incl. Orthodox Easter",
    extend: true,
    decisionPeriod: {
      extend: true,
      assumption: "gr-decision-period"
    },
    saturdayAssumption: "gr-saturday",
    closingTime: "24:00"
  },
  // r. 12 [C] (Upper Tribunal text, [M] identical for the GRC) — an act due on a non-working
  // day is in time on the next working day; acts are due by 17:00. England and Wales by default [I].
  GB: {
    jurisdiction: "GB",
    name: "United Kingdom (England and Wales)",
    rule: "Tribunal Procedure (First-tier Tribunal) (General Regulatory Chamber) Rules 2009 r. 12",
    nonWorkingWeekdays: SATURDAY_AND_SUNDAY,
    holidays: "Christmas Day, Good Friday and bank holidays (Banking and Financial Dealings Act 1971), incl. substitute days",
    extend: true,
    decisionPeriod: {
      extend: true,
      assumption: "gb-decision-period"
    },
    closingTime: "17:00"
  },
  // [C]: ATW art. 1 extends a period set *in a statute* ending on a Saturday, Sunday or
  // recognised holiday; art. 3 lists the holidays incl. 5 May and Good Friday. A grace period
  // fixed in a decision is not set in a statute, so it is not extended [I].
  NL: {
    jurisdiction: "NL",
    name: "Netherlands",
    rule: "Algemene termijnenwet art. 1 and 3",
    nonWorkingWeekdays: SATURDAY_AND_SUNDAY,
    holidays: "ATW art. 3 holidays, incl. Good Friday and 5 May every year, and days equated by royal decree",
    extend: true,
    decisionPeriod: {
      extend: false,
      assumption: "nl-decision-period"
    },
    // [C] statute text (BWBR0002448): art. 2, a period of at least three days contains at least two
    // days that are not a Saturday, Sunday or holiday; art. 4(a), no extension beyond 90 days,
    // twelve weeks or three months, nor for periods in years.
    minimumWorkingDays: { count: 2, fromDays: 3, rule: "ATW art. 2" },
    notExtendedBeyond: { days: 90, weeks: 12, months: 3, years: 0, rule: "ATW art. 4(a)" },
    closingTime: "24:00"
  },
  AT: austriaConvention(SATURDAY_AND_SUNDAY),
  ...Object.fromEntries(GERMAN_LANDS.map(([code, name]) => [code, germanConvention(code, name, SATURDAY_AND_SUNDAY)])),
  ...eeaConventions(SATURDAY_AND_SUNDAY)
};
var OPTION_DOCS = [
  {
    name: "periodSource",
    appliesTo: JURISDICTIONS,
    defaultValue: "statute",
    meaning: "'decision' for a compliance or grace period fixed by the authority: FR, IT, GR, GB extend it with a caveat, NL does not",
    basis: "CPC art. 642 (open point for periods set in a decision); ATW art. 1 (statutory periods only)"
  },
  {
    name: "francDelay",
    appliesTo: ["FR"],
    defaultValue: false,
    meaning: "d\xE9lai franc: the last day is the same-date day + 1, then extended (Conseil d'\xC9tat appeals)",
    basis: "CE 29 Dec 2006 n\xB0289818; CE 19 Sept 2014 n\xB0362568; CJA R421-1"
  },
  {
    name: "summerSuspension",
    appliesTo: ["IT", "ES"],
    defaultValue: false,
    meaning: "suspend the period from 1 to 31 August (IT: whether it covers Garante appeals is unverified; ES: appeals to the contencioso-administrativo courts)",
    basis: "IT: L. 742/1969 art. 1 (as amended by D.L. 132/2014); ES: LJCA art. 128.2"
  },
  {
    name: "greekSaturday",
    appliesTo: ["GR"],
    defaultValue: true,
    meaning: "treat Saturday as non-working for the roll-forward",
    basis: "\u039A\u03A0\u03BF\u03BB\u0394 144(3); Council of State rule unverified"
  },
  {
    name: "italianSaturday",
    appliesTo: ["IT"],
    defaultValue: true,
    meaning: "treat Saturday as non-working for the roll-forward",
    basis: "c.p.c. art. 155(5) (since 2006), for procedural acts outside a hearing"
  },
  ...EEA_OPTION_DOCS
];
function conventionFor(jurisdiction) {
  return CONVENTIONS[jurisdiction];
}
function assertOptionsApply(jurisdiction, options) {
  for (const option of OPTION_DOCS) {
    if (options[option.name] !== void 0 && !option.appliesTo.includes(jurisdiction)) {
      throw new Error(`option ${option.name} applies to ${option.appliesTo.join(", ")} only, not to ${jurisdiction}`);
    }
  }
}
function nonWorkingWeekdays(jurisdiction, options = {}) {
  const saturdayOption = jurisdiction === "GR" ? options.greekSaturday : jurisdiction === "IT" ? options.italianSaturday : void 0;
  const weekdays = CONVENTIONS[jurisdiction].nonWorkingWeekdays;
  return saturdayOption === false ? weekdays.filter((day) => day !== 6) : weekdays;
}

export {
  JURISDICTIONS,
  isJurisdiction,
  jurisdictionProblem,
  conventionFor,
  assertOptionsApply,
  nonWorkingWeekdays
};
