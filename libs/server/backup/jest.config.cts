module.exports = require('../../../jest.server.cjs')('server-backup', __dirname);
