import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { SLACK_COMMANDS } from '../../../src/adapters/slack/index.ts';

const manifest = parse(readFileSync(join(import.meta.dirname, '../../../slack/manifest.yaml'), 'utf8'));

describe('the Slack app manifest', () => {
  test('GIVEN the door THEN every command it registers is declared', () => {
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command).sort()).toEqual(SLACK_COMMANDS.map((c) => `/${c}`).sort());
  });

  test('GIVEN what the door listens to THEN the events, interactivity, Home tab and scopes are declared', () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(expect.arrayContaining(['app_mention', 'app_home_opened', 'message.im', 'message.channels']));
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['commands', 'chat:write', 'app_mentions:read', 'im:history', 'files:read', 'files:write']));
  });

  test('GIVEN Slack limits THEN descriptions and hints fit', () => {
    for (const c of manifest.features.slash_commands) {
      expect(c.description.length).toBeLessThanOrEqual(100);
      expect((c.usage_hint ?? '').length).toBeLessThanOrEqual(100);
    }
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
  });
});
