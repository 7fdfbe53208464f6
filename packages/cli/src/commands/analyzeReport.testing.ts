import { expect } from 'vitest';
import { main } from '../main.ts';

// Shared by the tests that compare `tropa analyze` across engines.

/** Runs `tropa analyze ARGS` in `cwd`, expects success with nothing on stderr, returns the report without its timestamp. */
export async function analyzeReport(args: string[], cwd: string): Promise<Record<string, unknown>> {
  let stdout = '';
  let stderr = '';
  const code = await main(['analyze', ...args], {
    cwd,
    env: {},
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
  });
  expect(stderr).toBe('');
  expect(code).toBe(0);
  const { generatedAt: _, ...report } = JSON.parse(stdout) as Record<string, unknown>;
  return report;
}

/** Numbers to 10 significant digits: the engines sum floating-point times in different orders. */
export function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Number(value.toPrecision(10));
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}
