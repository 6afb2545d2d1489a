import { cohortOn } from '../../knowledge/index.ts';
import { firstOfNextMonth, formatFrenchDate } from '../../rules/index.ts';
import { cite, tr, type AnswerContext } from '../context.ts';
import type { Reply } from '../reply.ts';

/**
 * « contrat de 2 ans commencé en M1 : à partir de quand le taux de 2e année ? »: the M2's start this academic
 * year (note 24 of the guide), or the first day of the month after — the guide leaves both (§4.2, remark on
 * how pay changes). Heads the entry's reply; undefined when this year's M2 start is not in the documents.
 */
export function withSecondYearRateDate(ctx: AnswerContext, r: Reply): Reply | undefined {
  const found = cohortOn(ctx.knowledge, 'm2', ctx.today);
  if (found.status !== 'found' || !found.cohort.ddf) return undefined;
  const start = found.cohort.ddf;
  const next = firstOfNextMonth(start);
  const line = tr(
    ctx,
    `Le taux de 2e année s'applique au passage en M2 : à partir du ${formatFrenchDate(start)} (début du ${found.cohort.label}), ou du ${formatFrenchDate(next)} (1er jour du mois suivant) — le guide laisse les deux possibilités.`,
    `The 2nd-year rate applies from the move to M2: from ${formatFrenchDate(start)} (start of ${found.cohort.label}), or from ${formatFrenchDate(next)} (1st day of the following month) — the guide allows both.`,
  );
  return { ...r, title: line, blocks: [r.title, ...r.blocks], sources: [...new Set([...r.sources, ...cite(ctx, found.cohort.sources)])] };
}
