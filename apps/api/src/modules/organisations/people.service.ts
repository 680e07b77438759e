import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PEOPLE_SEARCH_LIMIT, PeopleQuery, PersonOption, PICKABLE_ROLES } from '@tafel/shared/contracts';

/** Finds active professionals by a part of their name; the wildcards of the input match literally. */
@Injectable()
export class PeopleService {
  constructor(private readonly dataSource: DataSource) {}

  search(query: PeopleQuery): Promise<PersonOption[]> {
    const params: unknown[] = [
      `%${query.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      [...PICKABLE_ROLES],
    ];
    const where = ['u.active', 'u.display_name ILIKE $1', 'u.role = ANY($2)'];
    if (query.role) {
      params.push(query.role);
      where.push(`u.role = $${params.length}`);
    }
    if (query.organisationType) {
      params.push(query.organisationType);
      where.push(`o.type = $${params.length}`);
    }
    return this.dataSource.query(
      `SELECT u.id, u.display_name AS "displayName", u.role, o.name AS organisation, o.type AS "organisationType"
         FROM app_user u LEFT JOIN organisation o ON o.id = u.organisation_id
        WHERE ${where.join(' AND ')}
        ORDER BY u.display_name, o.name LIMIT ${PEOPLE_SEARCH_LIMIT}`,
      params,
    );
  }
}
