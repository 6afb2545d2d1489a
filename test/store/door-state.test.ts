import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DoorState } from '../../src/requests/index.ts';
import { SqliteStore } from '../../src/store/index.ts';

const file = () => join(mkdtempSync(join(tmpdir(), 'state-')), 'data.sqlite');
const t0 = new Date('2026-11-24T10:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

describe('state that survives a restart and a second process', () => {
  test('GIVEN a form half filled THEN a restarted process finds it, until it expires', async () => {
    const path = file();
    const before = new SqliteStore(path);
    await new DoorState(before).put('discord-form', 'U1:arret-maladie', { values: { alternant: 'Jeanne' } }, 60_000, t0);
    await before.close();
    const after = new SqliteStore(path);
    const state = new DoorState(after);
    expect(await state.get('discord-form', 'U1:arret-maladie', later(59_000))).toEqual({ values: { alternant: 'Jeanne' } });
    expect(await state.get('discord-form', 'U1:arret-maladie', later(60_000))).toBeUndefined();
    await after.close();
  });

  test('GIVEN the same Slack event seen by two processes THEN only the first handles it, and it may come back after the expiry', async () => {
    const path = file();
    const [a, b] = [new DoorState(new SqliteStore(path)), new DoorState(new SqliteStore(path))];
    expect(await a.firstTime('slack-event', 'Ev1', 3_600_000, t0)).toBe(true);
    expect(await b.firstTime('slack-event', 'Ev1', 3_600_000, later(1000))).toBe(false);
    expect(await b.firstTime('slack-event', 'Ev1', 3_600_000, later(3_600_001))).toBe(true);
  });

  test('GIVEN an abandoned form holding a document THEN it is erased from the store once expired, at the next write', async () => {
    const store = new SqliteStore(':memory:');
    const state = new DoorState(store);
    await state.put('discord-form', 'U1:arret-maladie', { document: 'JVBERi0xLjQ=' }, 60_000, t0);
    await state.put('discord-share', 'I1', '/aide', 60_000, later(120_000));
    expect(await store.getState({ scope: 'discord-form', key: 'U1:arret-maladie', now: t0.toISOString() })).toBeUndefined();
    await store.close();
  });
});
