import { serverCommon } from './server-common';

describe('serverCommon', () => {
  it('should work', () => {
    expect(serverCommon()).toEqual('server-common');
  });
});
