import { readFile, writeFile } from 'node:fs/promises';
import { type TextModel, TextModelSchema } from './classifier.ts';
import { TextTableError } from './textTable.ts';

/** Where a model trained on a feedback file is kept: beside the file, so it travels with the dataset. */
export function modelPathFor(feedbackPath: string): string {
  return `${feedbackPath}.tropa-model.json`;
}

/** Writes a trained model as JSON. */
export async function saveTextModel(path: string, model: TextModel): Promise<void> {
  await writeFile(path, `${JSON.stringify(model)}\n`);
}

/** Reads and validates a stored model; undefined when the file does not exist. */
export async function loadTextModel(path: string): Promise<TextModel | undefined> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new TextTableError(path, undefined, {
      en: 'not JSON; retrain it with `tropa text train`.',
      ru: 'не JSON; обучите модель заново: `tropa text train`.',
    });
  }
  const parsed = TextModelSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TextTableError(path, undefined, {
      en: `not a Tropa text model (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}); retrain it with \`tropa text train\`.`,
      ru: `не модель текстов Tropa (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}); обучите заново: \`tropa text train\`.`,
    });
  }
  return parsed.data;
}
