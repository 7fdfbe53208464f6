export * from './i18n.ts';
export * from './journey/diff/index.ts';
export * from './journey/document/index.ts';
export * from './journey/roles/index.ts';
export * from './journey/schema/index.ts';
export * from './metrics/index.ts';
export * from './render/index.ts';
