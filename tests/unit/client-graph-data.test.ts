/**
 * The details panel reads through GraphData, the explorer's one data path: a node's details are
 * fetched once and shared, and a failed fetch is not kept (Retry fetches again).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GraphData } from '../../client/app/graph-data.ts';

/** A fake /graphql: answers the Details query for any id, or fails while `down`. */
function fakeServer() {
  const server = { calls: 0, down: false };
  vi.stubGlobal('fetch', async (_url: string, init: { body: string }) => {
    server.calls++;
    if (server.down) {
      throw new TypeError('fetch failed');
    }
    const { query, variables } = JSON.parse(init.body) as { query: string; variables: { id: string } };
    expect(query).toContain('query Details');
    const node = { id: variables.id, type: 'Person', label: variables.id, name: variables.id };
    return new Response(JSON.stringify({ data: { node } }), {
      headers: { 'content-type': 'application/json' },
    });
  });
  return server;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('GraphData.nodeDetails', () => {
  it('fetches a node once, however often and however soon it is asked again', async () => {
    const server = fakeServer();
    const data = new GraphData();
    const [a, b] = await Promise.all([data.nodeDetails('person:kim'), data.nodeDetails('person:kim')]);
    expect(a?.label).toBe('person:kim');
    expect(b).toBe(a);
    expect(await data.nodeDetails('person:kim')).toBe(a);
    expect(server.calls).toBe(1);
    await data.nodeDetails('person:lee');
    expect(server.calls).toBe(2);
  });

  it('does not keep a failure: asking again fetches again', async () => {
    const server = fakeServer();
    const data = new GraphData();
    server.down = true;
    await expect(data.nodeDetails('person:kim')).rejects.toThrow(/cannot be reached/);
    server.down = false;
    expect((await data.nodeDetails('person:kim'))?.id).toBe('person:kim');
    expect(server.calls).toBe(2);
  });
});
