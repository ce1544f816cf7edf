module.exports = {
  displayName: 'scheduling',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  // The property tests solve hundreds of small agendas each: seconds, more on a loaded machine.
  testTimeout: 30_000,
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/libs/scheduling',
};
