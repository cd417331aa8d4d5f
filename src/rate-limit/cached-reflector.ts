import { Reflector } from '@nestjs/core';

const MISSING = Symbol('missing');

/**
 * Route metadata is fixed once the app has started, yet the throttler guard reads five or six
 * keys per named throttler on every request: this reflector answers repeated
 * `getAllAndOverride(key, [handler, class])` lookups from a cache per handler and class.
 */
export class CachedReflector extends Reflector {
  private readonly cache = new WeakMap<object, WeakMap<object, Map<string, unknown>>>();

  override getAllAndOverride<TResult = unknown>(key: unknown, targets: Array<object>): TResult {
    const [handler, classRef] = targets;
    if (targets.length !== 2 || typeof handler !== 'function' || typeof classRef !== 'function' || typeof key !== 'string') {
      return super.getAllAndOverride(key as string, targets as Array<() => void>) as TResult;
    }
    let byClass = this.cache.get(handler);
    if (!byClass) this.cache.set(handler, (byClass = new WeakMap()));
    let byKey = byClass.get(classRef);
    if (!byKey) byClass.set(classRef, (byKey = new Map()));
    let value = byKey.get(key);
    if (value === undefined) {
      value = super.getAllAndOverride(key, targets as Array<() => void>) ?? MISSING;
      byKey.set(key, value);
    }
    return (value === MISSING ? undefined : value) as TResult;
  }
}
