import { describe, expect, it } from 'vitest';
import { repeatPhrase } from './repeatContact.ts';

describe('"had to repeat myself" detection', () => {
  it('finds Russian phrasings', () => {
    for (const text of [
      'Пришлось повторять номер заказа каждому',
      'снова объяснять всё с начала — надоело',
      'Мне пришлось заново всё рассказывать',
      'Это повторное обращение по той же проблеме',
      'продублировала письмо в мессенджер',
      'уже в третий раз звоню',
      'каждый раз объясняю одно и то же',
    ]) {
      expect(repeatPhrase(text), text).toBeDefined();
    }
  });

  it('finds English phrasings', () => {
    for (const text of [
      'I had to repeat my order number three times',
      'Had to explain the issue again to a new agent',
      'calling for the third time about the same bag',
      'I repeated myself to every agent',
      'I have called 4 times today',
    ]) {
      expect(repeatPhrase(text), text).toBeDefined();
    }
  });

  it('leaves ordinary texts alone', () => {
    for (const text of [
      'Повторный заказ оформили быстро',
      'Спасибо, всё объяснили понятно',
      'The agent explained everything clearly',
      'Great flight, will fly again',
    ]) {
      expect(repeatPhrase(text), text).toBeUndefined();
    }
  });
});
