import { seeds } from './seeds';

describe('seeds', () => {
  it('should work', () => {
    expect(seeds()).toEqual('seeds');
  });
});
