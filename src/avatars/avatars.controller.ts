import { Controller, Delete, Get, Headers, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor.js';
import { Client, type ClientInfo } from '../common/decorators/client-info.decorator.js';
import { CurrentUser } from '../common/decorators/current-user.decorator.js';
import { Public } from '../common/decorators/public.decorator.js';
import { RequirePermission } from '../common/decorators/require-permission.decorator.js';
import { originOf } from '../common/http/request-origin.js';
import { readAvatarUpload } from './avatar-upload.js';
import { ApiAvatarFile, ApiRemoveAvatar, ApiUploadAvatar } from './avatars.openapi.js';
import { AvatarsService, type AvatarFile } from './avatars.service.js';

function sendFile(reply: FastifyReply, file: AvatarFile): void {
  void reply.status(file.status).headers(file.headers).send(file.body);
}

@Controller()
export class AvatarsController {
  constructor(private readonly avatars: AvatarsService) {}

  @RequirePermission('profile:update') @Post('users/me/avatar') @HttpCode(200) @ApiUploadAvatar()
  async upload(@CurrentUser() actor: Actor, @Req() request: FastifyRequest, @Client() client: ClientInfo) {
    return this.avatars.upload(actor, await readAvatarUpload(request), client, originOf(request));
  }

  @RequirePermission('profile:update') @Delete('users/me/avatar') @HttpCode(200) @ApiRemoveAvatar()
  remove(@CurrentUser() actor: Actor, @Client() client: ClientInfo) {
    return this.avatars.remove(actor, client);
  }

  @Public() @Get('avatars/:userId/:file') @ApiAvatarFile()
  async file(@Param('userId') userId: string, @Param('file') file: string, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: FastifyReply) {
    sendFile(reply, await this.avatars.file(userId, file, ifNoneMatch));
  }
}
