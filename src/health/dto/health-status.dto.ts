import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';

const INDICATORS: ApiPropertyOptions = {
  type: 'object',
  additionalProperties: {
    type: 'object',
    properties: { status: { type: 'string', enum: ['up', 'down', 'degraded'] } },
    required: ['status'],
  },
};

/** Terminus' answer: overall status and, per checked dependency, `{status: "up" | "down"}`. */
export class HealthStatusDto {
  /** @example "ok" */
  status: 'ok' | 'error' | 'shutting_down' | 'degraded';
  @ApiProperty(INDICATORS) info?: Record<string, { status: string }>;
  @ApiProperty(INDICATORS) error?: Record<string, { status: string }>;
  @ApiProperty(INDICATORS) details: Record<string, { status: string }>;
}
