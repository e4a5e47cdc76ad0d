// The shared kernel: what every module needs and nothing else.
export * from './access';
export * from './clock';
export * from './coordinates';
export * from './errors';
export * from './events';
export * from './money';
export * from './personal-data';
export * from './working-days';
