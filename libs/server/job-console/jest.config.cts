module.exports = require('../../../jest.server.cjs')('server-job-console', __dirname);
