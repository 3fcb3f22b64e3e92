import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../server/limits.ts';
import { apiSettingsFromEnv } from '../../server/settings.ts';

describe('apiSettingsFromEnv', () => {
  it('turns GraphiQL and introspection on by default, off for production', () => {
    expect(apiSettingsFromEnv({})).toEqual({
      graphiql: true,
      introspection: true,
      corsOrigins: [],
      queryTimeoutMs: LIMITS.queryTimeoutMs,
    });
    expect(apiSettingsFromEnv({ NODE_ENV: 'production' })).toMatchObject({
      graphiql: false,
      introspection: false,
    });
  });

  it('lets each be set on its own', () => {
    const env = { NODE_ENV: 'production', TALKGRAPH_INTROSPECTION: 'true', TALKGRAPH_GRAPHIQL: 'off' };
    expect(apiSettingsFromEnv(env)).toMatchObject({ graphiql: false, introspection: true });
    expect(apiSettingsFromEnv({ TALKGRAPH_INTROSPECTION: '0' })).toMatchObject({
      graphiql: false,
      introspection: false,
    });
  });

  it('reads the CORS allow-list, comma-separated, without trailing slashes', () => {
    expect(
      apiSettingsFromEnv({ TALKGRAPH_CORS_ORIGINS: ' https://a.example/, http://localhost:5173 ,,' })
        .corsOrigins,
    ).toEqual(['https://a.example', 'http://localhost:5173']);
  });

  it('reads the query timeout', () => {
    expect(apiSettingsFromEnv({ TALKGRAPH_QUERY_TIMEOUT_MS: '2500' }).queryTimeoutMs).toBe(2500);
  });

  it('refuses values it cannot read, naming the variable', () => {
    expect(() => apiSettingsFromEnv({ TALKGRAPH_GRAPHIQL: 'maybe' })).toThrow(
      /TALKGRAPH_GRAPHIQL must be true or false/,
    );
    expect(() => apiSettingsFromEnv({ TALKGRAPH_QUERY_TIMEOUT_MS: '-1' })).toThrow(
      /TALKGRAPH_QUERY_TIMEOUT_MS/,
    );
  });
});
