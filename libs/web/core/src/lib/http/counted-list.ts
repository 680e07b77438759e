import { HttpResponse } from '@angular/common/http';

/** A list the API cuts off, with how many match in all. */
export interface CountedList<T> {
  items: T[];
  total: number;
}

/** The list of a response and its `X-Total-Count` (the API's lists that show only the first or newest). */
export function countedList<T>(response: HttpResponse<T[]>): CountedList<T> {
  const items = response.body ?? [];
  return { items, total: Number(response.headers.get('X-Total-Count') ?? items.length) };
}
