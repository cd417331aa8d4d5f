export interface RefreshingValueOptions {
  /** An answer older than this is still served, while a fresh one is loaded in the background. */
  refreshAfterMs: number;
  /** An answer older than this is never served: the request waits for a fresh one. */
  maxAgeMs: number;
}

/**
 * One value loaded on demand and kept fresh off the request path: callers get the last answer at
 * once while it is younger than `maxAgeMs`; from `refreshAfterMs` on, the first caller starts one
 * reload in the background. Concurrent callers share one load; a failed background reload keeps
 * the last answer until it is too old.
 */
export class RefreshingValue<T> {
  private current?: { loadedAt: number; value: T };
  private loading?: Promise<T>;

  constructor(
    private readonly load: () => Promise<T>,
    private readonly options: RefreshingValueOptions,
    private readonly onBackgroundError: (error: Error) => void = () => undefined,
  ) {}

  get(): Promise<T> {
    const age = this.current ? Date.now() - this.current.loadedAt : Infinity;
    if (age < this.options.refreshAfterMs) return Promise.resolve(this.current!.value);
    if (age < this.options.maxAgeMs) {
      if (!this.loading) this.reload().catch((error: Error) => this.onBackgroundError(error));
      return Promise.resolve(this.current!.value);
    }
    return this.loading ?? this.reload();
  }

  private reload(): Promise<T> {
    const startedAt = Date.now();
    const loading = this.load().then(
      (value) => {
        if (!this.current || this.current.loadedAt < startedAt) this.current = { loadedAt: startedAt, value };
        return value;
      },
    );
    this.loading = loading;
    const clear = () => {
      if (this.loading === loading) this.loading = undefined;
    };
    loading.then(clear, clear);
    return loading;
  }
}
