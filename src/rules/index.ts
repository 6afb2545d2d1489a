/** Pure computations: no I/O, no clock; dates are calendar dates, money is typed. */
export * from './calendar-date.ts';
export * from './money.ts';
export * from './working-days.ts';
export * from './deadlines.ts';
export * from './contract-dates.ts';
export * from './minimum-pay.ts';
export * from './gratification.ts';
export * from './formation-names.ts';
export * from './file-size.ts';
