import type { ServerResponse } from 'node:http';
import type { GraphiQLOptions } from 'graphql-yoga';

/**
 * GraphiQL from the server's own files: the bundle that @graphql-yoga/render-graphiql ships,
 * cut into external scripts, a stylesheet and worker files under /graphiql/, so the page needs
 * no CDN (it works offline) and no inline script (it runs under a policy without 'unsafe-inline'
 * for scripts). The package's own page inlines all of it, which a strict policy blocks.
 */
export const GRAPHIQL_ASSETS = '/graphiql/';

/** The page at GET /graphql (Accept: text/html); its options travel as inert JSON, not code. */
export function graphiqlPage(options: GraphiQLOptions | undefined): string {
  const json = JSON.stringify(options ?? {}).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(options?.title ?? 'talkgraph GraphiQL')}</title>
    <link rel="icon" href="${GRAPHIQL_ASSETS}favicon.ico" />
    <link rel="stylesheet" href="${GRAPHIQL_ASSETS}graphiql.css" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run GraphiQL.</noscript>
    <div id="root"></div>
    <script type="application/json" id="graphiql-options">${json}</script>
    <script src="${GRAPHIQL_ASSETS}graphiql.js"></script>
    <script src="${GRAPHIQL_ASSETS}start.js"></script>
  </body>
</html>
`;
}

/** Monaco's workers as files of their own (worker-src 'self'), then the editor itself. */
const START = `self.MonacoEnvironment = {
  globalAPI: false,
  getWorkerUrl: function (_moduleId, label) {
    var files = { editorWorkerService: 'editor.worker.js', json: 'json.worker.js', graphql: 'graphql.worker.js' };
    return '${GRAPHIQL_ASSETS}' + (files[label] || files.editorWorkerService);
  },
};
YogaGraphiQL.renderYogaGraphiQL(
  document.querySelector('#root'),
  JSON.parse(document.getElementById('graphiql-options').textContent || '{}'),
);
`;

interface Asset {
  type: string;
  body: string | Buffer;
}

let assets: Promise<Map<string, Asset>> | undefined;

/** The bundle is ~9 MB of strings: loaded on the first GraphiQL request, not at start-up. */
function loadAssets(): Promise<Map<string, Asset>> {
  assets ??= import('@graphql-yoga/render-graphiql/graphiql').then((bundle) => {
    const js = 'text/javascript; charset=utf-8';
    const icon = bundle.favicon.replace(/^data:[^,]*;base64,/, '');
    return new Map<string, Asset>([
      ['graphiql.js', { type: js, body: bundle.js }],
      ['start.js', { type: js, body: START }],
      ['editor.worker.js', { type: js, body: bundle.editorWorkerService }],
      ['json.worker.js', { type: js, body: bundle.jsonWorker }],
      ['graphql.worker.js', { type: js, body: bundle.graphqlWorker }],
      ['graphiql.css', { type: 'text/css; charset=utf-8', body: bundle.css }],
      ['favicon.ico', { type: 'image/x-icon', body: Buffer.from(icon, 'base64') }],
    ]);
  });
  return assets;
}

/** Answers GET /graphiql/<file>; unknown files get 404. */
export async function serveGraphiqlAsset(path: string, res: ServerResponse): Promise<void> {
  const asset = (await loadAssets()).get(path.slice(GRAPHIQL_ASSETS.length));
  if (!asset) {
    res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ error: 'not found' }));
    return;
  }
  // The bundle changes only with the package version: a day of caching is safe and saves 9 MB.
  res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'public, max-age=86400' });
  res.end(asset.body);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
