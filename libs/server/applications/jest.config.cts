module.exports = require('../../../jest.server.cjs')('server-applications', __dirname);
