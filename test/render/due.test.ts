import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderDue } from '../../src/render/due.js';
import { bundledDossier } from '../helpers/dossier.js';

const computation = (caseId: string, id: string) =>
  bundledDossier('2023-02-09')
    .cases.find((c) => c.case.id === caseId)!
    .deadlines.find((d) => d.id === id)!.computation!;

describe('due', () => {
  it('shows the last day first, then the working', async () => {
    const out = renderDue(computation('cnil-clearview-ai', 'appeal-conseil-etat'), {
      chalk: new Chalk({ level: 0 }),
      width: 80,
      locale: 'en',
    });
    await expect(out).toMatchFileSnapshot('../golden/due-cnil-appeal.txt');
    expect(out.split('\n')[0]).toBe('Last day: Monday 20 Feb 2023');
    expect(out).toContain('closes at 24:00 local time (FR); moved from Saturday 18 Feb 2023');
    expect(out).toContain('Saturday 18 Feb 2023: Saturday');
    expect(out).toContain('Rule: délai franc');
  });

  // The Garante's payment period, used here before, has not started on any day on record (the
  // decision is not notified); the CNIL injunction's end rests on an unconfirmed CPC art. 642.
  it('flags assumptions in yellow, in French', async () => {
    const out = renderDue(computation('cnil-clearview-ai', 'injunction'), { chalk: new Chalk({ level: 1 }), width: 80, locale: 'fr' });
    await expect(out).toMatchFileSnapshot('../golden/due-cnil-injunction-fr.txt');
    expect(out).toContain('lundi 19 déc. 2022');
    expect(out).toContain('reporté du samedi 17 déc. 2022');
    expect(out).toContain('lundi 17 oct. 2022 + 2 mois');
    expect(out).toContain('! \u001b[33mon suppose que l’art. 642 du CPC proroge un délai fixé par une décision de');
    expect(out).toContain('\u001b[33mHypothèses :\u001b[39m'.replace(' ', '\u00a0'));
  });
});
