export * from './burn-rate';
export * from './constants';
export * from './forecast';
export * from './lots';
export * from './summary';
