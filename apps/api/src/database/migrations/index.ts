import { Init1795382734473 } from './1795382734473-Init';

/** Every migration, in order. A new one is generated with `npm run db:migration -- <Name>`. */
export const MIGRATIONS = [Init1795382734473];
