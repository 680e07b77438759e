import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiParam,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  API_ROUTES,
  FamilyAgreement,
  PLAN_ATTACHMENT_MAX_BYTES,
  PLAN_ATTACHMENT_TYPES,
  PlanAnswer,
  PlanAttachmentSummary,
  PlanComparison,
  PlanDraft,
  PlanOverview,
  PlanVersion,
} from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { Allow, CurrentUser } from '../../common/auth/decorators';
import { uuidPipe } from '../../common/http/uuid.pipe';
import { AttachmentQuery, CompareQuery, PlanAnswerDto, PlanDraftDto, PublishPlanDto } from './dto/plan.dto';
import { FamilyAgreementsService } from './family-agreements.service';
import { PlanAnswersService } from './plan-answers.service';
import { PlanAttachmentsService } from './plan-attachments.service';
import { PlansService } from './plans.service';

@ApiTags('plans')
@ApiNotFoundResponse({ description: 'No such case or version, or not visible to the caller' })
@Controller()
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly answers: PlanAnswersService,
    private readonly attachments: PlanAttachmentsService,
    private readonly familyAgreements: FamilyAgreementsService,
  ) {}

  @Allow('plan:read')
  @Get(API_ROUTES.casePlan)
  overview(@CurrentUser() user: AuthUser, @Param('id', uuidPipe) id: string): Promise<PlanOverview> {
    return this.plans.overview(user, id);
  }

  @Allow('plan:edit')
  @Put(API_ROUTES.casePlan)
  save(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Body() body: PlanDraftDto,
  ): Promise<PlanDraft> {
    return this.plans.saveDraft(user, id, body);
  }

  @Allow('plan:publish')
  @Post(API_ROUTES.casePlanVersions)
  publish(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Body() body: PublishPlanDto,
  ): Promise<PlanVersion> {
    return this.plans.publish(user, id, body.baseRevision);
  }

  /** The family's agreements in one list: from its tafels and from the current plan version. */
  @Allow('plan:read')
  @Get(API_ROUTES.caseAgreements)
  agreements(@CurrentUser() user: AuthUser, @Param('id', uuidPipe) id: string): Promise<FamilyAgreement[]> {
    return this.familyAgreements.list(user, id);
  }

  @Allow('plan:read')
  @Get(API_ROUTES.casePlanCompare)
  compare(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Query() query: CompareQuery,
  ): Promise<PlanComparison> {
    return this.plans.compare(user, id, query.from, query.to);
  }

  @Allow('plan:read')
  @Get(API_ROUTES.casePlanVersion)
  version(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Param('number') number: string,
  ): Promise<PlanVersion> {
    return this.plans.version(user, id, number);
  }

  /** A published version as a tagged PDF (screen readers); not for a viewer who gets no documents. */
  @Allow('plan:read')
  @Get(API_ROUTES.casePlanVersionPdf)
  @Header('Content-Type', 'application/pdf')
  @Header('Content-Disposition', 'attachment; filename="gezinsplan.pdf"')
  async pdf(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Param('number') number: string,
  ): Promise<StreamableFile> {
    return new StreamableFile(await this.plans.pdf(user, id, number));
  }

  @Allow('plan:answer')
  @Post(API_ROUTES.casePlanAnswers)
  answer(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Param('number') number: string,
    @Body() body: PlanAnswerDto,
  ): Promise<PlanAnswer> {
    return this.answers.answer(user, id, number, body);
  }

  /** The file is the raw request body (PDF, PNG or JPEG, at most 10 MB); `?name=` is its file name. */
  @Allow('plan:edit')
  @Post(API_ROUTES.casePlanAttachments)
  @HttpCode(201)
  @ApiConsumes(...PLAN_ATTACHMENT_TYPES, 'application/octet-stream')
  @ApiBody({
    required: true,
    description: `The file's bytes as they are, at most ${PLAN_ATTACHMENT_MAX_BYTES / 1024 / 1024} MB, without content encoding; its content decides its type (PDF, PNG or JPEG), whatever Content-Type says`,
    schema: { type: 'string', format: 'binary', maxLength: PLAN_ATTACHMENT_MAX_BYTES },
  })
  @ApiPayloadTooLargeResponse({
    description: `The file is larger than ${PLAN_ATTACHMENT_MAX_BYTES / 1024 / 1024} MB`,
  })
  @ApiUnsupportedMediaTypeResponse({
    description: 'Not a PDF, PNG or JPEG file, or sent with a content encoding',
  })
  upload(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Query() query: AttachmentQuery,
    @Req() req: Request,
  ): Promise<PlanAttachmentSummary> {
    return this.attachments.upload(user, id, query.name, req.body);
  }

  @Allow('plan:read')
  @Get(API_ROUTES.casePlanAttachment)
  @ApiParam({
    name: 'attachmentId',
    format: 'uuid',
    description: 'A UUID, checked after the access check (else 400)',
  })
  async download(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Param('attachmentId') attachmentId: string,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.attachments.download(user, id, attachmentId);
    // Express's attachment() writes the name as RFC 6266 does: an ASCII fallback and the UTF-8 name.
    res
      .status(200)
      .attachment(file.fileName)
      .set({
        'Content-Type': file.mediaType,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      })
      .send(file.content);
  }
}
