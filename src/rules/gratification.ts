import type { IsoDate } from './calendar-date.ts';
import { yearOf } from './calendar-date.ts';
import { Money } from './money.ts';

/** The minimum hourly internship gratification of a calendar year: 15 % of the hourly social-security ceiling. */
export interface GratificationRate {
  year: number;
  hourly: Money;
  ceilingHourly: Money;
  source: string;
}

export interface GratificationTable {
  rates: GratificationRate[];
  /** Owed when presence exceeds this many days … (D124-6: two months = 44 days) */
  thresholdDays: number;
  /** … or this many hours (308 h). */
  thresholdHours: number;
}

export interface GratificationInput {
  date: IsoDate;
  /** Hours of presence in the month (daily hours × days of presence). */
  hoursInMonth: number;
  /** Total presence over the internship, when known, to tell whether it is owed. */
  presenceDays?: number;
  presenceHours?: number;
}

export interface GratificationResult {
  /** null when the presence is not given. */
  owed: boolean | null;
  rate: GratificationRate;
  /** True when the year's rate is not known yet and the last known one is shown. */
  provisional: boolean;
  hourly: Money;
  monthly: Money;
}

export function gratification(table: GratificationTable, input: GratificationInput): GratificationResult {
  const year = yearOf(input.date);
  const exact = table.rates.find((r) => r.year === year);
  const rate = exact ?? [...table.rates].sort((a, b) => b.year - a.year).find((r) => r.year < year) ?? table.rates[0];
  if (!rate) throw new Error('Empty gratification table');
  if (!(input.hoursInMonth >= 0 && input.hoursInMonth <= 310)) {
    throw new RangeError('Les heures de présence du mois doivent être comprises entre 0 et 310.');
  }
  let owed: boolean | null = null;
  if (input.presenceDays !== undefined || input.presenceHours !== undefined) {
    owed = (input.presenceDays ?? 0) > table.thresholdDays || (input.presenceHours ?? 0) > table.thresholdHours;
  }
  return {
    owed,
    rate,
    provisional: exact === undefined,
    hourly: rate.hourly,
    monthly: Money.round(rate.hourly.cents * input.hoursInMonth),
  };
}
