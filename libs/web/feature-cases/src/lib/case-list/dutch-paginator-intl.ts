import { Injectable } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';

/** Dutch texts for mat-paginator. */
@Injectable()
export class DutchPaginatorIntl extends MatPaginatorIntl {
  override itemsPerPageLabel = $localize`:@@paginator.perPage:Gezinnen per pagina`;
  override nextPageLabel = $localize`:@@paginator.next:Volgende pagina`;
  override previousPageLabel = $localize`:@@paginator.previous:Vorige pagina`;
  override firstPageLabel = $localize`:@@paginator.first:Eerste pagina`;
  override lastPageLabel = $localize`:@@paginator.last:Laatste pagina`;

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    const start = length === 0 ? 0 : page * pageSize + 1;
    const end = Math.min((page + 1) * pageSize, length);
    return $localize`:@@paginator.range:${start}:START: – ${end}:END: van ${length}:LENGTH:`;
  };
}
