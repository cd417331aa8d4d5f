import { Body, Controller, HttpCode, Put } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { Client, type ClientInfo } from '../common/decorators/client-info.decorator.js';
import { CurrentUser } from '../common/decorators/current-user.decorator.js';
import { RequirePermission } from '../common/decorators/require-permission.decorator.js';
import { ChangePasswordDto } from './dto/change-password.dto.js';
import { ApiChangePassword } from './password.openapi.js';
import { PasswordService } from './password.service.js';

@Controller('users/me')
export class PasswordController {
  constructor(private readonly passwords: PasswordService) {}

  @RequirePermission('password:change') @Put('password') @HttpCode(200) @ApiChangePassword()
  change(@CurrentUser() actor: Actor, @Body() dto: ChangePasswordDto, @Client() client: ClientInfo) {
    return this.passwords.change(actor, dto, client);
  }
}
