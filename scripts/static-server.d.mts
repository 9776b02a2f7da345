import type { Server } from 'node:http';

export declare function serveFolder(
  root: string,
  extra?: (path: string) => { body: string; type: string } | undefined,
): Promise<Server>;
