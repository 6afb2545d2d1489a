export * from './model.ts';
export * from './forms.ts';
export * from './permissions.ts';
export * from './service.ts';
export * from './directory.ts';
export * from './outbox.ts';
export * from './document-check.ts';
export * from './door-state.ts';
