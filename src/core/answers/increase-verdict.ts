import { cite, tr, type AnswerContext } from '../context.ts';
import { fold } from '../normalize.ts';
import type { Reply } from '../reply.ts';

// The rate the increase applies to: « 53 + 15 », « 53 % x 1,15 », « sur (un taux de) 53 % », « 53 % majoré ».
const BASE_RATE = /\b(\d{1,3}(?:[.,]\d+)?) ?%? ?(?:\+ ?15\b|(?:x|\*|×|fois) ?1[.,]15\b|majore|devient|passe a|becomes|goes to)|\b(?:taux|rate|sur|on) (?:de |of |un taux de |a rate of )?(\d{1,3}(?:[.,]\d+)?) ?%/;
// « 78 % devient 93 % ? »: the result said.
const BECOMES = /\b\d{1,3}(?:[.,]\d+)? ?% (?:devient|passe a|becomes|goes to) (\d{1,3}(?:[.,]\d+)?) ?%/;
// « 68 % ou bien 60,95 % ? »: two readings offered, the right one said — not a yes or a no.
const EITHER = /\bou (?:bien )?(?:\d|plutot)|\bor (?:\d|rather)/;

/**
 * « la majoration de 15 % sur 53 %, ça fait 60,95 % ? »: the increases of D6222-30 are percentage points
 * (LEGAL-UPDATES), capped at 100 % of the SMIC: the rate worked out, and Oui or Non when a result is claimed.
 * Heads the entry's reply; undefined when no base rate is said.
 */
export function withIncreaseWorkedOut(ctx: AnswerContext, r: Reply, text: string, increases: number, claimed?: number): Reply | undefined {
  const base = BASE_RATE.exec(fold(text));
  const rate = base ? Number((base[1] ?? base[2])!.replace(',', '.')) : undefined;
  if (rate === undefined || rate <= 0 || rate >= 100) return undefined;
  const result = Math.min(100, rate + 15 * increases);
  const fr = (n: number) => String(n).replace('.', ',');
  const sum = `${fr(rate)} %${' + 15'.repeat(increases)} = ${fr(result)} %${result === 100 && rate + 15 * increases > 100 ? ' (plafonné à 100 % du SMIC)' : ''}`;
  const fact = tr(ctx, `la majoration est de 15 points de pourcentage (art. D6222-30), pas de 15 % : ${sum} du SMIC.`, `the increase is 15 percentage points (art. D6222-30), not 15 %: ${sum} of the SMIC.`);
  const folded = fold(text);
  const becomes = BECOMES.exec(folded);
  const said = becomes ? Number(becomes[1]!.replace(',', '.')) : claimed;
  const verdict = said === undefined || EITHER.test(folded) ? undefined : Math.abs(said - result) < 0.01 ? 'oui' : 'non';
  const title = verdict ? `${verdict === 'oui' ? tr(ctx, 'Oui', 'Yes') : tr(ctx, 'Non', 'No')}${tr(ctx, ' : ', ': ')}${fact}` : fact.charAt(0).toUpperCase() + fact.slice(1);
  return {
    ...r,
    title,
    blocks: [r.title, ...r.blocks],
    sources: [...new Set([...r.sources, ...cite(ctx, [{ doc: 'code-du-travail', ref: 'art. D6222-30' }, { doc: 'legal-updates', ref: 'Apprentices' }])])],
    data: { ...r.data, ...(verdict ? { yesNo: verdict } : {}), increasedRate: result },
  };
}
