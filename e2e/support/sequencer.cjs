// The files on one Tafel share its demo database (each jest worker has its own Tafel: support/
// worker-tafel.ts, and jest hands the files to its workers in this order): the hand-over file moves
// the Bakker family to another coordinator, so it runs last; before it the sweep of every page,
// whose reads other files would find in the access logs; the others in name order (the same order
// on every machine).
const Sequencer = require('@jest/test-sequencer').default;

class HandOverLast extends Sequencer {
  sort(tests) {
    const LAST = ['every-page.e2e-spec.ts', 'coordinator.e2e-spec.ts'];
    const last = (test) => LAST.findIndex((name) => test.path.endsWith(name)) + 1;
    return [...tests].sort((a, b) => last(a) - last(b) || a.path.localeCompare(b.path));
  }
}

module.exports = HandOverLast;
