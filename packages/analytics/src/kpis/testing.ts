import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDbEngine } from '../duckdb/duckdbEngine.ts';
import type { Dataset, DatasetSources } from '../engine/engine.ts';

/** For KPI tests: writes the files to a temporary directory and ingests them with the real DuckDB engine. */
export async function ingestForKpis(
  files: Record<string, string>,
  sources: (dir: string) => DatasetSources,
): Promise<{ dataset: Dataset; close: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'tropa-kpis-'));
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content, 'utf8');
  const engine = new DuckDbEngine(join(dir, 'data'));
  await engine.createDataset('kpis', sources(dir));
  return {
    dataset: await engine.openDataset('kpis'),
    close: async () => {
      await engine.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
