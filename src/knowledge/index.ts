export * from './schemas.ts';
export * from './loader.ts';
export * from './citations.ts';
export * from './lookups.ts';
export * from './entry-text.ts';
