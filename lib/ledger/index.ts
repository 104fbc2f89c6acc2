export * from './burn-rate';
export * from './constants';
export * from './forecast';
export * from './lots';
export * from './money';
export * from './runway';
export * from './summary';
export * from './top-up';
