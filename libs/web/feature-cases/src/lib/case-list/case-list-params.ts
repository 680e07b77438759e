import { ParamMap, Params } from '@angular/router';
import {
  CASE_SORT_KEYS,
  CaseListQuery,
  CaseSortKey,
  CHAIN_PHASES,
  ChainPhase,
  Gemeente,
  GEMEENTEN,
} from '@tafel/shared/contracts';

export const PAGE_SIZE = 20;

/** The list filters and order live in the URL (?zoek=&gemeente=&fase=&actie=ja&pagina=&sorteer=&volgorde=aflopend),
 * so back and reload keep them. */
export function parseListParams(
  params: ParamMap,
): Required<Pick<CaseListQuery, 'page' | 'pageSize'>> & CaseListQuery {
  const gemeente = params.get('gemeente');
  const phase = params.get('fase');
  const page = Number(params.get('pagina'));
  const sort = params.get('sorteer');
  const known = (CASE_SORT_KEYS as readonly string[]).includes(sort ?? '');
  return {
    q: params.get('zoek')?.trim() || undefined,
    gemeente: (GEMEENTEN as readonly string[]).includes(gemeente ?? '') ? (gemeente as Gemeente) : undefined,
    phase: (CHAIN_PHASES as readonly string[]).includes(phase ?? '') ? (phase as ChainPhase) : undefined,
    needsAction: params.get('actie') === 'ja' || undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
    pageSize: PAGE_SIZE,
    sort: known ? (sort as CaseSortKey) : undefined,
    direction: known ? (params.get('volgorde') === 'aflopend' ? 'desc' : 'asc') : undefined,
  };
}

/** URL query parameters for a list query; defaults are left out to keep the URL short. */
export function toListParams(query: CaseListQuery): Params {
  return {
    zoek: query.q || null,
    gemeente: query.gemeente ?? null,
    fase: query.phase ?? null,
    actie: query.needsAction ? 'ja' : null,
    pagina: query.page && query.page > 1 ? query.page : null,
    sorteer: query.sort ?? null,
    volgorde: query.sort && query.direction === 'desc' ? 'aflopend' : null,
  };
}

export function hasFilters(query: CaseListQuery): boolean {
  return Boolean(query.q || query.gemeente || query.phase || query.needsAction);
}
