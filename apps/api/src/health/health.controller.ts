import { Controller, Get, Inject, Logger } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { Public } from '@gilde/identity';
import { AppConfig, KernelErrors, REDIS, apiError } from '@gilde/kernel';
import { checkDatabase, checkRedis, checkSearchEngine, ReadinessReport } from './readiness-checks';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  private readonly logger = new Logger(HealthController.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  @Get('live')
  @Public()
  @ApiOperation({ summary: 'The process is up' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @ApiOperation({
    summary: 'PostgreSQL, Redis (with noeviction) and the search engine are usable; 503 otherwise',
  })
  async ready(): Promise<ReadinessReport> {
    const [database, redis, search] = await Promise.all([
      checkDatabase(this.dataSource),
      checkRedis(this.redis),
      checkSearchEngine(this.config),
    ]);
    const report: ReadinessReport = {
      status: [database, redis, search].every((c) => c.status === 'up') ? 'ok' : 'unavailable',
      checks: { database, redis, search },
    };
    if (report.status !== 'ok') {
      const down = Object.entries(report.checks).filter(([, c]) => c.status === 'down');
      // Details (hosts, driver messages) go to the log, not to an unauthenticated caller.
      this.logger.warn(
        { checks: report.checks },
        `Not ready: ${down.map(([name, c]) => `${name} (${c.detail ?? 'down'})`).join(', ')}`,
      );
      throw apiError(
        503,
        KernelErrors.service_unavailable,
        `Not ready: ${down.map(([name]) => name).join(', ')} unavailable.`,
      );
    }
    return report;
  }
}
