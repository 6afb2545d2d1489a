/**
 * Oui or Non first when a pay question states what is paid: an amount against the legal minimum
 * just computed (« il me paie 900 €, c'est légal ? »), a rate offered or a result to check against
 * the minimum rate (« on veut me passer à 53 % », « ça fait bien 60,95 % ? »).
 */

import { Money } from '../../rules/index.ts';
import { tr, type AnswerContext } from '../context.ts';
import type { Entities } from '../entities.ts';
import { isNegated, isYesNoQuestion } from '../question-kind.ts';
import type { Reply } from '../reply.ts';

/**
 * « il me paie 900 €, c'est légal ? »: the answer starts with Oui or Non and the reason — the
 * amount said against the legal minimum just computed, for the same period (month or hour).
 */
export function withPayVerdict(ctx: AnswerContext, r: Reply, paid: Entities['paid']): Reply {
  if (!paid) return r;
  const money = (n: number) => Money.euros(n).format();
  // Contract not said: a verdict only when both contracts' minimums agree.
  const byFamily = r.data.byFamily as Record<string, { monthlyGross: number }> | undefined;
  if (r.kind === 'clarify' && byFamily && paid.per === 'month') {
    const minima = Object.values(byFamily).map((f) => f.monthlyGross);
    if (minima.length === 0) return r;
    const below = minima.filter((m) => paid.euros + 0.005 < m).length;
    const verdict =
      below === 0
        ? tr(ctx, `Oui : ${money(paid.euros)} brut par mois atteint le minimum légal, quel que soit le contrat.`, `Yes: ${money(paid.euros)} gross a month meets the legal minimum, whatever the contract.`)
        : below === minima.length
          ? tr(ctx, `Non : ${money(paid.euros)} brut par mois est en dessous du minimum légal, quel que soit le contrat.`, `No: ${money(paid.euros)} gross a month is below the legal minimum, whatever the contract.`)
          : tr(ctx, `Ça dépend du contrat : ${money(paid.euros)} brut par mois suffit pour l'un, pas pour l'autre.`, `It depends on the contract: ${money(paid.euros)} gross a month is enough for one, not the other.`);
    return { ...r, title: verdict, blocks: [r.title, ...r.blocks] };
  }
  if (r.kind !== 'computation') return r;
  const minimum = paid.per === 'hour' ? (r.data.hourlyGross ?? r.data.hourly) : r.data.monthlyGross;
  if (typeof minimum !== 'number') return r;
  const unit = paid.per === 'hour' ? tr(ctx, 'de l’heure', 'an hour') : tr(ctx, 'brut par mois', 'gross a month');
  const enough = paid.euros + 0.005 >= minimum;
  const verdict = enough
    ? tr(ctx, `Oui : ${money(paid.euros)} ${unit}, c’est au moins le minimum légal (${money(minimum)}).`, `Yes: ${money(paid.euros)} ${unit} is at least the legal minimum (${money(minimum)}).`)
    : tr(ctx, `Non : ${money(paid.euros)} ${unit}, c’est moins que le minimum légal (${money(minimum)}) ; il manque ${money(minimum - paid.euros)}.`, `No: ${money(paid.euros)} ${unit} is below the legal minimum (${money(minimum)}), ${money(minimum - paid.euros)} short.`);
  return { ...r, title: verdict, blocks: [r.title, ...r.blocks], data: { ...r.data, paid: paid.euros, paidEnough: enough } };
}

/** « ma boîte veut me passer à 53 %, elle a le droit ? »: the rate offered against the minimum rate computed. */
export function withRateVerdict(ctx: AnswerContext, r: Reply, e: Entities, folded: string, text: string): Reply {
  if (r.kind !== 'computation' || r.data.paid !== undefined || typeof r.data.rate !== 'number' || !isYesNoQuestion(text, folded) || isNegated(folded)) return r;
  const minimum = r.data.rate;
  // « 53 % × 1,15 = 60,95 % ? »: the person's own result, right or not.
  if (e.claimedRate !== undefined) {
    const right = Math.abs(e.claimedRate - minimum) < 0.01;
    const verdict = right
      ? tr(ctx, `Oui : le taux minimum est bien de ${minimum} %.`, `Yes: the minimum rate is indeed ${minimum} %.`)
      : tr(ctx, `Non : le taux minimum est de ${minimum} %, pas ${String(e.claimedRate).replace('.', ',')} %.`, `No: the minimum rate is ${minimum} %, not ${e.claimedRate} %.`);
    return { ...r, title: verdict, blocks: [r.title, ...r.blocks] };
  }
  const offered = e.paidRate;
  if (offered === undefined) return r;
  const enough = offered + 0.005 >= minimum;
  const verdict = enough
    ? tr(ctx, `Oui : ${offered} %, c’est au moins le taux minimum (${minimum} %).`, `Yes: ${offered} % is at least the minimum rate (${minimum} %).`)
    : tr(ctx, `Non : ${offered} %, c’est moins que le taux minimum (${minimum} %).`, `No: ${offered} % is below the minimum rate (${minimum} %).`);
  return { ...r, title: verdict, blocks: [r.title, ...r.blocks], data: { ...r.data, paidRate: offered, paidEnough: enough } };
}
