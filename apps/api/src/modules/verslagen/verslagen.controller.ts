import { Body, Controller, Get, Header, HttpCode, Param, Post, Put, StreamableFile } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { API_ROUTES, Verslag } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { Allow, CurrentUser } from '../../common/auth/decorators';
import { uuidPipe } from '../../common/http/uuid.pipe';
import { DomainError } from '../../common/problem/domain-error';
import { TaggedPdfService } from '../documents/tagged-pdf.service';
import { VerslagCorrectionDto, VerslagReplyDto } from './verslag.dto';
import { verslagDocument } from './verslag-document';
import { VerslagReaderService } from './verslag-reader.service';
import { VerslagenService } from './verslagen.service';

@ApiTags('verslagen')
@ApiNotFoundResponse({ description: 'No such tafel or verslag, or not visible to the caller' })
@ApiConflictResponse({
  description:
    "Not in the verslag's current state (invalid_state): no verslag to read yet, no draft to correct or adopt, no adopted verslag to react to or download",
})
@Controller()
export class VerslagenController {
  constructor(
    private readonly verslagen: VerslagenService,
    private readonly reader: VerslagReaderService,
    private readonly pdf: TaggedPdfService,
  ) {}

  @Allow('tafel:read')
  @Get(API_ROUTES.tafelVerslag)
  read(@CurrentUser() user: AuthUser, @Param('id', uuidPipe) id: string): Promise<Verslag> {
    return this.reader.read(user, id);
  }

  @Allow('tafel:record')
  @Put(API_ROUTES.tafelVerslag)
  correct(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Body() body: VerslagCorrectionDto,
  ): Promise<Verslag> {
    return this.verslagen.correct(user, id, body);
  }

  @Allow('tafel:record')
  @Post(API_ROUTES.tafelVerslagAdopt)
  @HttpCode(200)
  adopt(@CurrentUser() user: AuthUser, @Param('id', uuidPipe) id: string): Promise<Verslag> {
    return this.verslagen.adopt(user, id);
  }

  /** A reaction of the family: `tafel:rsvp` is the family's permission to answer a tafel. */
  @Allow('tafel:rsvp')
  @Post(API_ROUTES.tafelVerslagReplies)
  reply(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Body() body: VerslagReplyDto,
  ): Promise<Verslag> {
    return this.verslagen.reply(user, id, body);
  }

  @Allow('tafel:read')
  @Get(API_ROUTES.tafelVerslagPdf)
  @Header('Content-Type', 'application/pdf')
  @Header('Content-Disposition', 'attachment; filename="verslag.pdf"')
  async download(@CurrentUser() user: AuthUser, @Param('id', uuidPipe) id: string): Promise<StreamableFile> {
    const verslag = await this.reader.read(user, id);
    if (verslag.status !== 'adopted' || !verslag.adoptedAt || !verslag.hash) {
      throw new DomainError('invalid_state', 'Only an adopted verslag has a PDF');
    }
    const spec = verslagDocument(
      verslag.content,
      { adoptedAt: verslag.adoptedAt, hash: verslag.hash },
      verslag.replies,
    );
    return new StreamableFile(await this.pdf.render(spec));
  }
}
