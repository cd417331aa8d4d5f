import { Inject, Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DATABASE_CLIENT, type DatabaseClient } from '../database/database.types.js';

/** Seconds; from a fast cached read to a slow bcrypt sign-in under load. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The Prometheus metrics of this process, on a registry of its own (several apps can live in one
 * process, as in the tests). Other modules call the small methods below; HTTP traffic is counted
 * by a Fastify hook (see metrics.hook.ts), and 429 answers count as rate-limit rejections there.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  private readonly requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    registers: [this.registry],
  });

  private readonly latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from receiving a request to sending its answer, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  private readonly signInFailures = new Counter({
    name: 'auth_sign_in_failures_total',
    help: 'Sign-in attempts refused for bad credentials',
    registers: [this.registry],
  });

  private readonly lockouts = new Counter({
    name: 'auth_lockouts_total',
    help: 'Accounts temporarily locked after repeated sign-in failures',
    registers: [this.registry],
  });

  private readonly rateLimitRejections = new Counter({
    name: 'rate_limit_rejections_total',
    help: 'Requests refused with 429 by a rate limit, by route pattern',
    labelNames: ['route'] as const,
    registers: [this.registry],
  });

  constructor(@Inject(DATABASE_CLIENT) database: DatabaseClient) {
    new Gauge({
      name: 'db_pool_connections',
      help: 'Database connection pool: total, idle, and callers waiting for a connection',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const stats = database.poolStats();
        this.set({ state: 'total' }, stats.total);
        this.set({ state: 'idle' }, stats.idle);
        this.set({ state: 'waiting' }, stats.waiting);
      },
    });
    collectDefaultMetrics({ register: this.registry });
  }

  signInFailed(): void {
    this.signInFailures.inc();
  }

  accountLocked(): void {
    this.lockouts.inc();
  }

  rateLimited(route: string): void {
    this.rateLimitRejections.inc({ route });
  }

  /** Called once per answered request; `seconds` is the time Fastify measured. */
  observeRequest(method: string, route: string, statusCode: number, seconds: number): void {
    const labels = { method, route, status_code: statusCode };
    this.requests.inc(labels);
    this.latency.observe(labels, seconds);
    if (statusCode === 429) this.rateLimited(route);
  }

  contentType(): string {
    return this.registry.contentType;
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}
