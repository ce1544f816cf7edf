import { serverOrganisations } from './server-organisations';

describe('serverOrganisations', () => {
  it('should work', () => {
    expect(serverOrganisations()).toEqual('server-organisations');
  });
});
