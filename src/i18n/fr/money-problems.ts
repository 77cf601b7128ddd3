// Pourquoi un montant n’a pas de contre-valeur en euros, ou une amende pas de contrôle de plafond.
// Typographie : espace insécable (U+00A0) avant « : ».
import type { MoneyProblem, Unconverted } from '../../analysis/money-problem.js';
import type { CapFailure } from '../../core/money/caps.js';
import type { ConversionFailure } from '../../core/money/convert.js';
import { show } from '../../core/money/rates.js';
import { formatDate, formatMoney, plural } from '../format.js';

const C = '\u00a0: ';
const TOO_LARGE = `exclu${C}le total dépasserait 2^53 − 1 unités mineures, au-delà du calcul exact`;
const date = (iso: string): string => formatDate(iso, 'fr');
const days = (n: number): string => plural(n, { one: 'jour', other: 'jours' }, 'fr');

function conversion(f: ConversionFailure): string {
  switch (f.reason) {
    case 'bad-date':
      return `${show(f.date)} n’est pas une date (AAAA-MM-JJ)`;
    case 'unknown-currency':
      return `la table des taux n’a pas de colonne ${show(f.currency)}`;
    case 'beyond-table':
      return `pas de taux ${f.currency} au ${date(f.date)} ni avant dans cette table, qui s’arrête au ${date(f.lastDate)}`;
    case 'no-rate': {
      const none = `pas de taux ${f.currency} au ${date(f.date)} ni avant`;
      return f.firstDate === undefined ? `${none}${C}la table n’en a aucun` : `${none}${C}le premier est du ${date(f.firstDate)}`;
    }
    case 'stale-rate':
      return `pas de taux ${f.currency} dans les ${days(f.maxAgeDays)} jusqu’au ${date(f.date)}${C}le dernier est du ${date(f.lastDate)}, ${days(f.ageDays)} plus tôt`;
    case 'too-large':
      return `${formatMoney(f.minor, f.currency, 'fr')} au taux de ${f.rate.replace('.', ',')} dépassent 2^53 − 1 centimes d’euro`;
  }
}

function cap(f: CapFailure): string {
  switch (f.reason) {
    case 'unknown-tier':
      return `pas de plafond d’amende pour la loi ${JSON.stringify(f.law)} et le niveau ${JSON.stringify(f.tier)}`;
    case 'currency-mismatch':
      return (
        `le chiffre d’affaires est en ${f.turnoverCurrency} mais le plafond (${f.law}) est en ${f.capCurrency}${C}` +
        `il faut d’abord le convertir en ${f.capCurrency}, à un taux et une date indiqués`
      );
    case 'invalid-turnover':
      return f.field === 'minor'
        ? `le chiffre d’affaires doit être un nombre entier positif ou nul d’unités mineures, et non ${f.value}`
        : `l’année du chiffre d’affaires doit être un nombre entier, et non ${f.value}`;
  }
}

export function moneyProblem(p: MoneyProblem): string {
  switch (p.kind) {
    case 'conversion':
      return conversion(p.failure);
    case 'date-imprecise':
      return `la date de la décision (${date(p.date)}) n’est pas connue au jour près`;
    case 'cap':
      return cap(p.failure);
    case 'cap-currency':
      return `le plafond est en ${p.capCurrency} et l’amende en ${p.fineCurrency}`;
    case 'turnover-conversion':
      return `le chiffre d’affaires ${p.year} est en ${p.currency}${C}${conversion(p.failure)}`;
    case 'turnover-currency':
      return `le chiffre d’affaires ${p.year} est en ${p.currency} et ne peut pas être comparé à un plafond en ${p.capCurrency}`;
    case 'total-too-large':
      return TOO_LARGE;
    case 'payable-too-large':
      return `astreintes exigibles${C}${TOO_LARGE}`;
  }
}

export const unconverted = (u: Unconverted): string =>
  u.item === undefined ? moneyProblem(u.problem) : `${u.item}${C}${moneyProblem(u.problem)}`;
