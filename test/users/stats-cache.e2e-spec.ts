import { jest } from '@jest/globals';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser, signedInUser, type TestUser } from '../support/factories.js';

let t: TestApp;
let moderator: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  moderator = await signedInUser(t, ['moderator']);
});
afterAll(() => t.close());
afterEach(() => jest.restoreAllMocks());

const realNow = Date.now.bind(Date);
const advanceClock = (ms: number) => jest.spyOn(Date, 'now').mockImplementation(() => realNow() + ms);
const totalUsers = async () => (await t.http().get('/users/stats').set('Authorization', moderator.auth).expect(200)).body.totalUsers as number;

/** Waits until the background refresh has landed (it runs off the request path). */
async function eventually(read: () => Promise<number>, expected: number): Promise<number> {
  let value = await read();
  for (let i = 0; i < 50 && value !== expected; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    value = await read();
  }
  return value;
}

describe('GET /users/stats cache', () => {
  it('serves the last answer at once, refreshes it in the background, and never serves one older than 5 s', async () => {
    const before = await totalUsers();
    await createUser(t);
    // Fresh (under 2 s): the cached answer.
    expect(await totalUsers()).toBe(before);

    // Between 2 s and 5 s: the stale answer at once, a refresh in the background.
    advanceClock(3_000);
    expect(await totalUsers()).toBe(before);
    expect(await eventually(totalUsers, before + 1)).toBe(before + 1);

    // Over 5 s old: the request waits for a fresh count.
    await createUser(t);
    advanceClock(9_000);
    expect(await totalUsers()).toBe(before + 2);
  });
});
