// What password hashing alone allows on this machine: bcrypt compares per second with the async
// API (libuv's thread pool, as the service uses it), at the service's cost factor.
import bcrypt from 'bcrypt';
import { createHash } from 'node:crypto';

export async function bcryptComparesPerSecond(cost, seconds, concurrency) {
  const condensed = createHash('sha256').update('measure', 'utf8').digest('base64');
  const hash = await bcrypt.hash(condensed, cost);
  let done = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      await bcrypt.compare(condensed, hash);
      done++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return done / ((performance.now() - started) / 1000);
}
