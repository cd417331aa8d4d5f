import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { TEST_ENV } from '../support/test-app.js';

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface ServiceProcess {
  url: string;
  child: ChildProcess;
  /** Log lines (JSON parsed where they are JSON) so far. */
  lines: Array<Record<string, unknown>>;
  exited: Promise<number | null>;
  /** Whether a line whose `msg` matches has been logged. */
  logged(pattern: RegExp): boolean;
}

/** The built server (`node dist/main.js`) as a real child process on a free port of 127.0.0.1. */
export async function startService(env: Record<string, string>): Promise<ServiceProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', ...TEST_ENV, LOG_LEVEL: 'info', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Array<Record<string, unknown>> = [];
  const collect = (chunk: Buffer) => {
    for (const text of chunk.toString().split('\n').filter(Boolean)) {
      try {
        lines.push(JSON.parse(text) as Record<string, unknown>);
      } catch {
        lines.push({ msg: text });
      }
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}: ${JSON.stringify(lines.slice(-5))}`);
    const ok = await fetch(`${url}/health`).then((res) => res.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error('the service did not come up within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, child, lines, exited, logged: (pattern) => lines.some((line) => pattern.test(String(line.msg ?? ''))) };
}

export interface Outcome {
  status: number | 'refused' | 'timeout';
  ms: number;
  at: number;
  retryAfter: string | null;
  body: unknown;
}

/** One request with a client-side timeout: an answer that never comes is recorded, not awaited forever. */
export async function call(url: string, init: RequestInit = {}, timeoutMs = 10_000): Promise<Outcome> {
  const started = Date.now();
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: kept as text
    }
    return { status: res.status, ms: Date.now() - started, at: started, retryAfter: res.headers.get('retry-after'), body };
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    return { status: timedOut ? 'timeout' : 'refused', ms: Date.now() - started, at: started, retryAfter: null, body: String(error) };
  }
}

export const json = (body: unknown, auth?: string): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
  body: JSON.stringify(body),
});
