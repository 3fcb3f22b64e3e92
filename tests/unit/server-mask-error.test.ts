import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { maskError } from '../../server/mask-error.ts';

describe('maskError', () => {
  it('hides unexpected errors behind the generic message, with no stack or cause', () => {
    const cause = new Error('Neo4jError: Invalid input MATCH (n) RETURN n');
    const error = new GraphQLError(cause.message, { originalError: cause, path: ['stats'] });
    const masked = maskError(error, 'Unexpected error.');
    const json = JSON.stringify(masked);
    expect(masked.message).toBe('Unexpected error.');
    expect(json).not.toMatch(/MATCH|Neo4jError|stack|originalError/);
  });

  it('passes errors raised on purpose through as they are', () => {
    const error = new GraphQLError('"first" must be between 0 and 100', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(maskError(error, 'Unexpected error.')).toBe(error);
  });

  it('stays masked when NODE_ENV is development', () => {
    const before = process.env['NODE_ENV'];
    process.env['NODE_ENV'] = 'development';
    try {
      const masked = maskError(new Error('secret detail'), 'Unexpected error.');
      expect(JSON.stringify(masked)).not.toMatch(/secret detail/);
    } finally {
      if (before === undefined) {
        delete process.env['NODE_ENV'];
      } else {
        process.env['NODE_ENV'] = before;
      }
    }
  });
});
