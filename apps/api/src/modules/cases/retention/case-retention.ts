import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { addYears } from '@tafel/shared/util';
import { UnitOfWork } from '../../../common/events/unit-of-work';

/** What a destruction removes: the case, its tafels and its persons (ids only). */
export interface DestructionScope {
  caseId: string;
  tafelIds: string[];
  memberIds: string[];
}

/**
 * When the modules' rows go: `tafel` — what hangs on a tafel (notes, room state, verslagen) — before
 * `case` — the tafels themselves, plan, measures, invitations — then `accounts` (the family's logins,
 * once nothing refers to them), all before the cases module's own tables (persons, the case).
 */
export const DESTRUCTION_STAGES = ['tafel', 'case', 'accounts'] as const;
export type DestructionStage = (typeof DESTRUCTION_STAGES)[number];

/** Deletes the owning module's rows of one case inside the destruction's transaction. */
export type CaseDestroyer = (uow: UnitOfWork, scope: DestructionScope) => Promise<void>;

/**
 * A module's reason to keep a closed case longer: the last day its data must be kept (yyyy-mm-dd),
 * or null. The chain module's measures are one (OTS, voogdij: years after the child turns 18).
 */
export type RetentionTerm = (manager: EntityManager, caseId: string) => Promise<string | null>;

/** The retention end of a case closed on `closedOn`: `years` after closing, or a later module term. */
export function retentionEnd(closedOn: string, years: number, terms: readonly (string | null)[]): string {
  return terms.reduce<string>((end, term) => (term && term > end ? term : end), addYears(closedOn, years));
}

/**
 * The modules that own a case's data register here (as the ketenmonitor does with ChainProjections),
 * so the cases module fixes the retention term and destroys a case without importing them: each
 * deletes its own tables, in the destruction's one transaction.
 */
@Injectable()
export class CaseRetention {
  private readonly terms: RetentionTerm[] = [];
  private readonly destroyers: { stage: DestructionStage; destroy: CaseDestroyer }[] = [];

  registerTerm(term: RetentionTerm): void {
    this.terms.push(term);
  }

  registerDestroyer(stage: DestructionStage, destroy: CaseDestroyer): void {
    this.destroyers.push({ stage, destroy });
  }

  async end(manager: EntityManager, caseId: string, closedOn: string, years: number): Promise<string> {
    const terms: (string | null)[] = [];
    for (const term of this.terms) terms.push(await term(manager, caseId));
    return retentionEnd(closedOn, years, terms);
  }

  async destroy(uow: UnitOfWork, scope: DestructionScope): Promise<void> {
    for (const stage of DESTRUCTION_STAGES)
      for (const { destroy } of this.destroyers.filter((d) => d.stage === stage)) await destroy(uow, scope);
  }
}
