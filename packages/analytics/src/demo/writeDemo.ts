import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type DemoDataset, type DemoOptions, demoCsvFiles, generateDemo } from './generateDemo.ts';
import { demoReadme } from './readme.ts';

/** Generates the demo data set and writes events.csv, surveys.csv, feedback.csv and README.md into `dir`. */
export async function writeDemo(dir: string, options: DemoOptions = {}): Promise<DemoDataset> {
  const dataset = generateDemo(options);
  await mkdir(dir, { recursive: true });
  const files: Record<string, string> = { ...demoCsvFiles(dataset), 'README.md': demoReadme(dataset) };
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content, 'utf8');
  return dataset;
}
