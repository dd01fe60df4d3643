// A tiny stand-in for the runtime's /hub/ route, for development and the e2e test before (or without) it:
// serves hub/dist at /hub/ and proxies every other path (/v3/..., /health) to PODIUM_URL, so the app and the
// API share one origin and the app's computed API base ("") works unchanged.
//   PODIUM_URL=http://127.0.0.1:3210 HUB_PORT=4173 node e2e/static-proxy.mjs
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.ico': 'image/x-icon' };

export function startStaticProxy({ dist, target, port = 0, host = '127.0.0.1' }) {
  const root = path.resolve(dist);
  const upstream = new URL(target);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://local');
    if (url.pathname === '/hub') {
      res.writeHead(301, { Location: '/hub/' });
      res.end();
      return;
    }
    if (url.pathname.startsWith('/hub/')) {
      let rel = decodeURIComponent(url.pathname.slice('/hub/'.length)) || 'index.html';
      const file = path.resolve(root, rel);
      if (!file.startsWith(root + path.sep)) {
        res.writeHead(403);
        res.end();
        return;
      }
      fs.readFile(file, (err, data) => {
        if (err) {
          res.writeHead(404, { 'Content-Type': 'text/plain' });
          res.end('not found');
          return;
        }
        res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
        res.end(data);
      });
      return;
    }
    const proxied = http.request({
      host: upstream.hostname, port: upstream.port || 80, method: req.method, path: req.url,
      headers: { ...req.headers, host: upstream.host },
    }, (up) => {
      res.writeHead(up.statusCode, up.headers);
      up.pipe(res);
    });
    proxied.on('error', (e) => {
      res.writeHead(502, { 'Content-Type': 'text/plain' });
      res.end(`proxy error: ${e.message}`);
    });
    req.pipe(proxied);
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => resolve({ server, url: `http://${host}:${server.address().port}` }));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const { url } = await startStaticProxy({
    dist: process.env.HUB_DIST || path.join(here, '..', 'dist'),
    target: process.env.PODIUM_URL || 'http://127.0.0.1:3000',
    port: Number(process.env.HUB_PORT || 4173),
  });
  console.log(`Hub on ${url}/hub/ (API proxied to ${process.env.PODIUM_URL || 'http://127.0.0.1:3000'})`);
}
