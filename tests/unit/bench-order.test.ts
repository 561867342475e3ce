import { serverOrder } from '../../src/bench/queries';

test('the servers take turns going first, query by query, each exactly once per query', () => {
  expect([0, 1, 2, 3].map(serverOrder)).toEqual([
    ['ours', 'peer', 'floor'],
    ['peer', 'floor', 'ours'],
    ['floor', 'ours', 'peer'],
    ['ours', 'peer', 'floor'],
  ]);
});
