import { http, loggedApp, type LoggedApp } from './logged-app.js';

/** At LOG_LEVEL=warn no per-request logger runs; failed requests still write their line. */
describe('request lines at LOG_LEVEL=warn', () => {
  let t: LoggedApp;
  beforeAll(async () => {
    t = await loggedApp({ LOG_LEVEL: 'warn' });
  });
  afterAll(() => t.close());

  it('writes nothing for a success, and still echoes the request id', async () => {
    const res = await http(t).get('/health').set('X-Request-Id', 'quiet-1').expect(200);
    expect(res.headers['x-request-id']).toBe('quiet-1');
    expect(t.lines.filter((line) => line.requestId === 'quiet-1')).toHaveLength(0);
  });

  it('writes one warn line with the request id for a 4xx', async () => {
    await http(t).get('/users/me').set('X-Request-Id', 'warn-1').expect(401);
    const lines = t.lines.filter((line) => line.requestId === 'warn-1');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, req: { method: 'GET', url: '/users/me' }, statusCode: 401 });
    expect(typeof lines[0].responseTime).toBe('number');
  });
});
