import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RequirePermission } from '../common/decorators/require-permission.decorator.js';
import { ApiExportUsers } from './data-rights.openapi.js';
import { UserExportQueryPipe, type UserExportRequest } from './user-export-query.pipe.js';
import { UsersExportService } from './users-export.service.js';

@ApiTags('data rights')
@Controller('users')
export class UsersExportController {
  constructor(private readonly exports: UsersExportService) {}

  @RequirePermission('users:export') @Get('export') @ApiExportUsers()
  export(@Query(UserExportQueryPipe) request: UserExportRequest, @Res() reply: FastifyReply) {
    const download = this.exports.export(request);
    return reply
      .header('content-type', download.contentType)
      .header('content-disposition', `attachment; filename="${download.fileName}"`)
      .header('cache-control', 'no-store')
      .send(download.body);
  }
}
