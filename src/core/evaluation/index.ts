// Life-circle evaluation: rule sets, scorecards, coverage, scenarios and siting.
export * from './rule-sets';
export * from './scorecard';
export * from './engine';
export * from './type-names';
export * from './service';
export * from './population';
export * from './scenarios';
export * from './policy';
