import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);

// cases/dossier.schema.json
var dossier_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  type: "object",
  properties: {
    dossier: {
      type: "number",
      const: 2,
      description: "The version of this file format."
    },
    id: {
      type: "string",
      maxLength: 64,
      pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
      description: "Unique across the repository and equal to the file name without .yaml."
    },
    title: {
      type: "string",
      minLength: 1,
      maxLength: 2e3,
      description: 'e.g. "CNIL v. Clearview AI".'
    },
    status: {
      type: "string",
      enum: [
        "open",
        "under-appeal",
        "remitted",
        "final",
        "closed"
      ]
    },
    authority: {
      type: "object",
      properties: {
        short: {
          type: "string",
          minLength: 1,
          maxLength: 2e3,
          description: "e.g. CNIL."
        },
        name: {
          type: "string",
          minLength: 1,
          maxLength: 2e3,
          description: "The full name."
        },
        country: {
          type: "string",
          pattern: "^[A-Z]{2}$",
          description: "An ISO 3166-1 alpha-2 country code; GB for the United Kingdom."
        }
      },
      required: [
        "short",
        "name",
        "country"
      ],
      additionalProperties: false
    },
    lead: {
      description: "True when the authority acts as lead supervisory authority (GDPR Art. 56).",
      type: "boolean"
    },
    concerned: {
      description: "The concerned supervisory authorities (GDPR Art. 4(22)) under the one-stop-shop.",
      type: "array",
      items: {
        type: "object",
        properties: {
          short: {
            type: "string",
            minLength: 1,
            maxLength: 2e3,
            description: "e.g. CNIL."
          },
          name: {
            type: "string",
            minLength: 1,
            maxLength: 2e3,
            description: "The full name."
          },
          country: {
            type: "string",
            pattern: "^[A-Z]{2}$",
            description: "An ISO 3166-1 alpha-2 country code; GB for the United Kingdom."
          }
        },
        required: [
          "short",
          "name",
          "country"
        ],
        additionalProperties: false
      }
    },
    jurisdiction: {
      anyOf: [
        {
          type: "string",
          enum: [
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
            "IE",
            "LU",
            "ES",
            "BE",
            "PL",
            "SE",
            "NO",
            "DK",
            "FI"
          ],
          description: "Whose time rules and public holidays apply: EU (Regulation 1182/71), FR, IT, GR, GB (England and Wales), NL, AT, a German Land as DE-<Land> (e.g. DE-HH), IE, LU, ES, BE, PL, SE, NO, DK or FI."
        },
        {
          type: "string",
          const: "custom"
        }
      ],
      description: "Whose time rules and public holidays apply: EU (Regulation 1182/71), FR, IT, GR, GB (England and Wales), NL, AT, a German Land as DE-<Land> (e.g. DE-HH), IE, LU, ES, BE, PL, SE, NO, DK or FI. Or custom, for a legal order dossier has no rules for, with its rule stated in custom-rule."
    },
    "custom-rule": {
      type: "string",
      minLength: 1,
      maxLength: 2e3,
      description: 'With jurisdiction: custom, the time rules that apply, as a citation, e.g. "C\xF3digo do Procedimento Administrativo art. 87". Periods are then not computed: dossier does not know that calendar.'
    },
    law: {
      type: "string",
      enum: [
        "GDPR",
        "UK-GDPR"
      ]
    },
    acts: {
      type: "array",
      items: {
        type: "string",
        minLength: 1,
        maxLength: 2e3,
        description: "A national act cited."
      }
    },
    respondents: {
      minItems: 1,
      type: "array",
      items: {
        type: "object",
        properties: {
          id: {
            description: "Needed only when a measure names the respondents it is addressed to.",
            type: "string",
            maxLength: 64,
            pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$"
          },
          name: {
            type: "string",
            minLength: 1,
            maxLength: 2e3,
            description: "The legal name."
          },
          country: {
            type: "string",
            pattern: "^[A-Z]{2}$",
            description: "An ISO 3166-1 alpha-2 country code; GB for the United Kingdom."
          },
          role: {
            type: "string",
            minLength: 1,
            maxLength: 2e3,
            description: 'e.g. "controller", "jointly and severally liable", "parent company".'
          },
          undertaking: {
            type: "string",
            minLength: 1,
            maxLength: 2e3,
            description: "The undertaking whose worldwide turnover counts for the Art. 83 caps, when it is not the respondent itself."
          },
          turnover: {
            description: "The undertaking's worldwide annual turnover, per financial year.",
            type: "array",
            items: {
              type: "object",
              properties: {
                year: {
                  type: "integer",
                  minimum: 1900,
                  maximum: 2999,
                  description: "The financial year."
                },
                amount: {
                  type: "string",
                  pattern: "^\\d{1,15}(?:\\.\\d{1,4})?$",
                  description: 'An exact amount as quoted decimal text, e.g. "20000000" or "7552800.00"; never a bare number.'
                },
                currency: {
                  type: "string",
                  pattern: "^[A-Z]{3}$",
                  description: "An ISO 4217 currency code, e.g. EUR, GBP."
                },
                approximate: {
                  description: "True when only a rounded figure is public.",
                  type: "boolean"
                },
                sources: {
                  type: "array",
                  items: {
                    type: "string",
                    maxLength: 64,
                    pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                    description: "The id of sources in this file."
                  },
                  description: "Ids of the sources that support this fact."
                },
                note: {
                  type: "string",
                  minLength: 1,
                  maxLength: 2e3,
                  description: "Free text: what is uncertain or disputed about this item."
                }
              },
              required: [
                "year",
                "amount",
                "currency"
              ],
              additionalProperties: false
            }
          },
          sources: {
            type: "array",
            items: {
              type: "string",
              maxLength: 64,
              pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
              description: "The id of sources in this file."
            },
            description: "Ids of the sources that support this fact."
          }
        },
        required: [
          "name",
          "country"
        ],
        additionalProperties: false
      }
    },
    sources: {
      minItems: 1,
      type: "array",
      items: {
        type: "object",
        properties: {
          id: {
            type: "string",
            maxLength: 64,
            pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
            description: 'A slug: lower-case letters, digits and single hyphens, e.g. "sanction".'
          },
          title: {
            type: "string",
            minLength: 1,
            maxLength: 2e3,
            description: "The title of the document, as published."
          },
          url: {
            type: "string",
            maxLength: 2e3,
            pattern: "^https?:\\/\\/\\S+$",
            description: "An http(s) address."
          },
          published: {
            description: "When the source was published.",
            type: "string",
            pattern: "^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$"
          },
          checked: {
            description: "When someone last checked the source and the facts that cite it.",
            type: "string",
            pattern: "^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$"
          },
          publisher: {
            type: "string",
            minLength: 1,
            maxLength: 2e3,
            description: "Who published it."
          },
          archive: {
            description: "An archived copy, e.g. on the Wayback Machine.",
            type: "string",
            maxLength: 2e3,
            pattern: "^https?:\\/\\/\\S+$"
          },
          language: {
            description: "ISO 639-1 language code, e.g. fr.",
            type: "string",
            pattern: "^[a-z]{2}$"
          },
          note: {
            type: "string",
            minLength: 1,
            maxLength: 2e3,
            description: "Free text: what is uncertain or disputed about this item."
          }
        },
        required: [
          "id",
          "title",
          "url"
        ],
        additionalProperties: false
      }
    },
    events: {
      minItems: 1,
      type: "array",
      items: {
        type: "object",
        properties: {
          id: {
            type: "string",
            maxLength: 64,
            pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
            description: 'A slug: lower-case letters, digits and single hyphens, e.g. "sanction".'
          },
          date: {
            type: "string",
            pattern: "^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$",
            description: 'A calendar date, to the day (2022-10-17), the month (2022-10) or the year ("2022", quoted).'
          },
          kind: {
            type: "string",
            enum: [
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
            ]
          },
          body: {
            type: "string",
            minLength: 1,
            maxLength: 2e3,
            description: 'Who took this step when it is not the case\u2019s authority, e.g. "EDPB" or a court.'
          },
          ref: {
            type: "string",
            minLength: 1,
            maxLength: 2e3,
            description: "The reference number, e.g. SAN-2022-019."
          },
          summary: {
            type: "string",
            minLength: 1,
            maxLength: 2e3,
            description: "One line saying what happened."
          },
          notified: {
            description: 'When the decision reached the respondent: a date; "unknown" (the default: periods count from the event date, flagged); or { status: not-notified, as-of } when a source says it had not been notified.',
            anyOf: [
              {
                type: "string",
                pattern: "^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$",
                description: 'A calendar date, to the day (2022-10-17), the month (2022-10) or the year ("2022", quoted).'
              },
              {
                type: "string",
                const: "unknown"
              },
              {
                type: "object",
                properties: {
                  status: {
                    type: "string",
                    const: "not-notified"
                  },
                  "as-of": {
                    type: "string",
                    pattern: "^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$",
                    description: "The day a source says the decision had still not been notified."
                  },
                  sources: {
                    type: "array",
                    items: {
                      type: "string",
                      maxLength: 64,
                      pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                      description: "The id of sources in this file."
                    },
                    description: "Ids of the sources that support this fact."
                  },
                  note: {
                    type: "string",
                    minLength: 1,
                    maxLength: 2e3,
                    description: "Free text: what is uncertain or disputed about this item."
                  }
                },
                required: [
                  "status",
                  "as-of"
                ],
                additionalProperties: false
              }
            ]
          },
          final: {
            description: "The day the decision became final (no further ordinary remedy).",
            type: "string",
            pattern: "^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$"
          },
          "instructed-by": {
            type: "string",
            maxLength: 64,
            pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
            description: "The id of the binding decision (e.g. of the EDPB under GDPR Art. 65) this decision implements in this file."
          },
          sources: {
            type: "array",
            items: {
              type: "string",
              maxLength: 64,
              pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
              description: "The id of sources in this file."
            },
            description: "Ids of the sources that support this fact."
          },
          note: {
            type: "string",
            minLength: 1,
            maxLength: 2e3,
            description: "Free text: what is uncertain or disputed about this item."
          }
        },
        required: [
          "id",
          "date",
          "kind",
          "summary"
        ],
        additionalProperties: false
      }
    },
    findings: {
      description: "What a decision declared without imposing anything.",
      type: "array",
      items: {
        type: "object",
        properties: {
          id: {
            type: "string",
            maxLength: 64,
            pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
            description: 'A slug: lower-case letters, digits and single hyphens, e.g. "sanction".'
          },
          decision: {
            type: "string",
            maxLength: 64,
            pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
            description: "The id of the event (usually a decision) that declared it in this file."
          },
          kind: {
            type: "string",
            enum: [
              "infringement",
              "unlawful-processing",
              "no-infringement",
              "request-refused",
              "other"
            ]
          },
          articles: {
            description: "The provisions the finding is about.",
            minItems: 1,
            type: "array",
            items: {
              anyOf: [
                {
                  type: "integer",
                  minimum: 1,
                  maximum: 9007199254740991
                },
                {
                  type: "string",
                  pattern: "^([1-9]\\d?)(?:\\((\\d{1,2}[a-z]?)\\))?(?:\\(([a-z])\\))?$"
                }
              ],
              description: 'A GDPR article, e.g. 6 or "5(1)(a)".'
            }
          },
          summary: {
            type: "string",
            minLength: 1,
            maxLength: 2e3,
            description: 'What the decision declared, in one line (e.g. "a general ban was refused").'
          },
          sources: {
            type: "array",
            items: {
              type: "string",
              maxLength: 64,
              pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
              description: "The id of sources in this file."
            },
            description: "Ids of the sources that support this fact."
          },
          note: {
            type: "string",
            minLength: 1,
            maxLength: 2e3,
            description: "Free text: what is uncertain or disputed about this item."
          }
        },
        required: [
          "id",
          "decision",
          "kind",
          "summary"
        ],
        additionalProperties: false
      }
    },
    measures: {
      type: "array",
      items: {
        oneOf: [
          {
            type: "object",
            properties: {
              id: {
                type: "string",
                maxLength: 64,
                pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                description: 'A slug: lower-case letters, digits and single hyphens, e.g. "sanction".'
              },
              decision: {
                type: "string",
                maxLength: 64,
                pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                description: "The id of the event (usually a decision) that imposed the measure in this file."
              },
              summary: {
                type: "string",
                minLength: 1,
                maxLength: 2e3,
                description: "What the measure requires, in one line."
              },
              respondents: {
                minItems: 1,
                type: "array",
                items: {
                  type: "string",
                  maxLength: 64,
                  pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                  description: "The id of the respondents the measure is addressed to (default: all) in this file."
                },
                description: "Ids of the respondents the measure is addressed to (default: all) in this file."
              },
              sources: {
                type: "array",
                items: {
                  type: "string",
                  maxLength: 64,
                  pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                  description: "The id of sources in this file."
                },
                description: "Ids of the sources that support this fact."
              },
              note: {
                type: "string",
                minLength: 1,
                maxLength: 2e3,
                description: "Free text: what is uncertain or disputed about this item."
              },
              kind: {
                type: "string",
                const: "fine"
              },
              amount: {
                type: "string",
                pattern: "^\\d{1,15}(?:\\.\\d{1,4})?$",
                description: 'An exact amount as quoted decimal text, e.g. "20000000" or "7552800.00"; never a bare number.'
              },
              currency: {
                type: "string",
                pattern: "^[A-Z]{3}$",
                description: "An ISO 4217 currency code, e.g. EUR, GBP."
              },
              articles: {
                minItems: 1,
                type: "array",
                items: {
                  anyOf: [
                    {
                      type: "integer",
                      minimum: 1,
                      maximum: 9007199254740991
                    },
                    {
                      type: "string",
                      pattern: "^([1-9]\\d?)(?:\\((\\d{1,2}[a-z]?)\\))?(?:\\(([a-z])\\))?$"
                    }
                  ],
                  description: 'A GDPR article, e.g. 6 or "5(1)(a)".'
                },
                description: "The provisions found to be breached."
              },
              tier: {
                type: "string",
                enum: [
                  "83(4)",
                  "83(5)",
                  "83(6)"
                ],
                description: "The Art. 83 paragraph whose maximum applies."
              },
              proposed: {
                type: "object",
                properties: {
                  event: {
                    type: "string",
                    maxLength: 64,
                    pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                    description: "The id of the notice of intent in this file."
                  },
                  amount: {
                    type: "string",
                    pattern: "^\\d{1,15}(?:\\.\\d{1,4})?$",
                    description: 'An exact amount as quoted decimal text, e.g. "20000000" or "7552800.00"; never a bare number.'
                  },
                  currency: {
                    type: "string",
                    pattern: "^[A-Z]{3}$",
                    description: "An ISO 4217 currency code, e.g. EUR, GBP."
                  },
                  approximate: {
                    description: "True when the proposed amount is only known roughly.",
                    type: "boolean"
                  }
                },
                required: [
                  "event",
                  "amount"
                ],
                additionalProperties: false
              },
              due: {
                description: "When payment falls due.",
                anyOf: [
                  {
                    type: "object",
                    properties: {
                      period: {
                        type: "string",
                        pattern: "^(?:[1-9]\\d{0,3} working days?|[1-9]\\d{0,3} (?:days?|weeks?|months?|years?)(?: \\+ [1-9]\\d{0,3} (?:days?|weeks?|months?|years?)){0,3})$",
                        description: 'A period: "2 months", "28 days", "6 weeks", "1 year", "10 working days", or calendar parts counted in turn: "2 months + 10 days".'
                      },
                      from: {
                        type: "string",
                        maxLength: 64,
                        pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                        description: "The id of the event the period runs from (its notification date when known) in this file."
                      },
                      jurisdiction: {
                        description: "Overrides the case's jurisdiction for this deadline.",
                        type: "string",
                        enum: [
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
                          "IE",
                          "LU",
                          "ES",
                          "BE",
                          "PL",
                          "SE",
                          "NO",
                          "DK",
                          "FI"
                        ]
                      },
                      extend: {
                        description: "Whether a last day falling on a weekend or public holiday moves to the next working day; the default is the jurisdiction\u2019s rule.",
                        type: "boolean"
                      },
                      franc: {
                        description: "A French d\xE9lai franc (administrative appeals): the last day is the day after the same-date day (CE 29 Dec 2006 n\xB0289818).",
                        type: "boolean"
                      },
                      "holiday-country": {
                        description: "EU periods only: the Member State whose public holidays count (Reg. 1182/71 art. 2(1)), e.g. FR.",
                        type: "string",
                        pattern: "^[A-Z]{2}$"
                      },
                      "summer-suspension": {
                        description: "IT and ES periods only: the period does not run from 1 to 31 August (IT: legge 742/1969; ES: LJCA art. 128.2, appeals to the courts).",
                        type: "boolean"
                      },
                      "start-day-included": {
                        description: "IE periods only: whether the day of service is day 1 of the period (default true, Interpretation Act 2005 s.18(h)); false counts from the next day.",
                        type: "boolean"
                      },
                      "natural-days": {
                        description: "ES periods only: count a period in days in calendar days (d\xEDas naturales) instead of d\xEDas h\xE1biles (Ley 39/2015 art. 30.2).",
                        type: "boolean"
                      },
                      "saturday-working": {
                        description: "IT and GR periods only: treat Saturday as a working day (the default treats it as non-working).",
                        type: "boolean"
                      },
                      basis: {
                        type: "string",
                        minLength: 1,
                        maxLength: 2e3,
                        description: 'The legal basis of the period, e.g. "CJA art. R421-1".'
                      }
                    },
                    required: [
                      "period",
                      "from"
                    ],
                    additionalProperties: false
                  },
                  {
                    type: "object",
                    properties: {
                      date: {
                        type: "string",
                        pattern: "^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$",
                        description: "A fixed last day named in the decision."
                      },
                      basis: {
                        type: "string",
                        minLength: 1,
                        maxLength: 2e3,
                        description: 'The legal basis of the period, e.g. "CJA art. R421-1".'
                      }
                    },
                    required: [
                      "date"
                    ],
                    additionalProperties: false
                  },
                  {
                    type: "object",
                    properties: {
                      before: {
                        type: "string",
                        pattern: "^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$",
                        description: 'The decision requires the act before this day ("avant le 1er juillet 2023"): the last day is the day before. A month or a year means before its first day.'
                      },
                      basis: {
                        type: "string",
                        minLength: 1,
                        maxLength: 2e3,
                        description: 'The legal basis of the period, e.g. "CJA art. R421-1".'
                      }
                    },
                    required: [
                      "before"
                    ],
                    additionalProperties: false
                  }
                ]
              },
              payment: {
                type: "object",
                properties: {
                  status: {
                    type: "string",
                    enum: [
                      "paid",
                      "partly-paid",
                      "unpaid",
                      "unknown"
                    ]
                  },
                  paid: {
                    description: "The amount collected so far.",
                    type: "string",
                    pattern: "^\\d{1,15}(?:\\.\\d{1,4})?$"
                  },
                  date: {
                    description: "When the last payment was made.",
                    type: "string",
                    pattern: "^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$"
                  },
                  "as-of": {
                    description: "The day a source last confirms this status.",
                    type: "string",
                    pattern: "^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$"
                  },
                  sources: {
                    type: "array",
                    items: {
                      type: "string",
                      maxLength: 64,
                      pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                      description: "The id of sources in this file."
                    },
                    description: "Ids of the sources that support this fact."
                  },
                  note: {
                    type: "string",
                    minLength: 1,
                    maxLength: 2e3,
                    description: "Free text: what is uncertain or disputed about this item."
                  }
                },
                required: [
                  "status"
                ],
                additionalProperties: false
              }
            },
            required: [
              "id",
              "decision",
              "summary",
              "kind",
              "amount",
              "currency",
              "articles",
              "tier"
            ],
            additionalProperties: false
          },
          {
            type: "object",
            properties: {
              id: {
                type: "string",
                maxLength: 64,
                pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                description: 'A slug: lower-case letters, digits and single hyphens, e.g. "sanction".'
              },
              decision: {
                type: "string",
                maxLength: 64,
                pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                description: "The id of the event (usually a decision) that imposed the measure in this file."
              },
              summary: {
                type: "string",
                minLength: 1,
                maxLength: 2e3,
                description: "What the measure requires, in one line."
              },
              respondents: {
                minItems: 1,
                type: "array",
                items: {
                  type: "string",
                  maxLength: 64,
                  pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                  description: "The id of the respondents the measure is addressed to (default: all) in this file."
                },
                description: "Ids of the respondents the measure is addressed to (default: all) in this file."
              },
              sources: {
                type: "array",
                items: {
                  type: "string",
                  maxLength: 64,
                  pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                  description: "The id of sources in this file."
                },
                description: "Ids of the sources that support this fact."
              },
              note: {
                type: "string",
                minLength: 1,
                maxLength: 2e3,
                description: "Free text: what is uncertain or disputed about this item."
              },
              kind: {
                type: "string",
                enum: [
                  "order",
                  "ban"
                ]
              },
              orders: {
                minItems: 1,
                type: "array",
                items: {
                  type: "string",
                  enum: [
                    "stop-processing",
                    "delete-data",
                    "answer-access-requests",
                    "appoint-representative",
                    "report-compliance",
                    "inform-data-subjects",
                    "bring-into-compliance",
                    "other"
                  ]
                }
              },
              power: {
                description: "The letter of GDPR Art. 58(2) the order rests on, when the kinds of order do not say it (e.g. d: bring into compliance).",
                type: "string",
                enum: [
                  "a",
                  "b",
                  "c",
                  "d",
                  "e",
                  "f",
                  "g",
                  "h",
                  "i",
                  "j"
                ]
              },
              due: {
                description: "When the order must be complied with.",
                anyOf: [
                  {
                    type: "object",
                    properties: {
                      period: {
                        type: "string",
                        pattern: "^(?:[1-9]\\d{0,3} working days?|[1-9]\\d{0,3} (?:days?|weeks?|months?|years?)(?: \\+ [1-9]\\d{0,3} (?:days?|weeks?|months?|years?)){0,3})$",
                        description: 'A period: "2 months", "28 days", "6 weeks", "1 year", "10 working days", or calendar parts counted in turn: "2 months + 10 days".'
                      },
                      from: {
                        type: "string",
                        maxLength: 64,
                        pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                        description: "The id of the event the period runs from (its notification date when known) in this file."
                      },
                      jurisdiction: {
                        description: "Overrides the case's jurisdiction for this deadline.",
                        type: "string",
                        enum: [
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
                          "IE",
                          "LU",
                          "ES",
                          "BE",
                          "PL",
                          "SE",
                          "NO",
                          "DK",
                          "FI"
                        ]
                      },
                      extend: {
                        description: "Whether a last day falling on a weekend or public holiday moves to the next working day; the default is the jurisdiction\u2019s rule.",
                        type: "boolean"
                      },
                      franc: {
                        description: "A French d\xE9lai franc (administrative appeals): the last day is the day after the same-date day (CE 29 Dec 2006 n\xB0289818).",
                        type: "boolean"
                      },
                      "holiday-country": {
                        description: "EU periods only: the Member State whose public holidays count (Reg. 1182/71 art. 2(1)), e.g. FR.",
                        type: "string",
                        pattern: "^[A-Z]{2}$"
                      },
                      "summer-suspension": {
                        description: "IT and ES periods only: the period does not run from 1 to 31 August (IT: legge 742/1969; ES: LJCA art. 128.2, appeals to the courts).",
                        type: "boolean"
                      },
                      "start-day-included": {
                        description: "IE periods only: whether the day of service is day 1 of the period (default true, Interpretation Act 2005 s.18(h)); false counts from the next day.",
                        type: "boolean"
                      },
                      "natural-days": {
                        description: "ES periods only: count a period in days in calendar days (d\xEDas naturales) instead of d\xEDas h\xE1biles (Ley 39/2015 art. 30.2).",
                        type: "boolean"
                      },
                      "saturday-working": {
                        description: "IT and GR periods only: treat Saturday as a working day (the default treats it as non-working).",
                        type: "boolean"
                      },
                      basis: {
                        type: "string",
                        minLength: 1,
                        maxLength: 2e3,
                        description: 'The legal basis of the period, e.g. "CJA art. R421-1".'
                      }
                    },
                    required: [
                      "period",
                      "from"
                    ],
                    additionalProperties: false
                  },
                  {
                    type: "object",
                    properties: {
                      date: {
                        type: "string",
                        pattern: "^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$",
                        description: "A fixed last day named in the decision."
                      },
                      basis: {
                        type: "string",
                        minLength: 1,
                        maxLength: 2e3,
                        description: 'The legal basis of the period, e.g. "CJA art. R421-1".'
                      }
                    },
                    required: [
                      "date"
                    ],
                    additionalProperties: false
                  },
                  {
                    type: "object",
                    properties: {
                      before: {
                        type: "string",
                        pattern: "^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$",
                        description: 'The decision requires the act before this day ("avant le 1er juillet 2023"): the last day is the day before. A month or a year means before its first day.'
                      },
                      basis: {
                        type: "string",
                        minLength: 1,
                        maxLength: 2e3,
                        description: 'The legal basis of the period, e.g. "CJA art. R421-1".'
                      }
                    },
                    required: [
                      "before"
                    ],
                    additionalProperties: false
                  }
                ]
              },
              penalty: {
                type: "object",
                properties: {
                  per: {
                    anyOf: [
                      {
                        type: "string",
                        enum: [
                          "day",
                          "breach",
                          "lump-sum",
                          "unknown"
                        ]
                      },
                      {
                        type: "string",
                        pattern: "^([1-9]\\d{0,3}) (days?|weeks?|months?|years?|working days?)$",
                        description: 'A period of one unit: "1 week", "1 month".'
                      }
                    ],
                    description: 'What one amount is due for: day (of delay), a period such as "1 week", breach, lump-sum (all at once), or unknown (only the maximum is known).'
                  },
                  amount: {
                    description: "The amount per unit (or the lump sum); absent when `per: unknown`.",
                    type: "string",
                    pattern: "^\\d{1,15}(?:\\.\\d{1,4})?$"
                  },
                  currency: {
                    type: "string",
                    pattern: "^[A-Z]{3}$",
                    description: "An ISO 4217 currency code, e.g. EUR, GBP."
                  },
                  maximum: {
                    description: "The most that can become due in all (mandatory for a Dutch last onder dwangsom, Awb 5:32b).",
                    type: "string",
                    pattern: "^\\d{1,15}(?:\\.\\d{1,4})?$"
                  },
                  "payable-by": {
                    description: "liquidation: payable only once a later decision liquidates it (French astreinte, D\xE9cret 2019-536 art. 44); forfeiture: forfeited by law, collected by a later decision (Dutch dwangsom, Awb 5:33 and 5:37). Default: liquidation in FR, forfeiture in NL; required elsewhere.",
                    type: "string",
                    enum: [
                      "liquidation",
                      "forfeiture"
                    ]
                  },
                  from: {
                    description: "The first day it can run, when the decision sets one; by default the day after the compliance deadline.",
                    type: "string",
                    pattern: "^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$"
                  },
                  liquidations: {
                    type: "array",
                    items: {
                      type: "object",
                      properties: {
                        event: {
                          type: "string",
                          maxLength: 64,
                          pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                          description: "The id of the liquidation decision (an event) in this file."
                        },
                        from: {
                          type: "string",
                          pattern: "^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$",
                          description: "First date of the period liquidated, as the decision states it."
                        },
                        to: {
                          type: "string",
                          pattern: "^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$",
                          description: "Last date of the period liquidated, as the decision states it."
                        },
                        amount: {
                          type: "string",
                          pattern: "^\\d{1,15}(?:\\.\\d{1,4})?$",
                          description: "The amount made payable; the authority may set less than rate \xD7 days."
                        },
                        sources: {
                          type: "array",
                          items: {
                            type: "string",
                            maxLength: 64,
                            pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                            description: "The id of sources in this file."
                          },
                          description: "Ids of the sources that support this fact."
                        },
                        note: {
                          type: "string",
                          minLength: 1,
                          maxLength: 2e3,
                          description: "Free text: what is uncertain or disputed about this item."
                        }
                      },
                      required: [
                        "event",
                        "from",
                        "to",
                        "amount"
                      ],
                      additionalProperties: false
                    }
                  },
                  collections: {
                    type: "array",
                    items: {
                      type: "object",
                      properties: {
                        event: {
                          type: "string",
                          maxLength: 64,
                          pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                          description: "The id of the collection decision (an event), e.g. an invorderingsbesluit under Awb 5:37 in this file."
                        },
                        amount: {
                          type: "string",
                          pattern: "^\\d{1,15}(?:\\.\\d{1,4})?$",
                          description: "The forfeited amount the decision collects."
                        },
                        sources: {
                          type: "array",
                          items: {
                            type: "string",
                            maxLength: 64,
                            pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                            description: "The id of sources in this file."
                          },
                          description: "Ids of the sources that support this fact."
                        },
                        note: {
                          type: "string",
                          minLength: 1,
                          maxLength: 2e3,
                          description: "Free text: what is uncertain or disputed about this item."
                        }
                      },
                      required: [
                        "event",
                        "amount"
                      ],
                      additionalProperties: false
                    }
                  },
                  basis: {
                    type: "string",
                    minLength: 1,
                    maxLength: 2e3,
                    description: 'The legal basis, e.g. "Loi 78-17 art. 20 III".'
                  },
                  note: {
                    type: "string",
                    minLength: 1,
                    maxLength: 2e3,
                    description: "Free text: what is uncertain or disputed about this item."
                  }
                },
                required: [
                  "per",
                  "currency"
                ],
                additionalProperties: false,
                description: "A penalty payment (astreinte, last onder dwangsom) attached to an order."
              },
              compliance: {
                type: "object",
                properties: {
                  status: {
                    type: "string",
                    enum: [
                      "complied",
                      "partly-complied",
                      "not-complied",
                      "unknown"
                    ]
                  },
                  date: {
                    description: "When the order was complied with (complied only).",
                    type: "string",
                    pattern: "^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$"
                  },
                  "as-of": {
                    description: "The day a source last confirms this status; a penalty accrues no further than this unless `continuing`.",
                    type: "string",
                    pattern: "^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$"
                  },
                  continuing: {
                    description: "True when a source says non-compliance continues beyond `as-of`.",
                    type: "boolean"
                  },
                  sources: {
                    type: "array",
                    items: {
                      type: "string",
                      maxLength: 64,
                      pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                      description: "The id of sources in this file."
                    },
                    description: "Ids of the sources that support this fact."
                  },
                  note: {
                    type: "string",
                    minLength: 1,
                    maxLength: 2e3,
                    description: "Free text: what is uncertain or disputed about this item."
                  }
                },
                required: [
                  "status"
                ],
                additionalProperties: false
              },
              "superseded-by": {
                type: "string",
                maxLength: 64,
                pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                description: "The id of the later event that took the place of this order, e.g. the sanction after a formal notice in this file."
              }
            },
            required: [
              "id",
              "decision",
              "summary",
              "kind"
            ],
            additionalProperties: false
          },
          {
            type: "object",
            properties: {
              id: {
                type: "string",
                maxLength: 64,
                pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                description: 'A slug: lower-case letters, digits and single hyphens, e.g. "sanction".'
              },
              decision: {
                type: "string",
                maxLength: 64,
                pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                description: "The id of the event (usually a decision) that imposed the measure in this file."
              },
              summary: {
                type: "string",
                minLength: 1,
                maxLength: 2e3,
                description: "What the measure requires, in one line."
              },
              respondents: {
                minItems: 1,
                type: "array",
                items: {
                  type: "string",
                  maxLength: 64,
                  pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                  description: "The id of the respondents the measure is addressed to (default: all) in this file."
                },
                description: "Ids of the respondents the measure is addressed to (default: all) in this file."
              },
              sources: {
                type: "array",
                items: {
                  type: "string",
                  maxLength: 64,
                  pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                  description: "The id of sources in this file."
                },
                description: "Ids of the sources that support this fact."
              },
              note: {
                type: "string",
                minLength: 1,
                maxLength: 2e3,
                description: "Free text: what is uncertain or disputed about this item."
              },
              kind: {
                type: "string",
                enum: [
                  "reprimand",
                  "warning"
                ]
              }
            },
            required: [
              "id",
              "decision",
              "summary",
              "kind"
            ],
            additionalProperties: false
          }
        ]
      }
    },
    deadlines: {
      description: "Appeal and other periods the law attaches to an event.",
      type: "array",
      items: {
        type: "object",
        properties: {
          id: {
            type: "string",
            maxLength: 64,
            pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
            description: 'A slug: lower-case letters, digits and single hyphens, e.g. "sanction".'
          },
          label: {
            type: "string",
            minLength: 1,
            maxLength: 2e3,
            description: 'What must be done, e.g. "Appeal to the Conseil d\u2019\xC9tat".'
          },
          period: {
            type: "string",
            pattern: "^(?:[1-9]\\d{0,3} working days?|[1-9]\\d{0,3} (?:days?|weeks?|months?|years?)(?: \\+ [1-9]\\d{0,3} (?:days?|weeks?|months?|years?)){0,3})$",
            description: 'A period: "2 months", "28 days", "6 weeks", "1 year", "10 working days", or calendar parts counted in turn: "2 months + 10 days".'
          },
          from: {
            type: "string",
            maxLength: 64,
            pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
            description: "The id of the event the period runs from in this file."
          },
          jurisdiction: {
            description: "Overrides the case's jurisdiction for this deadline.",
            type: "string",
            enum: [
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
              "IE",
              "LU",
              "ES",
              "BE",
              "PL",
              "SE",
              "NO",
              "DK",
              "FI"
            ]
          },
          extend: {
            description: "Whether a last day falling on a weekend or public holiday moves to the next working day; the default is the jurisdiction\u2019s rule.",
            type: "boolean"
          },
          franc: {
            description: "A French d\xE9lai franc (administrative appeals): the last day is the day after the same-date day (CE 29 Dec 2006 n\xB0289818).",
            type: "boolean"
          },
          "holiday-country": {
            description: "EU periods only: the Member State whose public holidays count (Reg. 1182/71 art. 2(1)), e.g. FR.",
            type: "string",
            pattern: "^[A-Z]{2}$"
          },
          "summer-suspension": {
            description: "IT and ES periods only: the period does not run from 1 to 31 August (IT: legge 742/1969; ES: LJCA art. 128.2, appeals to the courts).",
            type: "boolean"
          },
          "start-day-included": {
            description: "IE periods only: whether the day of service is day 1 of the period (default true, Interpretation Act 2005 s.18(h)); false counts from the next day.",
            type: "boolean"
          },
          "natural-days": {
            description: "ES periods only: count a period in days in calendar days (d\xEDas naturales) instead of d\xEDas h\xE1biles (Ley 39/2015 art. 30.2).",
            type: "boolean"
          },
          "saturday-working": {
            description: "IT and GR periods only: treat Saturday as a working day (the default treats it as non-working).",
            type: "boolean"
          },
          basis: {
            type: "string",
            minLength: 1,
            maxLength: 2e3,
            description: 'The legal basis of the period, e.g. "CJA art. R421-1".'
          },
          sources: {
            type: "array",
            items: {
              type: "string",
              maxLength: 64,
              pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
              description: "The id of sources in this file."
            },
            description: "Ids of the sources that support this fact."
          },
          note: {
            type: "string",
            minLength: 1,
            maxLength: 2e3,
            description: "Free text: what is uncertain or disputed about this item."
          }
        },
        required: [
          "id",
          "label",
          "period",
          "from"
        ],
        additionalProperties: false
      }
    },
    appeals: {
      type: "array",
      items: {
        type: "object",
        properties: {
          id: {
            type: "string",
            maxLength: 64,
            pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
            description: 'A slug: lower-case letters, digits and single hyphens, e.g. "sanction".'
          },
          court: {
            type: "string",
            minLength: 1,
            maxLength: 2e3,
            description: "The court or tribunal."
          },
          ref: {
            type: "string",
            minLength: 1,
            maxLength: 2e3,
            description: "The case number."
          },
          appellant: {
            type: "string",
            minLength: 1,
            maxLength: 2e3,
            description: 'Who appealed, e.g. "Clearview AI Inc." or "ICO".'
          },
          against: {
            minItems: 1,
            type: "array",
            items: {
              type: "string",
              maxLength: 64,
              pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
              description: "The id of what is challenged: measures, findings, a decision (event) as a whole, or earlier appeals in this file."
            },
            description: "Ids of what is challenged: measures, findings, a decision (event) as a whole, or earlier appeals in this file."
          },
          filed: {
            description: "When the appeal was lodged; without it, it counts from the day the challenged decision was given.",
            type: "string",
            pattern: "^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$"
          },
          filing: {
            description: "filed (the default); announced: a party said it would appeal; unknown: whether it was filed is not known.",
            type: "string",
            enum: [
              "filed",
              "announced",
              "unknown"
            ]
          },
          decision: {
            type: "string",
            maxLength: 64,
            pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
            description: "The id of the judgment event in this file."
          },
          outcome: {
            type: "string",
            enum: [
              "pending",
              "dismissed",
              "allowed",
              "partly-allowed",
              "remitted",
              "withdrawn",
              "unknown"
            ]
          },
          effects: {
            description: "What the outcome did to each thing challenged.",
            type: "array",
            items: {
              type: "object",
              properties: {
                on: {
                  type: "string",
                  maxLength: 64,
                  pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                  description: "The id of the measure, finding or earlier appeal the effect is on in this file."
                },
                effect: {
                  type: "string",
                  enum: [
                    "upheld",
                    "annulled",
                    "reduced",
                    "remitted",
                    "set-aside"
                  ],
                  description: "upheld; annulled (nothing stands); reduced (to `amount`); remitted (annulled and sent back for a new decision); set-aside (an earlier judgment no longer stands)."
                },
                amount: {
                  description: "The amount that stands after a reduction.",
                  type: "string",
                  pattern: "^\\d{1,15}(?:\\.\\d{1,4})?$"
                },
                note: {
                  type: "string",
                  minLength: 1,
                  maxLength: 2e3,
                  description: "Free text: what is uncertain or disputed about this item."
                }
              },
              required: [
                "on",
                "effect"
              ],
              additionalProperties: false
            }
          },
          "remitted-to": {
            type: "string",
            maxLength: 64,
            pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
            description: "The id of the earlier appeal that is heard again after this one sent the case back in this file."
          },
          sources: {
            type: "array",
            items: {
              type: "string",
              maxLength: 64,
              pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
              description: "The id of sources in this file."
            },
            description: "Ids of the sources that support this fact."
          },
          note: {
            type: "string",
            minLength: 1,
            maxLength: 2e3,
            description: "Free text: what is uncertain or disputed about this item."
          }
        },
        required: [
          "id",
          "court",
          "appellant",
          "against",
          "outcome"
        ],
        additionalProperties: false
      }
    },
    suspensions: {
      description: "Suspensions of payment, compliance or accrual, by a court, the authority, the State or the law.",
      type: "array",
      items: {
        type: "object",
        properties: {
          id: {
            type: "string",
            maxLength: 64,
            pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
            description: 'A slug: lower-case letters, digits and single hyphens, e.g. "sanction".'
          },
          by: {
            type: "string",
            enum: [
              "court",
              "authority",
              "state",
              "law"
            ],
            description: "Who (or what) suspended it."
          },
          body: {
            type: "string",
            minLength: 1,
            maxLength: 2e3,
            description: 'The court or body, e.g. "Pr\xE9sident du tribunal administratif".'
          },
          scope: {
            minItems: 1,
            type: "array",
            items: {
              type: "string",
              enum: [
                "payment",
                "compliance",
                "accrual"
              ]
            },
            description: "What is suspended: payment of fines, compliance with orders, accrual of penalty payments."
          },
          measures: {
            minItems: 1,
            type: "array",
            items: {
              type: "string",
              maxLength: 64,
              pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
              description: "The id of the measures suspended (default: every measure the scope covers) in this file."
            },
            description: "Ids of the measures suspended (default: every measure the scope covers) in this file."
          },
          from: {
            type: "string",
            pattern: "^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$",
            description: "The first day of the suspension."
          },
          to: {
            description: "The last day, when it has ended; absent while it lasts.",
            type: "string",
            pattern: "^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$"
          },
          sources: {
            type: "array",
            items: {
              type: "string",
              maxLength: 64,
              pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
              description: "The id of sources in this file."
            },
            description: "Ids of the sources that support this fact."
          },
          note: {
            type: "string",
            minLength: 1,
            maxLength: 2e3,
            description: "Free text: what is uncertain or disputed about this item."
          }
        },
        required: [
          "id",
          "by",
          "scope",
          "from"
        ],
        additionalProperties: false
      }
    },
    notes: {
      description: "Uncertainties and disagreements between sources.",
      type: "array",
      items: {
        type: "object",
        properties: {
          about: {
            type: "string",
            maxLength: 64,
            pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
            description: "The id of the item the note is about in this file."
          },
          text: {
            type: "string",
            minLength: 1,
            maxLength: 2e3,
            description: "The note."
          },
          sources: {
            type: "array",
            items: {
              type: "string",
              maxLength: 64,
              pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
              description: "The id of sources in this file."
            },
            description: "Ids of the sources that support this fact."
          }
        },
        required: [
          "text"
        ],
        additionalProperties: false
      }
    }
  },
  required: [
    "dossier",
    "id",
    "title",
    "status",
    "authority",
    "jurisdiction",
    "law",
    "respondents",
    "sources",
    "events"
  ],
  additionalProperties: false,
  description: "A dossier case file: one enforcement proceeding.",
  title: "dossier case file, format 2"
};

export {
  dossier_schema_default
};
