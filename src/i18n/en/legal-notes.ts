// The points of law the conventions print with a result, in English: assumptions, open points and
// notes (src/core/time/legal-notes.ts names them). Marks as in the conventions: what is "as recalled"
// or "unconfirmed" stays so in every language.
import type { LegalNote } from '../../core/time/legal-notes.js';

export const legalNotes: Readonly<Record<LegalNote, string>> = {
  'eu-minimum-working-days': 'Reg. 1182/71 art. 3(5) applied as recalled, not checked against the text',
  'fr-decision-period':
    'CPC art. 642 is assumed to extend a deadline fixed in a CNIL decision; this is unconfirmed (an open point: the CNIL has not said how it counts)',
  'it-august-months':
    'for a period in months or years the suspended days are added after the calendar count (Cassazione practice, unverified)',
  'it-decision-period': 'c.p.c. art. 155 is assumed to apply to a period fixed in a Garante decision; unconfirmed',
  'it-saturday':
    'Saturday counted as non-working under c.p.c. art. 155(5), which covers procedural acts outside a hearing; whether it extends a payment deadline is unconfirmed',
  'gr-decision-period': 'AK art. 242 is assumed to apply to a period fixed in an HDPA decision; unconfirmed',
  'gr-saturday':
    'Saturday counted as non-working after ΚΠολΔ 144(3); AK art. 242 names only holidays and the Council of State practice is unverified',
  'gb-decision-period': 'tribunal rule 12 is assumed to apply to a period fixed in an ICO notice; unconfirmed',
  'nl-decision-period':
    'the ATW covers periods set in a statute only, so a period fixed in a decision (begunstigingstermijn) is not extended (inference)',
  'at-decision-period': 'AVG § 33(2) is assumed to move the end of a period fixed by the authority as well; unconfirmed',
  'at-note': 'AVG § 33(3): days in the post are not counted, so a filing handed to a delivery service by this day is in time',
  'de-decision-period':
    'VwVfG § 31(3): a period fixed by the authority moves too, unless the authority expressly set that last day; not checked in the decision',
  'ie-decision-period': 'RSC O.122 r.3 is assumed to move the end of a period fixed in a DPC decision or notice as well; unconfirmed',
  'ie-open-point':
    'the end was moved under RSC O.122 r.3 (court steps); no Irish rule was found for a statutory period ending on a non-working day outside the court rules (open point)',
  'ie-start-day-counted': 'open point: under the Interpretation Act 2005 s.18(h) default the day of service is day 1 of the period',
  'ie-start-day-not-counted':
    'open point: the day of service may not count (a contrary intention under s.4(1), or the court practice of counting from the next day); no Irish authority on the DPA 2018 periods was found',
  'lu-decision-period': 'the 1984 law (ETS 76) is assumed to move the end of a period fixed in a CNPD decision as well; unconfirmed',
  'es-august-months':
    'August is taken out as a whole month, the date-to-date count resuming in September (practice as recalled, not checked against a judgment)',
  'es-august-start':
    'notified in August: counted from 1 September (STS 2 June 2020, rec. 3780/2019); whether 2 months then end on 31 October or 1 November was settled by STS 552/2022, whose holding was not read (open point)',
  'es-august-days':
    "a period in weeks or calendar days is counted with August's days in it, and only a last day in August moves, to the first working day of September (LJCA art. 128.2); whether August is taken out of such a count was not checked (open point)",
  'es-decision-period': 'Ley 39/2015 art. 30 is assumed to govern a period fixed in an AEPD decision as well; unconfirmed',
  'es-open-point':
    'only national holidays were counted: a holiday of the autonomous community or municipality where the party lives or the authority sits is inhábil too (Ley 39/2015 art. 30.6, as recalled); declare those days as extra non-working days',
  'be-decision-period':
    'Code judiciaire art. 53 moves the end of procedural periods only (Cass. 28 April 1988), so a period fixed in an APD decision is not moved (inference)',
  'be-note':
    'Code judiciaire art. 53bis (as recalled): a decision sent by plain registered letter is deemed notified on the 3rd working day after posting, so the period runs from that day',
  'pl-decision-period': 'KPA art. 57 §4 is assumed to move the end of a period fixed in a UODO decision as well; unconfirmed',
  'pl-note': 'KC art. 115 does not move the end of a limitation period (Supreme Court resolution III CZP 21/23, 22 May 2024)',
  'pl-open-point': 'the day of the event is not counted (KPA art. 57 §1), as recalled; the text was not read',
  'se-decision-period':
    'lag 1930:173 covers statutory periods; it is assumed to move the end of a period fixed by IMY as well; unconfirmed',
  'se-open-point': 'the day of the event is assumed not counted for a period in days: lag 1930:173 has no such rule (as recalled)',
  'no-decision-period': 'domstolloven § 149 is assumed to move the end of a period fixed by Datatilsynet as well; unconfirmed',
  'no-note':
    'domstolloven § 146: a filing handed to the post before the end is in time; court appeal periods also leave out the court holidays (rettsferie, § 140), which are not counted here',
  'dk-open-point':
    'Denmark has no general act on how periods are counted: the rule of forældelsesloven § 27, written for limitation periods, was applied by analogy (open point)',
  'fi-decision-period':
    'laki 150/1930 covers statutory periods (§ 1); it is assumed to move the end of a period fixed by the Ombudsman as well; unconfirmed',
  'fi-note': 'laki 150/1930 § 6: an act to be done at an office must be done before the office closes on the last day',
};
