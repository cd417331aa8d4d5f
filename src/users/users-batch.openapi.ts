import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ApiErrors, BEARER_SCHEME } from '../docs/api-docs.decorators.js';
import { BatchResultDto } from '../docs/dto/batch-response.dto.js';

export const ApiBatchUsers = () =>
  applyDecorators(
    ApiBearerAuth(BEARER_SCHEME),
    ApiOperation({
      summary: 'Activate, deactivate or delete up to 100 users; each id answered as its single-user route would',
      description:
        'Each id is handled in its own transaction, in request order, with the rules of `POST /users/:id/activate`, ' +
        '`/deactivate` and `DELETE /users/:id`; one refusal does not undo the others. Always 200 once the request is valid: ' +
        'read `results` (`statusCode` 404 for unknown or malformed ids, 403 for admins acting on admins, 409 for the last super admin).',
    }),
    ApiOkResponse({ type: BatchResultDto }),
    ApiErrors(400, 401, 403),
  );
