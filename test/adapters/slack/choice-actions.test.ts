import { describe, expect, test } from 'vitest';
import { CHOICE_ACTION } from '../../../src/adapters/slack/app.ts';
import { DETAILS_ACTION } from '../../../src/adapters/slack/render.ts';
import { ask } from '../../support/assistant.ts';

// Every button a reply offers must have a Slack handler, or pressing it shows an error.
const HANDLED = (id: string) => CHOICE_ACTION.test(id) || id === DETAILS_ACTION || id === 'share' || /^request:(approve|ack|reject):\d+$/.test(id);

describe('every button the assistant offers is handled by the Slack door', () => {
  test.each([
    'combien je vais toucher ?', // contract and age asked back
    'qui est ma secrétaire pédagogique ?', // one secretariat per site
    'pendant les vacances, je suis où ?', // one entry per formation, side by side
    'calendrier alternant M2', // close readings offered beside the answer
    'volume horaire alternant', // an answer that depends on the formation, asked back
    'je veux rompre mon contrat', // an answer that depends on the contract, asked back
    'mon rythme c’est quoi ?', // which formation
    'ma boîte peut me faire commencer quand au plus tôt ?', // formation, then contract
  ])('GIVEN « %s » THEN each action id has a handler', async (q) => {
    const r = await ask({ q });
    expect(r.actions.length).toBeGreaterThan(0);
    for (const a of r.actions) expect(HANDLED(a.id), a.id).toBe(true);
  });
});
