import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import express, { type Router } from 'express';
import { projectRoot } from '../shared/project-root';

/** Where `npm run build` writes the explorer (src/cli/build-explorer.ts bundles explorer/ there). */
export const explorerDir = path.join(projectRoot, 'dist', 'explorer');

/**
 * The explorer at /explore/: the static page and its bundle, which asks /graphql for everything it shows.
 * Files are served as built; the bundle's name carries no hash, so browsers revalidate it (ETag) on each visit.
 */
export function createExplorerRouter(dir: string = explorerDir): Router {
  const router = express.Router();
  router.use(express.static(dir, { index: 'index.html', maxAge: 0, fallthrough: true }));
  router.use((_req, res) => {
    const built = fs.existsSync(path.join(dir, 'index.html'));
    res
      .status(404)
      .type('text/plain')
      .send(built ? 'Not found.' : 'The explorer is not built: run `npm run build` (it bundles explorer/ into dist/explorer/).');
  });
  return router;
}

/**
 * Apollo's local landing page (the Sandbox, development only) with a link to the explorer in a corner. The page's
 * Content-Security-Policy admits styles only with its nonce, so the link's style carries the same nonce.
 */
export function landingPageWithExplorerLink(): ApolloServerPlugin {
  const sandbox = ApolloServerPluginLandingPageLocalDefault();
  return {
    async serverWillStart(service) {
      const listener = await sandbox.serverWillStart?.(service);
      if (!listener?.renderLandingPage) return listener;
      const original = listener.renderLandingPage.bind(listener);
      return {
        ...listener,
        async renderLandingPage() {
          const page = await original();
          return {
            html: async () => {
              const html = typeof page.html === 'string' ? page.html : await page.html();
              const nonce = /nonce=["']?([0-9a-f]+)/.exec(html)?.[1] ?? '';
              const link =
                `<style nonce="${nonce}">#nkss-explorer-link{position:fixed;right:1rem;bottom:1rem;z-index:10;padding:.5rem .8rem;` +
                `background:#0b5394;color:#fff;font:14px sans-serif;border-radius:4px;text-decoration:none}</style>` +
                `<a id="nkss-explorer-link" href="/explore/">Open the explorer (map, trend, network)</a>`;
              return html.replace('</body>', `${link}</body>`);
            },
          };
        },
      };
    },
  };
}
