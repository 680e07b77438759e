import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PlanAttachmentSummary, PlanAttachmentType } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { DomainError, notFound } from '../../common/problem/domain-error';
import { CaseAccessService } from '../cases/case-access.service';
import { PlanAttachmentEntity } from './entities/plan-attachment.entity';
import { sniffFileType } from './file-body';
import { uuidParam } from './plan-params';

/** A file name safe for a header: no path, no control characters or quotes. */
const safeName = (name: string) =>
  [...name.replace(/^.*[\\/]/, '')]
    .map((c) => (c < ' ' || c === '\u007f' || c === '"' || c === '\\' ? '_' : c))
    .join('');

/**
 * The familiegroepsplan files of a plan: stored in Postgres (never in the web root), their type
 * decided by their content, served only after the access check.
 */
@Injectable()
export class PlanAttachmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
  ) {}

  async upload(
    user: AuthUser,
    caseId: string,
    fileName: string | undefined,
    content: unknown,
  ): Promise<PlanAttachmentSummary> {
    await this.access.requireAccess(user, caseId, 'plan.attach');
    if (!Buffer.isBuffer(content) || content.length === 0)
      throw new DomainError('validation_failed', 'Send the file as the request body', [
        { name: 'body', reason: 'empty' },
      ]);
    const mediaType = sniffFileType(content);
    if (!mediaType)
      throw new DomainError('unsupported_media_type', 'Only a PDF, PNG or JPEG file can be attached');
    const saved = await this.dataSource.getRepository(PlanAttachmentEntity).save({
      caseId,
      fileName: safeName(fileName?.trim() || 'familiegroepsplan').slice(0, 200),
      mediaType,
      size: content.length,
      content,
      uploadedById: user.id,
    });
    return {
      id: saved.id,
      fileName: saved.fileName,
      mediaType: saved.mediaType,
      size: saved.size,
      uploadedAt: saved.uploadedAt.toISOString(),
    };
  }

  async download(
    user: AuthUser,
    caseId: string,
    attachmentId: string,
  ): Promise<{ fileName: string; mediaType: PlanAttachmentType; content: Buffer }> {
    await this.access.requireAccess(user, caseId, 'plan.attach.read');
    uuidParam(attachmentId, 'attachmentId');
    const found = await this.dataSource
      .getRepository(PlanAttachmentEntity)
      .createQueryBuilder('a')
      .addSelect('a.content')
      .where('a.id = :attachmentId AND a.case_id = :caseId', { attachmentId, caseId })
      .getOne();
    if (!found) throw notFound('Attachment');
    return { fileName: found.fileName, mediaType: found.mediaType, content: found.content };
  }
}
