/**
 * Oui or Non from the figures of the entry that answers, before the words of any known question:
 * a share asked against the maximum it sets (« 2 jours sur 3 » vs « pas plus de 25 % »), a weekday
 * against a rhythm's days (« au bureau le jeudi ? »), a month asked against the clause that dates
 * the event (« la 2nde en avril/mai »).
 */

import { monthVerdict } from '../month-verdict.ts';
import { bodyText, type Reply } from '../reply.ts';
import { askedShare, shareVerdict } from '../share-verdict.ts';
import { weekdayVerdict } from '../weekday-verdict.ts';

export interface Verdict {
  answer: 'oui' | 'non';
  because: string;
  becauseEn: string;
}

/**
 * @param formation the formation the question is about, if it says one (a month may hold for one only)
 * @param companyDays that formation's days a week at the company, from its rhythm
 */
export function figuresVerdict(question: string, r: Reply, formation?: string, companyDays?: number): Verdict | undefined {
  const share = shareVerdict(question, [r.title, ...r.blocks].join('\n'), companyDays);
  if (share) {
    const pct = (n: number) => `${Math.round(n)} %`;
    const of = companyDays && !share.atLeast && askedShare(question) === undefined ? ` (sur ${companyDays} jours par semaine en entreprise)` : '';
    const ofEn = of ? ` (of ${companyDays} days a week at the company)` : '';
    return share.answer === 'oui'
      ? { answer: 'oui', because: `${pct(share.share)}${of}, c'est dans la limite de ${pct(share.limit)} que fixent les documents.`, becauseEn: `${pct(share.share)}${ofEn} is within the ${pct(share.limit)} limit the documents set.` }
      : share.atLeast
        ? { answer: 'non', because: `c'est au moins ${pct(share.share)} d'une semaine de 5 jours, plus que le maximum de ${pct(share.limit)} que fixent les documents.`, becauseEn: `that is at least ${pct(share.share)} of a 5-day week, more than the ${pct(share.limit)} maximum the documents set.` }
        : { answer: 'non', because: `${pct(share.share)}${of}, c'est plus que le maximum de ${pct(share.limit)} que fixent les documents.`, becauseEn: `${pct(share.share)}${ofEn} is more than the ${pct(share.limit)} maximum the documents set.` };
  }
  // A weekday at the company or in class, against a rhythm's days (« au bureau le jeudi ? »).
  const day = weekdayVerdict(question, bodyText(r));
  if (day) return { answer: day.answer, because: `d'après les documents : « ${day.clause} ».`, becauseEn: `according to the documents: « ${day.clause} ».` };
  // The entry's own text, without the title that heads the reply.
  const month = monthVerdict(question, bodyText(r), formation);
  return month && { answer: month.answer, because: `d'après les documents : « ${month.clause} ».`, becauseEn: `according to the documents: « ${month.clause} ».` };
}
