export * from './lib/labels/event-labels';
export * from './lib/labels/phase-labels';
export * from './lib/labels/role-labels';
export * from './lib/member-list/member-list';
export * from './lib/phase-chip/phase-chip';
export * from './lib/regie-badge/regie-badge';
export * from './lib/timeline/timeline';
