// A local server for the repository's files, for the scripts that open pages in a browser
// (bench, layout report). `extra` answers the addresses a script makes up itself (a report
// page, synthetic datasets); it returns a body and its type, or undefined for a file.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/**
 * @param {string} root the folder served
 * @param {(path: string) => { body: string, type: string } | undefined} [extra]
 * @returns {Promise<import('node:http').Server>} listening on a free port of 127.0.0.1
 */
export function serveFolder(root, extra = () => undefined) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const made = extra(path);
    if (made) return void res.writeHead(200, { 'content-type': made.type }).end(made.body);
    const file = normalize(join(root, path));
    // Nothing outside the folder, whatever `..` the address holds.
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      const body = readFileSync(file);
      res
        .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
