import { describe, expect, it } from 'vitest';
import { ApiError } from '../http/apiError.ts';
import { buildJourney } from '../testing/factories.ts';
import { readDocument } from './readDocument.ts';

function refusal(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
  }
  throw new Error('expected a refusal');
}

describe('reading a journey document from a request', () => {
  it('accepts the same document as an object or as text, with the same result', () => {
    const doc = buildJourney({ id: 'same' });
    const fromObject = readDocument(doc, undefined, 'en');
    const fromText = readDocument(JSON.stringify(doc), undefined, 'en');
    expect(fromObject.document).toEqual(fromText.document);
    expect(fromObject.format).toBe('json');
  });

  it('refuses a broken object with the parser’s located issues, like broken text', () => {
    const broken = buildJourney({
      lanes: [{ id: 'l', type: 'pains', cards: [{ stage: 'nowhere', text: 'x' }] }],
    });
    const fromObject = refusal(() => readDocument(broken, undefined, 'en'));
    const fromText = refusal(() => readDocument(JSON.stringify(broken, null, 2), undefined, 'en'));
    expect(fromObject.code).toBe('invalid-document');
    expect(fromObject.path).toBe(fromText.path);
    expect(fromObject.extra).toEqual(fromText.extra);
  });

  it('refuses an object with a cross-reference error that the schema alone would accept', () => {
    const dangling = buildJourney({ touchpoints: [{ id: 't', name: 'T', stage: 'no-such-stage' }] });
    expect(refusal(() => readDocument(dangling, undefined, 'en')).code).toBe('invalid-document');
  });
});
