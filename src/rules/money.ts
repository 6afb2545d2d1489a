/**
 * An amount of euros, held as whole cents so that sums and comparisons are exact.
 * Computations that divide (a monthly amount from an hourly one) build the exact value
 * and round once, half up, with `Money.round`.
 */
export class Money {
  private constructor(readonly cents: number) {}

  static fromCents(cents: number): Money {
    if (!Number.isSafeInteger(cents)) throw new Error(`Money needs whole cents, got ${cents}`);
    return new Money(cents);
  }

  /** From a decimal amount of euros as written in the sources (e.g. 12.31). */
  static euros(amount: number): Money {
    return Money.round(amount * 100);
  }

  /** Rounds an exact amount of cents to the nearest cent, halves up. */
  static round(exactCents: number): Money {
    // The epsilon absorbs binary noise such as 96620.49999999999 for an exact half.
    return new Money(Math.floor(exactCents + 0.5 + 1e-9));
  }

  get euros(): number {
    return this.cents / 100;
  }

  plus(other: Money): Money {
    return new Money(this.cents + other.cents);
  }

  isGreaterThan(other: Money): boolean {
    return this.cents > other.cents;
  }

  static max(a: Money, b: Money): Money {
    return a.cents >= b.cents ? a : b;
  }

  /** `1 823,03 €` with ordinary spaces, readable in every door. */
  format(): string {
    const sign = this.cents < 0 ? '-' : '';
    const abs = Math.abs(this.cents);
    const whole = Math.floor(abs / 100)
      .toString()
      .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
    return `${sign}${whole},${String(abs % 100).padStart(2, '0')} €`;
  }

  toJSON(): number {
    return this.euros;
  }

  toString(): string {
    return this.format();
  }
}

/** A rate in percent of a base (53 means 53 %). */
export type Percent = number;

export function formatPercent(rate: Percent): string {
  return `${String(rate).replace('.', ',')} %`;
}
