import { describe, expect, test } from 'vitest';
import { ConfigError, readConfig } from '../src/config/index.ts';

const message = (env: Record<string, string>) => {
  try {
    readConfig(env);
    return '';
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
};

describe('configuration names the variable that is wrong', () => {
  test('GIVEN nothing THEN the defaults, and no door', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ DATA_DIR: 'data', RETENTION_MONTHS: 12, PORT: 3000, STAFF_DIRECTION: [] });
    expect(config.SLACK_BOT_TOKEN).toBeUndefined();
  });

  test('GIVEN empty strings THEN they count as unset', () => {
    const config = readConfig({ SLACK_BOT_TOKEN: '', DATA_DIR: '  ' });
    expect(config.SLACK_BOT_TOKEN).toBeUndefined();
    expect(config.DATA_DIR).toBe('data');
  });

  test.each([
    [{ SLACK_BOT_TOKEN: 'xoxb-1-2' }, /SLACK_APP_TOKEN : manquant/],
    [{ SLACK_APP_TOKEN: 'xapp-1-2' }, /SLACK_BOT_TOKEN : manquant/],
    [{ SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_APP_TOKEN: 'xapp-1' }, /SLACK_BOT_TOKEN : un jeton de bot commence par xoxb-/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret' }, /SLACK_SIGNING_SECRET : le secret de signature/],
    [{ SLACK_API_URL: 'pas une url' }, /SLACK_API_URL/],
    [{ PORT: 'quatre-vingt' }, /PORT : un numéro de port/],
    [{ RETENTION_MONTHS: '1.5' }, /RETENTION_MONTHS/],
    [{ STAFF_DIRECTION: 'U0123' }, /STAFF_DIRECTION : identités attendues sous la forme porte:identifiant/],
    [{ SLACK_LISTEN_CHANNELS: 'general' }, /SLACK_LISTEN_CHANNELS/],
  ])('GIVEN %j THEN the start stops naming it', (env, expected) => {
    expect(message(env)).toMatch(expected);
  });

  test('GIVEN a complete Slack configuration THEN accepted', () => {
    expect(readConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_APP_TOKEN: 'xapp-1-A1-2-abc', STAFF_DIRECTION: 'slack:U0123,terminal:etienne' })).toMatchObject({ STAFF_DIRECTION: ['slack:U0123', 'terminal:etienne'] });
  });
});

describe('e-mail and HTTP settings', () => {
  test('GIVEN nothing THEN e-mail is off and HTTP listens on loopback', () => {
    const config = readConfig({});
    expect(config.SMTP_URL).toBeUndefined();
    expect(config.SMTP_HOST).toBeUndefined();
    expect(config.HOST).toBe('127.0.0.1');
  });

  test.each([
    [{ SMTP_URL: 'smtp://u:p@127.0.0.1:2525' }, /SMTP_FROM : manquant/],
    [{ SMTP_USER: 'u' }, /SMTP_HOST : manquant/],
    [{ SMTP_URL: 'http://x' }, /SMTP_URL : une URL smtp/],
  ])('GIVEN %j THEN the message names the variable', (env, expected) => {
    expect(message(env)).toMatch(expected);
  });

  test('GIVEN a host, port and sender THEN read', () => {
    expect(readConfig({ SMTP_HOST: 'smtp.univ-amu.fr', SMTP_PORT: '587', SMTP_FROM: 'Assistant <alternance@univ-amu.fr>' })).toMatchObject({ SMTP_HOST: 'smtp.univ-amu.fr', SMTP_PORT: 587 });
  });
});
