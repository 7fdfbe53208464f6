import { Agent, request } from 'node:http';

export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** Responses whose status was not the expected one. */
  failures: number;
}

export interface Call {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** One HTTP request over a keep-alive agent; resolves with the status and body. */
export function send(
  agent: Agent,
  port: number,
  call: Call,
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: call.method, path: call.path, agent, headers: call.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            headers: res.headers,
          }),
        );
      },
    );
    req.on('error', reject);
    if (call.body !== undefined) req.write(call.body);
    req.end();
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/**
 * Runs `workers` loops for `seconds`, each sending the request `next(worker)` gives and awaiting the answer,
 * like autocannon's closed model: throughput and latency percentiles over all completed requests.
 */
export async function load(
  port: number,
  seconds: number,
  workers: number,
  next: (worker: number) => Call,
  expectStatus: number,
  after?: (
    worker: number,
    response: { status: number; body: string; headers: Record<string, unknown> },
  ) => void,
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: workers });
  const latencies: number[] = [];
  let failures = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (performance.now() < end) {
        const t0 = performance.now();
        const response = await send(agent, port, next(worker));
        latencies.push(performance.now() - t0);
        if (response.status !== expectStatus) failures++;
        after?.(worker, response);
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    seconds: elapsed,
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    failures,
  };
}
