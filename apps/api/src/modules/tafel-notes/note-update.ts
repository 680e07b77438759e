import * as Y from 'yjs';

/**
 * Whether bytes are a Yjs update that only writes into the agenda's sections: readable at all, and
 * every item placed directly in a root type names one of `sections` (an update cannot add other
 * top-level content). Checked before an update touches a document.
 */
export function isNotesUpdate(update: Uint8Array, sections: ReadonlySet<string>): boolean {
  let structs: ReturnType<typeof Y.decodeUpdate>['structs'];
  try {
    structs = Y.decodeUpdate(update).structs;
  } catch {
    return false;
  }
  return structs.every((struct) => {
    if (!(struct instanceof Y.Item)) return true;
    return typeof struct.parent !== 'string' || sections.has(struct.parent);
  });
}
