/** The render benchmark page is built only for the bench (`--mode bench`), never into the app. */
import type { UserConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import viteConfig from '../../client/vite.config.ts';

function inputs(mode: string): string[] {
  const config = (viteConfig as (env: { mode: string; command: 'build' }) => UserConfig)({
    mode,
    command: 'build',
  });
  return Object.keys((config.build?.rolldownOptions?.input ?? {}) as Record<string, string>);
}

describe('client build', () => {
  it('the production build has the app page only', () => {
    expect(inputs('production')).toEqual(['main']);
  });

  it('the bench mode adds bench.html', () => {
    expect(inputs('bench')).toEqual(['main', 'bench']);
  });
});
