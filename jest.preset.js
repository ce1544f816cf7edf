const nxPreset = require('@nx/jest/preset').default;

// A unit test's own time is not what it checks: on a loaded 2-core CI machine a TestBed page spec
// that takes 1 s alone can take 10 s, which the default 5 s limit turned into a failure by chance.
module.exports = { ...nxPreset, testTimeout: 30_000 };
