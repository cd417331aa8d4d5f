import sharp from 'sharp';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedInUser } from '../support/factories.js';
import { makeImage, makePixelBomb, makeRotatedJpeg } from './images.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const upload = (auth: string, bytes: Buffer, filename = 'avatar.png', contentType = 'image/png', field = 'avatar') =>
  t.http().post('/users/me/avatar').set('Authorization', auth).attach(field, bytes, { filename, contentType });

const pathOf = (url: string) => new URL(url).pathname;

describe('POST /users/me/avatar', () => {
  it('stores an original, a medium and a small WebP, and points avatarUrl at it', async () => {
    const me = await signedInUser(t);
    const res = await upload(me.auth, await makeImage('png', 1600, 900)).expect(200);
    expect(res.body).toEqual({ avatar: expect.any(String), thumbnails: { small: expect.any(String), medium: expect.any(String) } });
    expect(res.body.avatar).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/avatars/${me.user.id}/[0-9a-f]{16}\\.webp$`));

    const original = await t.http().get(pathOf(res.body.avatar)).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(original.headers['content-type']).toBe('image/webp');
    expect(original.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const meta = await sharp(original.body as Buffer).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 1024, 576]);

    for (const [size, side] of [['medium', 256], ['small', 64]] as const) {
      const thumb = await t.http().get(pathOf(res.body.thumbnails[size])).buffer(true).parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      }).expect(200);
      const m = await sharp(thumb.body as Buffer).metadata();
      expect([m.format, m.width, m.height]).toEqual(['webp', side, side]);
    }

    // ETag and conditional GET
    const etag = original.headers.etag;
    expect(etag).toMatch(/^"[0-9a-f]{16}"$/);
    await t.http().get(pathOf(res.body.avatar)).set('If-None-Match', etag).expect(304);

    const activity = await t.http().get(`/users/${me.user.id}/activity?type=avatar_updated`).set('Authorization', me.auth).expect(200);
    expect(activity.body.activities).toHaveLength(1);
  });

  it('gives every upload a new version and retires the old URLs', async () => {
    const me = await signedInUser(t);
    const first = await upload(me.auth, await makeImage('jpeg'), 'a.jpg', 'image/jpeg').expect(200);
    const second = await upload(me.auth, await makeImage('webp'), 'b.webp', 'image/webp').expect(200);
    expect(second.body.avatar).not.toBe(first.body.avatar);
    await t.http().get(pathOf(first.body.avatar)).expect(404);
    await t.http().get(pathOf(second.body.avatar)).expect(200);
  });

  it('turns the image upright by EXIF and strips the metadata', async () => {
    const me = await signedInUser(t);
    const res = await upload(me.auth, await makeRotatedJpeg(), 'photo.jpg', 'image/jpeg').expect(200);
    const file = await t.http().get(pathOf(res.body.avatar)).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    const meta = await sharp(file.body as Buffer).metadata();
    expect([meta.width, meta.height]).toEqual([200, 400]);
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect((file.body as Buffer).includes(Buffer.from('secret-camera-owner'))).toBe(false);
  });

  it('refuses a file that is not an image with 415, whatever its name and header say', async () => {
    const me = await signedInUser(t);
    const res = await upload(me.auth, Buffer.from('GIF89a not really an image, just text pretending'), 'cat.png', 'image/png').expect(415);
    expect(res.body).toMatchObject({ statusCode: 415, message: expect.stringContaining('JPEG, PNG or WebP') });
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } }).gif().toBuffer();
    await upload(me.auth, gif, 'avatar.png', 'image/png').expect(415);
    await upload(me.auth, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'a.svg', 'image/svg+xml').expect(415);
  });

  it('accepts a real image renamed to .png with the wrong header: content decides', async () => {
    const me = await signedInUser(t);
    await upload(me.auth, await makeImage('jpeg'), 'renamed.png', 'image/png').expect(200);
    await upload(me.auth, await makeImage('webp'), 'document.pdf', 'application/pdf').expect(200);
  });

  it('refuses a corrupt image with 400, never 500', async () => {
    const me = await signedInUser(t);
    const png = await makeImage('png', 500, 500);
    const truncated = png.subarray(0, 60);
    const res = await upload(me.auth, truncated).expect(400);
    expect(res.body.statusCode).toBe(400);
    const garbage = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)]);
    await upload(me.auth, garbage, 'x.jpg', 'image/jpeg').expect(400);
  });

  it('refuses a 6 MB upload with 413', async () => {
    const me = await signedInUser(t);
    const png = await makeImage('png');
    const big = Buffer.concat([png, Buffer.alloc(6 * 1024 * 1024, 1)]);
    const res = await upload(me.auth, big).expect(413);
    expect(res.body).toMatchObject({ statusCode: 413, message: 'Avatar must be at most 5 MB' });
  });

  it('refuses a 20000 x 20000 pixel PNG without decoding it', async () => {
    const me = await signedInUser(t);
    const bomb = await makePixelBomb();
    expect(bomb.length).toBeLessThan(5 * 1024 * 1024);
    const res = await upload(me.auth, bomb).expect(413);
    expect(res.body.message).toMatch(/Image too large/);
  });

  it('refuses requests without the avatar field, without a file or not multipart', async () => {
    const me = await signedInUser(t);
    await upload(me.auth, await makeImage('png'), 'a.png', 'image/png', 'picture').expect(400);
    await t.http().post('/users/me/avatar').set('Authorization', me.auth).field('note', 'no file').expect(400);
    await t.http().post('/users/me/avatar').set('Authorization', me.auth).send({ avatar: 'https://example.com/a.png' }).expect(415);
    const two = await t.http().post('/users/me/avatar').set('Authorization', me.auth)
      .attach('avatar', await makeImage('png'), 'a.png').attach('avatar', await makeImage('png'), 'b.png');
    expect([200, 413]).toContain(two.status);
  });

  it('refuses multipart bodies on every other route', async () => {
    const me = await signedInUser(t);
    const res = await t.http().put('/users/me/password').set('Authorization', me.auth).field('currentPassword', 'x').field('newPassword', 'y').expect(415);
    expect(res.body.statusCode).toBe(415);
  });

  it('refuses viewers and anonymous callers', async () => {
    const viewer = await signedInUser(t, ['viewer']);
    await upload(viewer.auth, await makeImage('png')).expect(403);
    await t.http().delete('/users/me/avatar').set('Authorization', viewer.auth).expect(403);
    await t.http().post('/users/me/avatar').attach('avatar', await makeImage('png'), 'a.png').expect(401);
  });

  it('serves 404 for unknown or malformed avatar paths', async () => {
    await t.http().get('/avatars/00000000-0000-4000-8000-000000000000/0123456789abcdef.webp').expect(404);
    await t.http().get('/avatars/nope/../../etc/passwd').expect(404);
    await t.http().get('/avatars/00000000-0000-4000-8000-000000000000/x.webp').expect(404);
  });
});

describe('DELETE /users/me/avatar', () => {
  it('removes the image and clears avatarUrl', async () => {
    const me = await signedInUser(t);
    const res = await upload(me.auth, await makeImage('png')).expect(200);
    const del = await t.http().delete('/users/me/avatar').set('Authorization', me.auth).expect(200);
    expect(del.body).toEqual({ message: 'Avatar removed successfully' });
    await t.http().get(pathOf(res.body.avatar)).expect(404);
    await t.http().delete('/users/me/avatar').set('Authorization', me.auth).expect(200);
    const activity = await t.http().get(`/users/${me.user.id}/activity?type=avatar_removed`).set('Authorization', me.auth).expect(200);
    expect(activity.body.activities).toHaveLength(1);
  });
});
