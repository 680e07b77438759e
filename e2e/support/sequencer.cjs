// The files share one demo database: the hand-over file moves the Bakker family to another
// coordinator, so it runs last; the others in name order (the same order on every machine).
const Sequencer = require('@jest/test-sequencer').default;

class HandOverLast extends Sequencer {
  sort(tests) {
    const last = (test) => (test.path.endsWith('coordinator.e2e-spec.ts') ? 1 : 0);
    return [...tests].sort((a, b) => last(a) - last(b) || a.path.localeCompare(b.path));
  }
}

module.exports = HandOverLast;
