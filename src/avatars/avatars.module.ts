import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { AvatarRepository } from './avatar.repository.js';
import { AvatarsController } from './avatars.controller.js';
import { AvatarsService } from './avatars.service.js';
import { ImageProcessor } from './image-processor.js';

@Module({
  imports: [UsersModule],
  controllers: [AvatarsController],
  providers: [AvatarsService, AvatarRepository, ImageProcessor],
  exports: [AvatarRepository],
})
export class AvatarsModule {}
